#!/usr/bin/env node
// `npm run load [-- --seconds 60 --readers 100 --writers 10]`: SECURITY.md's
// load test. 100 reader connections (home, articles, sections, search, feed)
// and 10 editors correcting published articles on the production server for
// 60 s on loopback. Passes with 0 server errors (5xx), 0 failed saves and 0
// SQLITE_BUSY in the server's log.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { newsroomClient } from "./client.mjs";
import { option, seededDataDir, startServer } from "./harness.mjs";
import { ADMIN } from "./seed.mjs";

const seconds = option("seconds", 60);
const readers = option("readers", 100);
const writers = option("writers", 10);
const say = (m) => console.log(`[load] ${m}`);

const { dataDir, env } = await seededDataDir("load", 1000);
const log = fs.openSync(path.join(dataDir, "server.log"), "w");
const { base } = await startServer({ env, port: Number(process.env.LOAD_PORT ?? 3360), logLevel: "info", stdio: ["ignore", log, log] });

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
