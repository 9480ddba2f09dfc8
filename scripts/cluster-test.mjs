#!/usr/bin/env node
// `npm run test:cluster`: two app servers on one build, sharing a throwaway
// PostgreSQL, Redis and S3-compatible store (all started here), no shared
// disk. Checks what readers and editors would notice when a newsroom runs
// several servers: a write on A is visible on B within a second, an upload on
// A is served by B, a scheduled article goes live exactly once, and when the
// scheduling server dies the other takes over within seconds.
// nginx (the deploy/nginx.conf recipe) sits in front of both: readers going
// through it see no failed request while one server is killed under load.
// Redis restarts mid-run without reader errors. (Still to come for the
// several-servers issue: a PostgreSQL restart, the editor's autosave moving
// servers, checks in a real browser.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import pg from "pg";
import { newsroomClient } from "../bench/client.mjs";
import { seededDataDir, startServer } from "../bench/harness.mjs";
import { ADMIN } from "../bench/seed.mjs";
import { nginxInstalled, startNginx } from "./nginx-throwaway.mjs";
import { startThrowawayRedis } from "./redis-throwaway.mjs";

const say = (m) => console.log(`[cluster] ${m}`);
const failures = [];
const check = (ok, message) => {
  say(`${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures.push(message);
};

say("seeding 50 articles and moving them to a throwaway PostgreSQL");
const { env } = await seededDataDir("cluster", 50, { db: "postgres" });
const redis = await startThrowawayRedis();
const s3dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-cluster-s3-"));
const s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3dir, configureBuckets: [{ name: "medien" }], allowMismatchedSignatures: true });
const { port: s3port } = await s3.run();
const db = new pg.Client({ connectionString: env.DATABASE_URL });
await db.connect();

const shared = {
  REDIS_URL: redis.url,
  MEDIA_STORE: "s3",
  S3_BUCKET: "medien",
  S3_ENDPOINT: `http://127.0.0.1:${s3port}`,
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
  NEXTAUTH_SECRET: "cluster-test-secret-shared-by-every-server-0123456789",
  SCHEDULER: "on",
  SCHEDULER_INTERVAL_MS: "1000",
};
// No shared disk: each server its own data directory.
const dataB = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-cluster-b-"));
const a = await startServer({ env, port: 3411, overrides: shared });
const b = await startServer({ env: { ...env, DATA_DIR: dataB }, port: 3412, overrides: shared });
say(`servers A ${a.base} and B ${b.base} ready`);

const editor = newsroomClient(a.base);
await editor.signIn(ADMIN.email, ADMIN.password);
const fields = (headline, teaser, extra = {}) => ({ kicker: "", headline, teaser, sectionId: "bsec0", slug: "", tagIds: [], body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: teaser }] }] }, ...extra });

/** Polls `url` until `test(response, text)` holds; returns the milliseconds it took, or null after `ms`. */
async function within(url, test, ms = 5000) {
  const started = performance.now();
  for (;;) {
    const response = await fetch(url, { redirect: "manual" });
    const text = await response.text();
    if (test(response, text)) return Math.round(performance.now() - started);
    if (performance.now() - started > ms) return null;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// 1. A correction on A, read on B (whose caches hold the old page).
const demo = (await db.query(`SELECT a."id", a."version", a."headline", a."slug" FROM "Article" a WHERE a."id" = 'bart0'`)).rows[0];
const page = `/politik/${demo.slug}`;
for (let i = 0; i < 3; i++) await fetch(`${b.base}${page}`).then((r) => r.text());
const correction = `Korrigierter Vorspann ${Date.now()}`;
await editor.action("saveArticleAction", [{ id: demo.id, version: demo.version }, fields(demo.headline, correction, { slug: demo.slug })]);
const correctionMs = await within(`${b.base}${page}`, (r, text) => text.includes(correction));
check(correctionMs !== null && correctionMs < 1000, `a correction saved on A shows on B after ${correctionMs} ms (under 1 s)`);

// 2. A new article published on A appears on B's home page.
const headline = `Neu auf Server A ${Date.now()}`;
const created = await editor.action("saveArticleAction", [null, fields(headline, "Ein Vorspann.")]);
await fetch(`${b.base}/`).then((r) => r.text());
await editor.action("publishArticleAction", [{ id: created.id, version: created.version }]);
const publishMs = await within(`${b.base}/`, (r, text) => text.includes(headline));
check(publishMs !== null && publishMs < 1000, `an article published on A is on B's home page after ${publishMs} ms`);

// 3. Unpublished on A: B answers 410 Gone.
const published = (await db.query(`SELECT "version", "slug" FROM "Article" WHERE "id" = $1`, [created.id])).rows[0];
await fetch(`${b.base}/politik/${published.slug}`).then((r) => r.text());
await editor.action("unpublishArticleAction", [{ id: created.id, version: published.version }]);
const goneMs = await within(`${b.base}/politik/${published.slug}`, (r) => r.status === 410);
check(goneMs !== null && goneMs < 1000, `unpublished on A, B answers 410 after ${goneMs} ms`);

// 4. An image uploaded through A is served by B (no shared disk: both read the bucket).
const { default: sharp } = await import("sharp");
const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 200, g: 30, b: 30 } } }).jpeg().toBuffer();
const upload = await fetch(`${a.base}/api/media`, { method: "POST", headers: { "Content-Type": "application/octet-stream", "X-File-Name": "cluster.jpg", Origin: a.base, cookie: editor.cookie() }, body: photo });
const uploaded = await upload.json().catch(() => ({}));
const thumb = uploaded?.thumbUrl ?? uploaded?.media?.thumbUrl ?? uploaded?.item?.thumbUrl;
const onB = thumb ? await fetch(`${b.base}${thumb}`) : null;
const bytesOnB = onB?.ok ? (await onB.arrayBuffer()).byteLength : 0;
check(upload.status === 201 && bytesOnB > 0, `an image uploaded through A (${upload.status}) is served by B (${thumb ?? "no thumbnail address in the answer"}: ${onB?.status ?? "-"}, ${bytesOnB} bytes)`);

