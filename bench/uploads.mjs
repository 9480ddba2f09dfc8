#!/usr/bin/env node
// `npm run bench:uploads`: SECURITY.md's expensive-uploads test. Three
// 100-megapixel photos are uploaded at the same moment while 32 reader
// connections read a cached article; the server's memory is sampled every
// 100 ms. Passes when server memory stays under 512 MB and the readers' p99
// stays under 100 ms. Also checks that a 20,000 × 20,000 image is refused by
// its header, with its own message.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import sharp from "sharp";
import { pngClaiming } from "../src/lib/testing/png-claiming.mjs";
import { newsroomClient } from "./client.mjs";
import { option, seededDataDir, startServer } from "./harness.mjs";
import { ADMIN } from "./seed.mjs";

const say = (m) => console.log(`[uploads] ${m}`);

const port = option("port", 3370);
const { env } = await seededDataDir("uploads", 1000);
const { server, base } = await startServer({ env, port, stdio: ["ignore", "ignore", "inherit"] });
// The server's processes: npm start's and the child it runs the server in (server/start.mjs).
const pids = () => [server.pid, ...spawnSync("pgrep", ["-P", String(server.pid)], { encoding: "utf8" }).stdout.split(/\s+/).filter(Boolean).map(Number)];
const rssMb = () =>
  pids().reduce((sum, pid) => {
    try {
      return sum + Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);

// A 10,000 × 10,000 camera-like photo (gradients and grain, so the encoders work): about 15 MB as JPEG.
async function bigPhoto(seed) {
  const [w, h] = [10_000, 10_000];
  const raw = Buffer.alloc(w * h * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = ((i % (w * 3)) / 120 + Math.floor(i / (w * 3)) / 40 + (((i + seed) * 2654435761) >>> 29)) & 255;
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 70 }).toBuffer();
}
say("making three 100-megapixel photos …");
const photos = [await bigPhoto(1), await bigPhoto(2), await bigPhoto(3)];
say(`photos: ${photos.map((p) => (p.length / 1048576).toFixed(1)).join(", ")} MB`);

const editor = newsroomClient(base);
await editor.signIn(ADMIN.email, ADMIN.password);
const upload = (data, name) =>
  fetch(`${base}/api/media`, { method: "POST", headers: { "Content-Type": "application/octet-stream", "X-File-Name": name, Origin: base, cookie: editor.cookie() }, body: data }).then(async (r) => ({ status: r.status, body: await r.text() }));

// A reader page in the front cache.
const html = await (await fetch(`${base}/`)).text();
const article = /href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(html)?.[1] ?? "/";
await autocannon({ url: `${base}${article}`, connections: 32, duration: 2 });
const idle = await autocannon({ url: `${base}${article}`, connections: 32, duration: 5 });

const before = rssMb();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
const started = performance.now();
const uploads = Promise.all(photos.map((p, i) => upload(p, `gross-${i + 1}.jpg`).then((r) => ({ ...r, ms: Math.round(performance.now() - started) }))));
// Readers for as long as the uploads take.
let done = false;
uploads.finally(() => (done = true));
const windows = [];
while (!done) windows.push(await autocannon({ url: `${base}${article}`, connections: 32, duration: 2 }));
const results = await uploads;
clearInterval(sampler);

const bomb = await upload(pngClaiming(20_000, 20_000), "bombe.png");
const p99 = Math.max(...windows.map((w) => w.latency.p99));
const rps = windows.reduce((s, w) => s + w.requests.average, 0) / windows.length;
say(`uploads: ${results.map((r) => `${r.status} in ${r.ms} ms`).join(", ")}`);
say(`server memory: ${Math.round(before)} MB before, ${Math.round(peak)} MB peak (limit 512)`);
say(`readers on ${article}: idle ${Math.round(idle.requests.average)} req/s p99 ${idle.latency.p99} ms; during uploads ${Math.round(rps)} req/s, worst p99 ${p99} ms (limit 100); errors ${windows.reduce((s, w) => s + w.non2xx + w.errors, 0)}`);
say(`20,000 × 20,000: ${bomb.status} ${bomb.body}`);
const ok = results.every((r) => r.status === 201) && peak < 512 && p99 < 100 && bomb.status === 400;
say(ok ? "PASS" : "FAIL");
server.kill("SIGTERM");
process.exit(ok ? 0 : 1);
