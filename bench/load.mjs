#!/usr/bin/env node
// `npm run load [-- --seconds 60 --readers 100 --writers 10]`: SECURITY.md's
// load test. 100 reader connections (home, articles, sections, search, feed)
// and 10 editors correcting published articles on the production server for
// 60 s on loopback. Passes with 0 server errors (5xx), 0 failed saves and 0
// SQLITE_BUSY in the server's log.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { newsroomClient } from "./client.mjs";
import { ADMIN, seed } from "./seed.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg("seconds", 60);
const readers = arg("readers", 100);
const writers = arg("writers", 10);
const port = Number(process.env.LOAD_PORT ?? 3360);
const base = `http://127.0.0.1:${port}`;
const say = (m) => console.log(`[load] ${m}`);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-load-"));
const file = path.join(dataDir, "redaktion.db");
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env, stdio: "ignore" });
await seed(file, 1000);
if (!fs.existsSync(".next/BUILD_ID")) execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
const startFlags = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start.split(" ").filter((a) => a.startsWith("--"));
const log = fs.openSync(path.join(dataDir, "server.log"), "w");
const server = spawn(process.execPath, [...startFlags, "scripts/start.mjs"], {
  env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXTAUTH_URL: base, LOG_LEVEL: "info", SCHEDULER: "off", SEED_DEMO: "false" },
  stdio: ["ignore", log, log],
});
process.on("exit", () => server.kill("SIGTERM"));
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  if (i > 2400) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 250));
}

// Editors: each publishes an article of their own and keeps a draft open: the
// draft is saved every second (autosave), the live article corrected every
// fifth second. Ten of them: 10 draft saves and 2 live corrections a second.
const fields = (headline, teaser) => ({ kicker: "", headline, teaser, sectionId: "bsec0", slug: "", tagIds: [], body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: teaser }] }] } });
const editor = newsroomClient(base);
await editor.signIn(ADMIN.email, ADMIN.password);
const saves = { ok: 0, failed: 0, times: [] };
const failures = [];
let running = true;
async function write(n) {
  let live = await editor.action("saveArticleAction", [null, fields(`Lastprobe ${n}`, "Erste Fassung.")]);
  live = await editor.action("publishArticleAction", [{ id: live.id, version: live.version }]);
  let draft = await editor.action("saveArticleAction", [null, fields(`Entwurf ${n}`, "Noch nicht fertig.")]);
  for (let i = 1; running; i++) {
    const correction = i % 5 === 0;
    try {
      const ref = correction ? live : draft;
      const saved = await editor.action("saveArticleAction", [{ id: ref.id, version: ref.version }, fields(correction ? `Lastprobe ${n}` : `Entwurf ${n}`, `Fassung ${i}.`), correction ? "save" : "autosave"]);
      if (correction) live = saved;
      else draft = saved;
      saves.ok++;
      saves.times.push(saved.ms);
    } catch (error) {
      saves.failed++;
      if (failures.length < 5) failures.push(String(error.message).slice(0, 200));
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const paths = ["/", "/politik/trump-geht-auf-putin-zu", "/politik", "/wirtschaft", "/suche?q=ukraine", "/suche?q=kreml", "/thema/thema-3", "/rss", "/politik?seite=2", "/sitemap.xml"];
say(`${seconds} s: ${readers} readers over ${paths.length} pages, ${writers} editors correcting live articles`);
const writing = Array.from({ length: writers }, (_, n) => write(n));
const reading = await autocannon({ url: base, connections: readers, duration: seconds, requests: paths.map((p) => ({ method: "GET", path: p })) });
running = false;
await Promise.all(writing);

const text = fs.readFileSync(path.join(dataDir, "server.log"), "utf8");
const busy = (text.match(/SQLITE_BUSY|database is locked/g) ?? []).length;
const serverErrors = (text.match(/"level":"error"/g) ?? []).length;
const fiveXX = reading["5xx"] ?? 0;
const sorted = [...saves.times].sort((a, b) => a - b);
const result = {
  at: new Date().toISOString(),
  cores: os.cpus().length,
  seconds,
  readers: { connections: readers, requests: reading.requests.total, rps: Math.round(reading.requests.average), p99Ms: reading.latency.p99, non2xx: reading.non2xx, "5xx": fiveXX, socketErrors: reading.errors, timeouts: reading.timeouts },
  writers: { editors: writers, savesOk: saves.ok, savesFailed: saves.failed, saveP95Ms: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? NaN) },
  sqliteBusyInLog: busy,
  errorLinesInLog: serverErrors,
};
fs.mkdirSync("bench/results", { recursive: true });
fs.writeFileSync(`bench/results/load-${result.at.replace(/[:.]/g, "-")}.json`, JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
if (failures.length) console.log(failures.join("\n"));
const pass = fiveXX === 0 && saves.failed === 0 && busy === 0 && reading.errors === 0 && reading.non2xx === 0;
say(pass ? "passed: 0 server errors, 0 failed or timed-out requests, 0 failed saves, 0 SQLITE_BUSY" : `FAILED (log kept in ${dataDir}/server.log)`);
if (pass) fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(pass ? 0 : 1);
