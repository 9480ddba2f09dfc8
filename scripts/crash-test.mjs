#!/usr/bin/env node
// `npm run test:crash [-- --rounds 50]`: SECURITY.md's crash-safety test.
// Each round starts the production server on one database, signs in, saves a
// draft, then sends a publish and a save and kills the server with SIGKILL
// 0–300 ms later. After every kill, on the file itself: PRAGMA integrity_check
// is ok; every article is all-old or all-new (its row, its revision at that
// version and its search entry agree); every write answered 2xx is there.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { newsroomClient } from "../bench/client.mjs";
import { ADMIN, seed } from "../bench/seed.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : fallback;
};
const rounds = Number(arg("rounds", 50));
const port = Number(process.env.CRASH_PORT ?? 3350);
const base = `http://127.0.0.1:${port}`;
const say = (m) => console.log(`[crash] ${m}`);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-crash-"));
const file = path.join(dataDir, "redaktion.db");
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env, stdio: "ignore" });
await seed(file, 20);
if (!fs.existsSync(".next/BUILD_ID")) execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
const startFlags = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start.split(" ").filter((a) => a.startsWith("--"));

let current = null;
process.on("exit", () => current?.kill("SIGKILL"));

async function startServer() {
  // Something else answering on the port would take the writes: refuse to measure it.
  const busy = await fetch(`${base}/api/health`).then(() => true, () => false);
  if (busy) throw new Error(`Port ${port} is in use; stop what runs there or set CRASH_PORT.`);
  const server = (current = spawn(process.execPath, [...startFlags, "scripts/start.mjs"], {
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1", NEXTAUTH_URL: base, LOG_LEVEL: "silent", SCHEDULER: "off", SEED_DEMO: "false" },
    stdio: "ignore",
  }));
  const exited = new Promise((resolve) => server.once("exit", resolve));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { server, exited };
    } catch {}
    // The first start may build first (npm start rebuilds when the sources are newer).
    if (i > 2400) throw new Error("server did not start within 10 minutes");
    await new Promise((r) => setTimeout(r, 250));
  }
}

const fields = (headline, teaser) => ({ kicker: "", headline, teaser, sectionId: "bsec0", slug: "", tagIds: [], body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: teaser }] }] } });
/** Writes the server answered 2xx: they must survive any crash after the answer. */
const acknowledged = new Map();
const failures = [];
let answeredInFlight = 0;
let lostInFlight = 0;
let committedUnanswered = 0;

function check(round) {
  const db = new Database(file, { readonly: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") failures.push(`round ${round}: integrity_check = ${integrity}`);
    const torn = db
      .prepare(
        `SELECT a.id FROM "Article" a LEFT JOIN "ArticleRevision" r ON r.articleId = a.id AND r.version = a.version
         WHERE r.id IS NULL OR r.headline <> a.headline OR r.teaser <> a.teaser OR r.status <> a.status
            OR (a.status = 'PUBLISHED') <> (a.publishedAt IS NOT NULL AND a.status = 'PUBLISHED')`,
      )
      .all();
    if (torn.length > 0) failures.push(`round ${round}: ${torn.length} article(s) half-written: ${torn.map((t) => t.id).join(", ")}`);
    const unindexed = db.prepare(`SELECT COUNT(*) AS n FROM "Article" a WHERE a.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s.articleId = a.id)`).get().n;
    const stale = db.prepare(`SELECT COUNT(*) AS n FROM "ArticleSearch" s WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a.id = s.articleId AND a.status = 'PUBLISHED')`).get().n;
    if (unindexed || stale) failures.push(`round ${round}: search index out of step (${unindexed} missing, ${stale} extra)`);
    const row = db.prepare(`SELECT version, teaser, status FROM "Article" WHERE id = ?`);
    for (const [id, ack] of acknowledged) {
      const now = row.get(id);
      if (!now || now.version < ack.version || (now.version === ack.version && (now.teaser !== ack.teaser || (ack.status && now.status !== ack.status)))) {
        failures.push(`round ${round}: acknowledged write lost for ${id} (had v${ack.version}, now ${now ? `v${now.version}` : "missing"})`);
      }
    }
    // Like an editor reloading after the outage: what is stored now is the base for the next writes.
    for (const [id, ack] of acknowledged) {
      const now = row.get(id);
      if (now && now.version > ack.version) committedUnanswered += now.version - ack.version;
      if (now) acknowledged.set(id, { version: now.version, teaser: now.teaser, status: now.status });
    }
  } finally {
    db.close();
  }
}

const started = Date.now();
for (let round = 1; round <= rounds; round++) {
  const { server, exited } = await startServer();
  const client = newsroomClient(base);
  await client.signIn(ADMIN.email, ADMIN.password);
  const teaser = `Entwurf aus Runde ${round}`;
  const draft = await client.action("saveArticleAction", [null, fields(`Absturztest ${round}`, teaser)]);
  acknowledged.set(draft.id, { version: draft.version, teaser });
  const inFlight = [
    client.action("publishArticleAction", [{ id: draft.id, version: draft.version }]).then((r) => void acknowledged.set(draft.id, { version: r.version, teaser, status: "PUBLISHED" })),
  ];
  // Corrections to every earlier article at once: a queue of writes the kill lands in.
  for (const [id, ack] of [...acknowledged].filter(([id]) => id !== draft.id).slice(-15)) {
    const text = `Korrektur aus Runde ${round}`;
    inFlight.push(
      client.action("saveArticleAction", [{ id, version: ack.version }, fields(`Absturztest ${id}`, text)]).then((r) => acknowledged.set(id, { version: r.version, teaser: text, status: ack.status })),
    );
  }
  // Settled right away: a write refused or cut off is an outcome here, not an error.
  const outcomes = Promise.allSettled(inFlight);
  await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 301)));
  server.kill("SIGKILL");
  for (const result of await outcomes) result.status === "fulfilled" ? answeredInFlight++ : lostInFlight++;
  await exited;
  check(round);
  if (round % 10 === 0) say(`${round} rounds, ${failures.length} failures`);
}
say(`${rounds} SIGKILLs in ${Math.round((Date.now() - started) / 1000)} s: ${answeredInFlight} in-flight writes answered before the kill, ${lostInFlight} cut off by it (${committedUnanswered} of those committed all the same, which is allowed); ${acknowledged.size} articles checked after every kill`);
if (failures.length > 0) {
  console.error(failures.slice(0, 20).join("\n"));
  console.error(`(data kept in ${dataDir})`);
  process.exit(1);
}
say("integrity ok after every kill; no article half-written; every acknowledged write present");
if (!process.env.KEEP) fs.rmSync(dataDir, { recursive: true, force: true });