// 4b. Redis restarts (empty: no persistence). Readers get no errors meanwhile; afterwards the
// servers have reconnected, emptied their reader caches (they may have missed purges) and
// purge each other again.
{
  const { default: autocannon } = await import("autocannon");
  const readers = Promise.all([autocannon({ url: `${b.base}${page}`, connections: 4, duration: 4 }), autocannon({ url: `${a.base}/`, connections: 4, duration: 4 })]);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await redis.restart();
  const results = await readers;
  const failed = results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
  check(failed === 0, `readers on both servers while Redis restarted: ${results.reduce((n, r) => n + r.requests.total, 0)} requests, ${failed} failed`);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // reconnect
  const current = (await db.query(`SELECT "version" FROM "Article" WHERE "id" = 'bart0'`)).rows[0];
  await fetch(`${b.base}${page}`).then((r) => r.text());
  const after = `Nach dem Redis-Neustart ${Date.now()}`;
  await editor.action("saveArticleAction", [{ id: demo.id, version: current.version }, fields(demo.headline, after, { slug: demo.slug })]);
  const afterMs = await within(`${b.base}${page}`, (r, text) => text.includes(after));
  check(afterMs !== null && afterMs < 1000, `after the Redis restart, a correction on A shows on B after ${afterMs} ms`);
}

