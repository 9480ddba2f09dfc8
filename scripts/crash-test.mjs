#!/usr/bin/env node
// `npm run test:crash [-- --rounds 50] [--db postgres]`: SECURITY.md's crash-safety test.
// Each round starts the production server on one database, signs in, saves a
// draft, then sends a publish and a save and kills the server with SIGKILL
// 0–300 ms later. After every kill, in the database itself: (SQLite) PRAGMA
// integrity_check is ok; every article is all-old or all-new (its row, its
// revision at that version and its search entry agree); every write answered
// 2xx is there. With --db postgres the same on a throwaway PostgreSQL (the app
// server is killed, the database keeps running, as when one app server dies).
import fs from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { newsroomClient } from "../bench/client.mjs";
import { databaseOption, option, seededDataDir, startServer } from "../bench/harness.mjs";
import { ADMIN } from "../bench/seed.mjs";

const rounds = option("rounds", 50);
const port = Number(process.env.CRASH_PORT ?? 3350);
const say = (m) => console.log(`[crash] ${m}`);
const { dataDir, file, env } = await seededDataDir("crash", 20, { db: databaseOption() });
const onPostgres = env.DATABASE_URL.startsWith("postgres");
if (onPostgres) say("on PostgreSQL");

/** Runs fn with a query function on the database: `?` placeholders, quoted identifiers. */
async function withDatabase(fn) {
  if (onPostgres) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      return await fn(async (sql, params = []) => {
        let n = 0;
        return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
      }, null);
    } finally {
      await client.end();
    }
  }
  const db = new Database(file, { readonly: true });
  try {
    return await fn(async (sql, params = []) => db.prepare(sql).all(...params), db);
  } finally {
    db.close();
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
  return withDatabase(async (q, sqlite) => {
    if (sqlite) {
      const integrity = sqlite.pragma("integrity_check", { simple: true });
      if (integrity !== "ok") failures.push(`round ${round}: integrity_check = ${integrity}`);
    }
    const torn = await q(
      `SELECT a."id" FROM "Article" a LEFT JOIN "ArticleRevision" r ON r."articleId" = a."id" AND r."version" = a."version"
       WHERE r."id" IS NULL OR r."headline" <> a."headline" OR r."teaser" <> a."teaser" OR r."status" <> a."status"
          OR (a."status" = 'PUBLISHED') <> (a."publishedAt" IS NOT NULL AND a."status" = 'PUBLISHED')`,
    );
    if (torn.length > 0) failures.push(`round ${round}: ${torn.length} article(s) half-written: ${torn.map((t) => t.id).join(", ")}`);
    const [{ n: unindexed }] = await q(`SELECT COUNT(*) AS n FROM "Article" a WHERE a."status" = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s."articleId" = a."id")`);
    const [{ n: stale }] = await q(`SELECT COUNT(*) AS n FROM "ArticleSearch" s WHERE NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = s."articleId" AND a."status" = 'PUBLISHED')`);
    if (Number(unindexed) || Number(stale)) failures.push(`round ${round}: search index out of step (${unindexed} missing, ${stale} extra)`);
    const row = async (id) => (await q(`SELECT "version", "teaser", "status" FROM "Article" WHERE "id" = ?`, [id]))[0];
    for (const [id, ack] of acknowledged) {
      const now = await row(id);
      if (!now || now.version < ack.version || (now.version === ack.version && (now.teaser !== ack.teaser || (ack.status && now.status !== ack.status)))) {
        failures.push(`round ${round}: acknowledged write lost for ${id} (had v${ack.version}, now ${now ? `v${now.version}` : "missing"})`);
      }
    }
    // Like an editor reloading after the outage: what is stored now is the base for the next writes.
    for (const [id, ack] of acknowledged) {
      const now = await row(id);
      if (now && now.version > ack.version) committedUnanswered += now.version - ack.version;
      if (now) acknowledged.set(id, { version: now.version, teaser: now.teaser, status: now.status });
    }
  });
}

const started = Date.now();
for (let round = 1; round <= rounds; round++) {
  const { server, exited, base } = await startServer({ env, port });
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
  for (const result of await outcomes) {
    if (result.status === "fulfilled") answeredInFlight++;
    else lostInFlight++;
  }
  await exited;
  await check(round);
  if (round % 10 === 0) say(`${round} rounds, ${failures.length} failures`);
}
say(`${rounds} SIGKILLs in ${Math.round((Date.now() - started) / 1000)} s: ${answeredInFlight} in-flight writes answered before the kill, ${lostInFlight} cut off by it (${committedUnanswered} of those committed all the same, which is allowed); ${acknowledged.size} articles checked after every kill`);
if (failures.length > 0) {
  console.error(failures.slice(0, 20).join("\n"));
  console.error(`(data kept in ${dataDir})`);
  process.exit(1);
}
say(`${onPostgres ? "" : "integrity ok after every kill; "}no article half-written; every acknowledged write present`);
if (!process.env.KEEP) fs.rmSync(dataDir, { recursive: true, force: true });
