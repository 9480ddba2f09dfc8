#!/usr/bin/env node
// `npm run bench:uploads`: how soon an uploaded photo can be used, and what
// uploads cost the readers.
//
// Each part on a freshly started server (so one part's memory is not the next one's):
// 1. Ten 24-megapixel camera JPEGs (6000 × 4000, 8–10 MB), one after the
//    other: upload-to-usable (the answer, with master and thumbnail stored;
//    then the thumbnail is fetched) and upload-to-all-variants-ready (readyRev
//    in the database), p50 and p95.
// 2. Three of them at the same moment, alone, then again while 32 reader
//    connections read a cached article: usable p95, server memory (limit
//    512 MB), the readers' p99.
// 3. SECURITY.md's expensive-uploads test: three 100-megapixel photos at once
//    with readers: server memory under 512 MB and the readers' p99 under
//    100 ms; and a 20,000 × 20,000 image refused by its header.
import Database from "better-sqlite3";
import autocannon from "autocannon";
import sharp from "sharp";
import { pngClaiming } from "../src/lib/testing/png-claiming.mjs";
import { newsroomClient } from "./client.mjs";
import { option, processTree, rssMbOf, seededDataDir, startServer } from "./harness.mjs";
import { ADMIN } from "./seed.mjs";

const say = (m) => console.log(`[uploads] ${m}`);

const port = option("port", 3370);
const { env } = await seededDataDir("uploads", 1000);

/** A camera-like photo (gradients and grain, so the encoders work as hard as on a real one). */
async function photo(w, h, seed, { quality, grain }) {
  const raw = Buffer.alloc(w * h * 3);
  let x = seed * 2654435761 || 1;
  for (let i = 0; i < raw.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    raw[i] = (((i % (w * 3)) / 200 + Math.floor(i / (w * 3)) / 60) | 0) + ((x >>> 0) % grain);
  }
  return sharp(raw, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality }).withExifMerge({ IFD0: { Make: "Redaktion", Model: "Bench" } }).toBuffer();
}
// --part 1, 2 or 3 runs that part alone.
const only = option("part", 0);
const part = (n) => only === 0 || only === n;
const nothing = { results: [], peak: 0, p99: 0 };
const mb = (list) => list.map((p) => (p.length / 1048576).toFixed(1)).join(", ");
say("making 24-megapixel camera photos …");
const cameras = [];
for (let i = 0; i < (part(1) || part(2) ? 4 : 0); i++) cameras.push(await photo(6000, 4000, i + 1, { quality: 92, grain: 40 }));
say(`24-megapixel photos: ${mb(cameras)} MB`);
say("making three 100-megapixel photos …");
const photos = [];
// Smoother than the camera photos (as in every run of this test so far), so its figures compare with the earlier ones.
for (let i = 0; i < (part(3) ? 3 : 0); i++) photos.push(await photo(10_000, 10_000, 11 + i, { quality: 70, grain: 8 }));
say(`100-megapixel photos: ${mb(photos)} MB`);

/**
 * Resolves with the time all variants of `id` are made (readyRev caught up with rev), polling every 20 ms.
 * Its own read-only connection, closed when done: an open one would keep the next server's migration waiting.
 */