// 5. A scheduled article goes live exactly once, with both servers running the scheduler.
async function scheduleSoon(title, seconds) {
  const draft = await editor.action("saveArticleAction", [null, fields(title, "Geplant.")]);
  const at = new Date(Math.ceil((Date.now() + seconds * 1000) / 1000) * 1000);
  await editor.action("scheduleArticleAction", [{ id: draft.id, version: draft.version }, at.toISOString()]);
  return { id: draft.id, at };
}
// (At least 5 s ahead: the newsroom refuses a schedule closer than that.)
const planned = await scheduleSoon(`Geplant im Verbund ${Date.now()}`, 6);
const liveAfter = async (id, ms) => {
  const started = Date.now();
  for (;;) {
    const row = (await db.query(`SELECT "status", "publishedAt" FROM "Article" WHERE "id" = $1`, [id])).rows[0];
    if (row?.status === "PUBLISHED") return Date.now();
    if (Date.now() - started > ms) return null;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};
const liveAt = await liveAfter(planned.id, 15_000);
await new Promise((resolve) => setTimeout(resolve, 2500)); // a few more ticks on both servers
const publishes = Number((await db.query(`SELECT COUNT(*) AS n FROM "ArticleRevision" WHERE "articleId" = $1 AND "kind" = 'PUBLISH'`, [planned.id])).rows[0].n);
const audits = Number((await db.query(`SELECT COUNT(*) AS n FROM "AuditEvent" WHERE "targetId" = $1 AND "action" = 'article.publish'`, [planned.id])).rows[0].n);
check(liveAt !== null && publishes === 1 && audits === 1, `a scheduled article went live ${liveAt ? liveAt - planned.at.getTime() : "?"} ms after its time, published exactly once (${publishes} revision, ${audits} audit entry)`);

// 5b. nginx in front of both: a publish through A reaches readers through nginx (its micro-cache holds pages 1 s).
const nginx = nginxInstalled() ? await startNginx({ upstreams: [3411, 3412] }) : null;
check(Boolean(nginx), nginx ? `nginx in front of A and B at ${nginx.base}` : "nginx is not installed (apt-get install -y nginx)");
let load = null;
if (nginx) {
  const viaNginx = `Durch nginx ${Date.now()}`;
  const draft = await editor.action("saveArticleAction", [null, fields(viaNginx, "Ein Vorspann.")]);
  await fetch(`${nginx.base}/`).then((r) => r.text());
  await editor.action("publishArticleAction", [{ id: draft.id, version: draft.version }]);
  const nginxMs = await within(`${nginx.base}/`, (r, text) => text.includes(viaNginx), 5000);
  // The micro-cache serves a page up to 1 s old, and once more stale while it refreshes: up to ~2 s.
  check(nginxMs !== null && nginxMs < 3000, `an article published on A reaches readers through nginx after ${nginxMs} ms (micro-cache 1 s, stale while refreshing)`);
  // Readers through nginx for 10 s, through the micro-cache (the article) and past it (an API every request reaches).
  const { default: autocannon } = await import("autocannon");
  const run = (url) => autocannon({ url, connections: 8, duration: 10 });
  load = Promise.all([run(`${nginx.base}${page}`), run(`${nginx.base}/api/health/live`)]);
  await new Promise((resolve) => setTimeout(resolve, 2000));
}

// 6. The scheduling server dies (during the reader load, when nginx runs): the other takes over.
const lease = (await db.query(`SELECT "holder" FROM "Lease" WHERE "name" = 'scheduler'`)).rows[0];
const leaderPid = Number(String(lease?.holder ?? "").split(":")[1]);
const leader = [a, b].find((s) => s.server.pid === leaderPid) ?? null;
// The harness's server is the start script; the Next server is its child on Linux.
const leaderServer = leader ?? [a, b].find((s) => fs.existsSync(`/proc/${leaderPid}`) && fs.readFileSync(`/proc/${leaderPid}/status`, "utf8").includes(`PPid:\t${s.server.pid}`));
check(Boolean(leaderServer), `one server holds the scheduler's lease (${lease?.holder ?? "none"})`);
if (leaderServer) {
  const survivor = leaderServer === a ? b : a;
  process.kill(leaderPid, "SIGKILL");
  leaderServer.server.kill("SIGKILL");
  const killedAt = Date.now();
  let holder = lease.holder;
  while (holder === lease.holder && Date.now() - killedAt < 20_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    holder = (await db.query(`SELECT "holder" FROM "Lease" WHERE "name" = 'scheduler'`)).rows[0]?.holder;
  }
  const takeoverMs = Date.now() - killedAt;
  if (load) {
    const results = await load;
    const requests = results.reduce((n, r) => n + r.requests.total, 0);
    const failed = results.reduce((n, r) => n + r.non2xx + r.timeouts, 0);
    const cut = results.reduce((n, r) => n + r.errors, 0);
    const detail = results.map((r) => `${r.url.replace(nginx.base, "")}: ${r.non2xx} non-2xx (${JSON.stringify(r.statusCodeStats)}), ${r.errors} cut, ${r.timeouts} timeouts`).join("; ");
    // Every answer readers get is a 200: nginx retries what the dead server refused or dropped
    // before answering. A response the killed server was in the middle of sending cannot be
    // retried by any proxy (its headers already reached the reader); such cut connections are
    // counted and shown, and more than 2 in 10 s fail the check. (Seen once in CI: 1 of 145,691.)
    check(failed === 0 && cut <= 2, `readers through nginx while a server was killed: ${requests} requests in 10 s, ${failed} failed, ${cut} cut off mid-answer (${detail})`);
  }
  check(holder !== lease.holder, `after SIGKILL of the scheduling server, the other holds the lease ${takeoverMs} ms later (lease ${Math.max(3000, 3 * 1000)} ms, ticks every 1 s)`);
  // The editor carries on on the surviving server with the same session cookie.
  const other = newsroomClient(survivor.base);
  await other.signIn(ADMIN.email, ADMIN.password);
  const draft = await other.action("saveArticleAction", [null, fields(`Nach dem Ausfall ${Date.now()}`, "Geplant.")]);
  const at = new Date(Math.ceil((Date.now() + 6000) / 1000) * 1000);
  await other.action("scheduleArticleAction", [{ id: draft.id, version: draft.version }, at.toISOString()]);
  const liveAgain = await liveAfter(draft.id, 20_000);
  check(liveAgain !== null, `the surviving server publishes a scheduled article ${liveAgain ? liveAgain - at.getTime() : "?"} ms after its time`);
}

await db.end();
nginx?.stop();
a.server.kill("SIGKILL");
b.server.kill("SIGKILL");
await s3.close();
redis.stop();
fs.rmSync(s3dir, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(`[cluster] ${failures.length} check(s) failed`);
  process.exit(1);
}
say("every check passed");
process.exit(0);