async function allVariantsReady(id) {
  const database = new Database(env.DATABASE_URL.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    const readiness = database.prepare('SELECT "rev", "readyRev" FROM "MediaAsset" WHERE "id" = ?');
    for (;;) {
      const row = readiness.get(id);
      if (row && row.readyRev >= row.rev) return performance.now();
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    database.close();
  }
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
};

/** A freshly started server, signed in, with a cached reader page to read during uploads. */
async function freshServer() {
  const { server, base, exited } = await startServer({ env, port, stdio: ["ignore", "ignore", "inherit"] });
  // The server's processes: npm start's and the ones it runs the server in.
  const pids = () => processTree([server.pid]);
  const rssMb = () => rssMbOf(pids());
  const editor = newsroomClient(base);
  await editor.signIn(ADMIN.email, ADMIN.password);
  const upload = (data, name) =>
    fetch(`${base}/api/media`, { method: "POST", headers: { "Content-Type": "application/octet-stream", "X-File-Name": name, Origin: base, cookie: editor.cookie() }, body: data }).then(async (r) => ({ status: r.status, body: await r.text() }));
  /** One upload, timed: usable when it answers and its thumbnail is fetched, ready when every variant is made. */
  async function timedUpload(data, name) {
    const started = performance.now();
    const answer = await upload(data, name);
    if (answer.status !== 201) return { status: answer.status, usableMs: NaN, readyMs: NaN, body: answer.body };
    const { media } = JSON.parse(answer.body);
    const thumb = await fetch(`${base}${media.thumbUrl}`);
    await thumb.arrayBuffer();
    const usable = performance.now();
    const ready = await allVariantsReady(media.id);
    return { status: answer.status, thumb: thumb.status, usableAt: usable, usableMs: Math.round(usable - started), readyMs: Math.round(ready - started) };
  }
  const html = await (await fetch(`${base}/`)).text();
  const article = /href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(html)?.[1] ?? "/";
  await autocannon({ url: `${base}${article}`, connections: 32, duration: 2 });
  /** Several uploads at the same moment (with readers or without); the server's memory sampled every 100 ms. */
  async function atOnce(files, label, { readers }) {
    const before = rssMb();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100);
    const all = Promise.all(files.map((data, i) => timedUpload(data, `${label}-${i + 1}.jpg`)));
    let done = false;
    all.finally(() => (done = true));
    const windows = [];
    while (readers && !done) {
      const at = performance.now();
      windows.push({ at, ...(await autocannon({ url: `${base}${article}`, connections: 32, duration: 2 })) });
    }
    const results = await all;
    clearInterval(sampler);
    const p99 = windows.length ? Math.max(...windows.map((w) => w.latency.p99)) : NaN;
    // Which part hurt the readers more: the uploads themselves, or the variants made after the last answer.
    const lastUsable = Math.max(...results.map((r) => r.usableAt ?? 0));
    const worst = (list) => (list.length ? Math.max(...list.map((w) => w.latency.p99)) : NaN);
    const phases = { uploading: worst(windows.filter((w) => w.at < lastUsable)), variants: worst(windows.filter((w) => w.at >= lastUsable)) };
    const rps = windows.reduce((sum, w) => sum + w.requests.average, 0) / Math.max(1, windows.length);
    const errors = windows.reduce((sum, w) => sum + w.non2xx + w.errors, 0);
    return { results, before, peak, p99, phases, rps, errors };
  }
  const stop = async () => {
    server.kill("SIGTERM");
    await exited;
  };
  return { base, article, rssMb, upload, timedUpload, atOnce, stop };
}
const line = (results) => results.map((r) => `${r.status} usable ${r.usableMs} ms, ready ${r.readyMs} ms`).join("; ");


// 1. One after the other.
let s;
const serial = [];
if (part(1)) {
s = await freshServer();
for (let i = 0; i < 10; i++) serial.push(await s.timedUpload(cameras[i % cameras.length], `kamera-${i + 1}.jpg`));
const usable = serial.map((r) => r.usableMs);
const ready = serial.map((r) => r.readyMs);
say(`24 MP, one at a time (${serial.length}): upload-to-usable p50 ${percentile(usable, 50)} ms, p95 ${percentile(usable, 95)} ms (goal 1500); all-variants-ready p50 ${percentile(ready, 50)} ms, p95 ${percentile(ready, 95)} ms; thumbnails ${serial.map((r) => r.thumb).join(" ")}`);
await s.stop();
}

// 2. Three at once: alone, then with readers.
let alone = nothing;
let busy = nothing;
if (part(2)) {
s = await freshServer();
alone = await s.atOnce(cameras.slice(0, 3), "drei", { readers: false });
say(`24 MP, three at once: ${line(alone.results)}; usable p95 ${percentile(alone.results.map((r) => r.usableMs), 95)} ms; server memory ${Math.round(alone.before)} MB before, ${Math.round(alone.peak)} MB peak (limit 512)`);
await s.stop();
s = await freshServer();
busy = await s.atOnce(cameras.slice(1, 4), "drei-lesend", { readers: true });
say(`24 MP, three at once while 32 connections read: ${line(busy.results)}; usable p95 ${percentile(busy.results.map((r) => r.usableMs), 95)} ms; server memory ${Math.round(busy.before)} MB before, ${Math.round(busy.peak)} MB peak (limit 512); readers' worst p99 ${busy.p99} ms (while uploading ${busy.phases.uploading}, while variants are made ${busy.phases.variants}) at ${Math.round(busy.rps)} req/s, errors ${busy.errors}`);
await s.stop();
}

// 3. Three 100-megapixel photos at once (SECURITY.md).
let huge = nothing;
let bomb = { status: 400 };
if (part(3)) {
s = await freshServer();
huge = await s.atOnce(photos, "gross", { readers: true });
bomb = await s.upload(pngClaiming(20_000, 20_000), "bombe.png");
say(`100 MP, three at once: ${line(huge.results)}`);
say(`server memory: ${Math.round(huge.before)} MB before, ${Math.round(huge.peak)} MB peak (limit 512)`);
say(`readers on ${s.article}: during uploads ${Math.round(huge.rps)} req/s, worst p99 ${huge.p99} ms (limit 100; while uploading ${huge.phases.uploading}, while variants are made ${huge.phases.variants}); errors ${huge.errors}`);
say(`20,000 × 20,000: ${bomb.status} ${bomb.body}`);
await s.stop();
}
const ok =
  [...serial, ...alone.results, ...busy.results, ...huge.results].every((r) => r.status === 201) &&
  serial.every((r) => r.thumb === 200) &&
  [alone, busy, huge].every((run) => run.peak < 512) &&
  huge.p99 < 100 &&
  bomb.status === 400;
say(ok ? "PASS" : "FAIL");
process.exit(ok ? 0 : 1);
