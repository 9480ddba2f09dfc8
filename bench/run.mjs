#!/usr/bin/env node
// `npm run bench [-- --articles 100|10000|100000] [--duration 10] [--db sqlite|postgres|both] [--workers auto|N] [--instances 2]`
// Seeds a corpus, starts the production server on it, and measures the reader
// pages at 32 connections after a warm-up (wrk where installed, else
// autocannon), publish-to-visible, draft-save p95 and server memory; where
// nginx is installed, also the same article as a static file and through the
// deploy/nginx.conf recipe. Writes bench/results/*.json and *.md. With
// --db postgres the seeded site is moved into a throwaway PostgreSQL with
// db:copy first; --db both runs the two one after the other and prints them
// side by side. --workers runs the server as `WORKERS=… npm start` does (one
// process per core). --instances 2 starts a second server on the same build
// with PostgreSQL, Redis and nginx (the recipe) in front of both, measures the
// reader pages through nginx, and publish-to-visible on the other server.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { newsroomClient } from "./client.mjs";
import { tickerLoad } from "./ticker.mjs";
import { databaseOption, option, processTree, rssMbOf, seededDataDir, startServer } from "./harness.mjs";
import { ADMIN } from "./seed.mjs";
import { startNginx } from "../scripts/nginx-throwaway.mjs";
import { startThrowawayRedis } from "../scripts/redis-throwaway.mjs";

const articles = option("articles", 100);
const duration = option("duration", 10);
const port = Number(process.env.BENCH_PORT ?? 3300);
const DEMO = "/politik/trump-geht-auf-putin-zu";
const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const say = (m) => console.log(`[bench] ${m}`);
let database = databaseOption(["sqlite", "postgres", "both"]);
const workers = option("workers", "1");
const instances = option("instances", 1);
if (instances > 1 && database !== "postgres") {
  say(`--instances ${instances}: the servers share a database, so PostgreSQL it is`);
  database = "postgres";
}

if (database === "both") {
  const results = {};
  for (const db of ["sqlite", "postgres"]) {
    const out = path.join(os.tmpdir(), `redaktion-bench-${db}-${process.pid}.json`);
    const args = process.argv.slice(2).filter((a, i, all) => a !== "--db" && all[i - 1] !== "--db");
    const run = spawnSync(process.execPath, [process.argv[1], ...args, "--db", db], { stdio: "inherit", env: { ...process.env, BENCH_RESULT_FILE: out } });
    if (run.status !== 0) process.exit(run.status || 1);
    results[db] = JSON.parse(fs.readFileSync(out, "utf8"));
  }
  const { sqlite: a, postgres: b } = results;
  const ratio = (x, y) => (y ? (x / y).toFixed(2) : "n/a");
  const lines = [
    `# SQLite beside PostgreSQL: ${articles.toLocaleString("en")} articles, ${a.cores} cores`,
    "",
    "| what | SQLite req/s | PostgreSQL req/s | PG/SQLite | SQLite p99 ms | PostgreSQL p99 ms |",
    "|---|---:|---:|---:|---:|---:|",
    ...a.rows.map((row) => {
      const other = b.rows.find((r) => r.name === row.name);
      return `| ${row.name} | ${Math.round(row.rps)} | ${Math.round(other?.rps ?? 0)} | ${ratio(other?.rps ?? 0, row.rps)} | ${row.p99.toFixed(1)} | ${other?.p99.toFixed(1) ?? ""} |`;
    }),
    "",
    "| single requests (ms) | SQLite | PostgreSQL |",
    "|---|---:|---:|",
    `| search p95 (50 cold result pages) | ${a.searchP95Ms} | ${b.searchP95Ms} |`,
    `| uncached article p50 / p95 | ${a.coldRenderMs.articleP50} / ${a.coldRenderMs.articleP95} | ${b.coldRenderMs.articleP50} / ${b.coldRenderMs.articleP95} |`,
    `| uncached section page p50 / p95 | ${a.coldRenderMs.sectionPageP50} / ${a.coldRenderMs.sectionPageP95} | ${b.coldRenderMs.sectionPageP50} / ${b.coldRenderMs.sectionPageP95} |`,
    `| sitemap first / last page | ${a.sitemap.sitemapFirstPage.ms} / ${a.sitemap.sitemapLastPage.ms} | ${b.sitemap.sitemapFirstPage.ms} / ${b.sitemap.sitemapLastPage.ms} |`,
    `| draft save p95 | ${a.draftSaveP95Ms} | ${b.draftSaveP95Ms} |`,
    `| publish to visible (worst of 5) | ${a.publishToVisibleMs.app} | ${b.publishToVisibleMs.app} |`,
  ];
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync(`bench/results/bench-both-${articles}-${new Date().toISOString().replace(/[:.]/g, "-")}.md`, lines.join("\n") + "\n");
  console.log(lines.join("\n"));
  process.exit(0);
}

// ---- 1. corpus ---------------------------------------------------------------
say(`migrating and seeding ${articles.toLocaleString("en")} articles${database === "postgres" ? ", then copying them to a throwaway PostgreSQL" : ""}`);
let t = Date.now();
const { env, file: corpusFile, dataDir } = await seededDataDir("bench", articles, { db: database });
say(`seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);

// ---- 2. server ---------------------------------------------------------------
const cleanups = [];
process.on("exit", () => cleanups.forEach((f) => f()));
const overrides = { WORKERS: workers };
let cluster = null;
if (instances > 1) {
  const redis = await startThrowawayRedis();
  cleanups.push(() => redis.stop());
  Object.assign(overrides, { REDIS_URL: redis.url, NEXTAUTH_SECRET: "bench-secret-shared-by-every-server-0123456789", PROXY_REFRESH_TOKEN: "bench-refresh-token" });
}
const nginxPort = instances > 1 ? Number(process.env.BENCH_NGINX_PORT ?? 3392) : null;
if (nginxPort) overrides.PROXY_REFRESH_URLS = `http://127.0.0.1:${nginxPort}`;
const { server, base } = await startServer({ env, port, stdio: ["ignore", "ignore", "inherit"], overrides });
const servers = [server];
if (instances > 1) {
  const others = [];
  for (let i = 1; i < instances; i++) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-bench-other-"));
    others.push(await startServer({ env: { ...env, DATA_DIR: dataDir }, port: port + i, stdio: ["ignore", "ignore", "inherit"], overrides }));
  }
  servers.push(...others.map((o) => o.server));
  const nginx = await startNginx({ upstreams: Array.from({ length: instances }, (_, i) => port + i), port: nginxPort, refreshToken: overrides.PROXY_REFRESH_TOKEN });
  cleanups.push(() => nginx.stop());
  cluster = { nginx, other: others[0].base };
  say(`${instances} servers behind nginx at ${nginx.base}; reader loads go through it`);
}
/** Where reader loads go: the server, or nginx in front of several. */
const readBase = cluster ? cluster.nginx.base : base;

const serverPids = () => processTree(servers.map((s) => s.pid));
const rssMb = () => rssMbOf(serverPids());

// ---- 3. load -------------------------------------------------------------------
async function load(url, seconds = duration, headers = {}) {
  const wrkHeaders = Object.entries(headers).flatMap(([k, v]) => ["-H", `${k}: ${v}`]);
  if (has("wrk")) {
    spawnSync("wrk", ["-t2", "-c32", "-d3s", ...wrkHeaders, url], { encoding: "utf8" }); // warm-up
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 250);
    const out = await new Promise((resolve) => {
      const p = spawn("wrk", ["-t2", "-c32", `-d${seconds}s`, "--latency", ...wrkHeaders, url]);
      let text = "";
      p.stdout.on("data", (d) => (text += d));
      p.on("close", () => resolve(text));
    });
    clearInterval(sampler);
    const ms = (label) => {
      const m = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
      return m ? Number(m[1]) * (m[2] === "us" ? 0.001 : m[2] === "s" ? 1000 : 1) : NaN;
    };
    const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + Number(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)?.slice(1).reduce((a, b) => a + Number(b), 0) ?? 0);
    return { tool: "wrk", rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0), p50: ms("50%"), p99: ms("99%"), errors, rssPeakMb: Math.round(peak) };
  }
  const { default: autocannon } = await import("autocannon");
  await autocannon({ url, connections: 32, duration: 3, headers });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 250);
  const r = await autocannon({ url, connections: 32, duration: seconds, headers });
  clearInterval(sampler);
  return { tool: "autocannon", rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors, rssPeakMb: Math.round(peak) };
}

const section = "/politik";
const rows = [];
for (const [name, p] of [
  ["home", "/"],
  ["article", DEMO],
  ["section", section],
  ["search", "/suche?q=ukraine"],
  ["sitemap index", "/sitemap.xml"],
  ["RSS", "/rss"],
]) {
  say(`load: ${name}`);
  rows.push({ name, path: p, ...(await load(`${readBase}${p}`)) });
}

const apiWalk = [];
// The Content API, as an app or partner calls it: a key (written straight into the corpus,
// with a rate above anything this machine can send), the list page and one article.
{
  const key = `rk_bench_${randomBytes(24).toString("base64url")}`;
  const keyRow = ["bench-key", "Bench", key.slice(0, 10), createHash("sha256").update(key).digest("hex"), 1_000_000_000, new Date().toISOString()];
  let demoId;
  if (env.DATABASE_URL?.startsWith("postgres")) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query(`INSERT INTO "ApiKey" ("id", "name", "prefix", "hash", "rateLimit", "createdAt") VALUES ($1, $2, $3, $4, $5, $6)`, keyRow);
    demoId = (await client.query(`SELECT "id" FROM "Article" WHERE "slug" = 'trump-geht-auf-putin-zu'`)).rows[0]?.id;
    await client.end();
  } else {
    const { default: Sqlite } = await import("better-sqlite3");
    const db = new Sqlite(corpusFile);
    db.prepare(`INSERT INTO "ApiKey" ("id", "name", "prefix", "hash", "rateLimit", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`).run(...keyRow);
    demoId = db.prepare(`SELECT "id" FROM "Article" WHERE "slug" = 'trump-geht-auf-putin-zu'`).get()?.id;
    db.close();
  }
  const auth = { Authorization: `Bearer ${key}` };
  for (const [name, p] of [
    ["Content API list", "/api/content/v1/articles?limit=20"],
    ["Content API article", `/api/content/v1/articles/${demoId}`],
  ]) {
    say(`load: ${name}`);
    rows.push({ name, path: p, ...(await load(`${base}${p}`, duration, auth)) });
  }
  // The load above is answered from memory after the first request; a partner
  // syncing the archive asks for pages nobody asked for yet: 50 of them, by cursor.
  let cursor = "";
  for (let i = 0; i < 50; i++) {
    const start = performance.now();
    const r = await fetch(`${base}/api/content/v1/articles?limit=20${cursor ? `&cursor=${cursor}` : ""}`, { headers: auth });
    const page = await r.json();
    apiWalk.push(performance.now() - start);
    if (r.status !== 200 || !page.next) break;
    cursor = page.next;
  }
}

// Single cold requests that must stay fast at any corpus size.
async function timed(p) {
  const start = performance.now();
  const r = await fetch(`${base}${p}`);
  await r.arrayBuffer();
  return { status: r.status, ms: Math.round(performance.now() - start) };
}
const lastSitemap = `/sitemaps/articles-${Math.max(1, Math.ceil(articles / 10000))}.xml`;
const singles = { sitemapFirstPage: await timed("/sitemaps/articles-1.xml"), sitemapLastPage: await timed(lastSitemap) };
const searchTimes = [];
for (const q of ["ukraine", "kreml", "trump", "verhandlungen", "hegseth", "brüssel", "frieden", "sicherheitsgarantien", "nato", "krim"]) {
  for (let i = 0; i < 5; i++) searchTimes.push((await timed(`/suche?q=${encodeURIComponent(q)}&seite=${i + 1}`)).ms);
}
const p95 = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.95) - 1] ?? NaN;
const p50 = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;

// Pages nobody asked for yet: rendered from the database, not from any cache.
// Spread over the whole corpus, so a cost that grows with it shows here.
const { default: Database } = await import("better-sqlite3");
const corpus = new Database(corpusFile, { readonly: true });
const picks = corpus
  .prepare(`SELECT '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a.sectionId WHERE a.status = 'PUBLISHED' AND a.rowid % ? = 0 LIMIT 40`)
  .all(Math.max(1, Math.floor(articles / 40)))
  .map((r) => r.path);
corpus.close();
const coldArticle = [];
for (const p of picks) coldArticle.push((await timed(p)).ms);
const coldSection = [];
for (const page of [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) for (const s of ["politik", "wirtschaft"]) coldSection.push((await timed(`/${s}?seite=${page}`)).ms);

// ---- 4. the write path, signed in like an editor ------------------------------
const client = newsroomClient(base);
await client.signIn(ADMIN.email, ADMIN.password);
const action = (name, args) => client.action(name, args);
const cookie = client.cookie;
// The newsroom's article list at this corpus size: the first page, a filter, a
// headline search, the A–Z sort and a page deep in the list (keyset), 20 each.
async function newsroomPage(p) {
  const start = performance.now();
  const r = await fetch(`${base}${p}`, { headers: { cookie: cookie() } });
  const html = await r.text();
  // The list is a table; the desk (/admin) has its panels.
  if (r.status !== 200 || !html.includes(p === "/admin" ? 'id="desk-live"' : "<table")) throw new Error(`newsroom page ${p}: ${r.status}`);
  return performance.now() - start;
}
const deepRow = (() => {
  const db = new Database(corpusFile, { readonly: true });
  const row = db.prepare(`SELECT id FROM "Article" ORDER BY updatedAt DESC, id DESC LIMIT 1 OFFSET ?`).get(Math.max(0, articles - 60));
  db.close();
  return row?.id;
})();
const listTimes = {};
for (const [name, p] of [
  ["desk (newsroom home)", "/admin"],
  ["first page", "/admin/articles"],
  ["status filter", "/admin/articles?status=PUBLISHED"],
  ["headline search", "/admin/articles?q=ukraine"],
  ["A–Z", "/admin/articles?sort=headline"],
  ["deep page", `/admin/articles?after=${deepRow}`],
]) {
  // Warmed up first (the first requests compile and load what the page needs), then 20 measured.
  for (let i = 0; i < 5; i++) await newsroomPage(p);
  const times = [];
  for (let i = 0; i < 20; i++) times.push(await newsroomPage(p));
  listTimes[name] = { p50: Math.round(p50(times)), p95: Math.round(p95(times)) };
}
say(`newsroom desk and article list (ms p50/p95): ${Object.entries(listTimes).map(([k, v]) => `${k} ${v.p50}/${v.p95}`).join(", ")}`);
const fields = (headline) => ({ kicker: "", headline, teaser: "Ein Vorspann für die Messung.", sectionId: "bsec0", slug: "", tagIds: [], body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Ein Absatz." }] }] } });
let draft = await action("saveArticleAction", [null, fields(`Messartikel ${Date.now()}`)]);
const saveTimes = [];
for (let i = 0; i < 60; i++) {
  draft = await action("saveArticleAction", [{ id: draft.id, version: draft.version }, fields(`Messartikel Fassung ${i}`), "save"]);
  saveTimes.push(draft.ms);
}
const visible = [];
const visibleElsewhere = [];
for (let i = 0; i < 5; i++) {
  const created = await action("saveArticleAction", [null, fields(`Sichtbar nach dem Veröffentlichen ${i} ${Date.now()}`)]);
  const slug = `sichtbar-nach-dem-veroeffentlichen-${i}`;
  const start = performance.now();
  await action("publishArticleAction", [{ id: created.id, version: created.version }]);
  const seen = async (where) => {
    for (;;) {
      const res = await fetch(`${where}/`);
      if ((await res.text()).includes(`Sichtbar nach dem Veröffentlichen ${i}`)) return performance.now() - start;
      if (performance.now() - start > 10_000) return Infinity;
    }
  };
  // On the server that published, and with several: on another one, and through nginx.
  const [here, other, proxied] = await Promise.all([seen(base), cluster ? seen(cluster.other) : 0, cluster ? seen(cluster.nginx.base) : 0]);
  visible.push(here);
  visibleElsewhere.push({ other, proxied });
  void slug;
}

// ---- 4b. a live ticker read by 1 and by 1,000 readers at once ------------------
// The demo article becomes a ticker; an editor posts every 2 s while the
// readers poll as the page's script does. Same server work either way is the goal.
const { default: TickerDb } = await import("better-sqlite3");
const tickerCorpus = new TickerDb(corpusFile, { readonly: true });
const demoId = tickerCorpus.prepare(`SELECT id FROM "Article" WHERE slug = 'trump-geht-auf-putin-zu'`).get().id;
tickerCorpus.close();
await client.rawAction("startTickerAction", [demoId]);
const entry = (n) => ({ body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Eintrag ${n} um ${new Date().toISOString()}` }] }] }, quote: "", quoteBy: "", keyEvent: n % 5 === 0 });
const tickerSeconds = Math.max(12, Math.min(20, duration * 2));
const ticker = {};
for (const readers of [1, 1000]) {
  say(`live ticker: ${readers} reader(s) for ${tickerSeconds} s, an entry every 2 s`);
  ticker[readers] = await tickerLoad({ base: readBase, articleId: demoId, pagePath: DEMO, readers, seconds: tickerSeconds, post: (n) => client.rawAction("postEntryAction", [demoId, entry(n)]), pids: serverPids });
}
await client.rawAction("closeTickerAction", [demoId]);

// ---- 5. nginx: the machine's static limit, and the recipe -----------------------
let nginx = null;
if (has("nginx") && !cluster) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-nginx-"));
  // nginx workers run as an unprivileged user: they must be able to read and write here.
  fs.chmodSync(dir, 0o777);
  for (const sub of ["static", "cache", "tmp"]) fs.mkdirSync(path.join(dir, sub), { mode: 0o777 });
  fs.writeFileSync(path.join(dir, "static", "article.html"), await (await fetch(`${base}${DEMO}`)).text(), { mode: 0o644 });
  const recipe = fs
    .readFileSync("deploy/nginx.conf", "utf8")
    .replace("/var/cache/nginx/redaktion", path.join(dir, "cache"))
    .replace("127.0.0.1:3000", `127.0.0.1:${port}`)
    .replace("listen 8080;", "listen 127.0.0.1:3391;");
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 4096; }
http { access_log off; client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  default_type text/html;
  server { listen 127.0.0.1:3390; root ${dir}/static; location / { try_files $uri =404; } }
  ${recipe}
}`,
  );
  const proc = spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" });
  cleanups.push(() => proc.kill("SIGTERM"));
  await new Promise((res) => setTimeout(res, 1000));
  say("load: nginx static file, and the article through the recipe");
  const staticRun = await load("http://127.0.0.1:3390/article.html");
  const proxied = await load(`http://127.0.0.1:3391${DEMO}`);
  // Publish through the app, read through the proxy.
  const created = await action("saveArticleAction", [null, fields(`Durch den Proxy ${Date.now()}`)]);
  const start = performance.now();
  await action("publishArticleAction", [{ id: created.id, version: created.version }]);
  for (;;) {
    if ((await (await fetch("http://127.0.0.1:3391/")).text()).includes("Durch den Proxy")) break;
    if (performance.now() - start > 10_000) break;
    await new Promise((res) => setTimeout(res, 50));
  }
  nginx = { static: staticRun, proxied, proxiedRatio: proxied.rps / staticRun.rps, publishToVisibleMs: Math.round(performance.now() - start) };
  rows.push({ name: "article via nginx recipe", path: DEMO, ...proxied }, { name: "nginx static file (limit)", path: "/article.html", ...staticRun });
}

// ---- 5b. last, so its memory does not count for the reader loads above:
// a 20 MB camera photo through the real upload route: time and server memory.
async function cameraPhoto() {
  const { default: sharp } = await import("sharp");
  const [w, h] = [6000, 4000];
  const noise = Buffer.alloc(w * h * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i % (w * 3)) / 24 + ((i * 2654435761) >>> 27) * 4;
  return sharp(noise, { raw: { width: w, height: h, channels: 3 } }).jpeg({ quality: 95 }).withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 0/1" } }).toBuffer();
}
const photo = await cameraPhoto();
const rssBeforeUpload = rssMb();
let uploadPeak = rssBeforeUpload;
const uploadSampler = setInterval(() => (uploadPeak = Math.max(uploadPeak, rssMb())), 100);
t = performance.now();
const uploaded = await fetch(`${base}/api/media`, {
  method: "POST",
  headers: { "Content-Type": "application/octet-stream", "X-File-Name": "kamera.jpg", Origin: base, cookie: cookie() },
  body: photo,
});
const uploadMs = Math.round(performance.now() - t);
if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);
// Usable at the answer (master and thumbnail stored); the other variants follow in the background, the share image last.
const { media: uploadedMedia } = await uploaded.json();
const lastVariant = path.join(dataDir, "media", uploadedMedia.id, "r1", "share.jpg");
while (!fs.existsSync(lastVariant) && performance.now() - t < 60_000) await new Promise((res) => setTimeout(res, 20));
const readyMs = Math.round(performance.now() - t);
clearInterval(uploadSampler);
const upload = { bytes: photo.length, pixels: "6000×4000", ms: uploadMs, readyMs, rssBeforeMb: Math.round(rssBeforeUpload), rssPeakMb: Math.round(uploadPeak) };
say(`20 MB photo: ${(photo.length / 1048576).toFixed(1)} MB usable after ${uploadMs} ms, all variants after ${readyMs} ms, server RSS ${upload.rssBeforeMb} → ${upload.rssPeakMb} MB`);

// ---- 6. report -------------------------------------------------------------------
const article = rows.find((x) => x.name === "article");
const result = {
  at: new Date().toISOString(),
  cores: os.cpus().length,
  database,
  workers,
  instances,
  articles,
  rows,
  articleVsStatic: nginx ? +(article.rps / nginx.static.rps).toFixed(4) : null,
  proxiedVsStatic: nginx ? +nginx.proxiedRatio.toFixed(3) : null,
  searchP95Ms: p95(searchTimes),
  coldRenderMs: { articleP50: p50(coldArticle), articleP95: p95(coldArticle), sectionPageP50: p50(coldSection), sectionPageP95: p95(coldSection) },
  sitemap: singles,
  draftSaveP95Ms: Math.round(p95(saveTimes)),
  newsroomListMs: listTimes,
  contentApiColdPageMs: { p50: Math.round(p50(apiWalk)), p95: Math.round(p95(apiWalk)), pages: apiWalk.length },
  publishToVisibleMs: {
    app: Math.round(Math.max(...visible)),
    viaRecipe: nginx?.publishToVisibleMs ?? (cluster ? Math.round(Math.max(...visibleElsewhere.map((v) => v.proxied))) : null),
    otherServer: cluster ? Math.round(Math.max(...visibleElsewhere.map((v) => v.other))) : null,
  },
  rssPeakMb: Math.max(...rows.map((x) => x.rssPeakMb || 0)),
  upload,
  ticker,
};
const md = [
  `# Redaktion bench (${database}${workers !== "1" ? `, WORKERS=${workers}` : ""}${cluster ? `, ${instances} servers behind nginx` : ""}): ${articles.toLocaleString("en")} articles, ${result.cores} cores, ${result.at}`,
  "",
  "| what | path | req/s | p50 ms | p99 ms | errors | server RSS peak MB |",
  "|---|---|---:|---:|---:|---:|---:|",
  ...rows.map((x) => `| ${x.name} | ${x.path} | ${Math.round(x.rps)} | ${x.p50.toFixed(1)} | ${x.p99.toFixed(1)} | ${x.errors} | ${x.rssPeakMb || ""} |`),
  "",
  cluster
    ? `- every row above: through nginx (the recipe, micro-cache on) in front of ${instances} servers on PostgreSQL and Redis`
    : `- article (app alone) / nginx static: ${result.articleVsStatic ?? "n/a (no nginx)"}; through the recipe / static: ${result.proxiedVsStatic ?? "n/a"}`,
  `- uncached renders: article p50 ${p50(coldArticle)} ms / p95 ${p95(coldArticle)} ms (${coldArticle.length} articles across the corpus), section page 2–11 p50 ${p50(coldSection)} ms / p95 ${p95(coldSection)} ms`,
  `- search p95 (50 queries, cold pages): ${result.searchP95Ms} ms; sitemap page 1: ${singles.sitemapFirstPage.ms} ms, last page: ${singles.sitemapLastPage.ms} ms`,
  `- photo upload (${(upload.bytes / 1048576).toFixed(1)} MB JPEG, ${upload.pixels}, EXIF stripped): usable (master, thumbnail) after ${upload.ms} ms; all variants (20 AVIF/WebP files in 3 shapes, share image) after ${upload.readyMs} ms; server RSS ${upload.rssBeforeMb} MB before, ${upload.rssPeakMb} MB peak (npm run bench:uploads for p95s)`,
  ...[1, 1000].map((n) => {
    const x = ticker[n];
    return `- live ticker, ${n} reader${n > 1 ? "s" : ""} polling (${x.entries} entries in ${x.seconds} s): ${x.requestsPerSecond} req/s, ${Math.round(x.hitRatio * 100)} % from cache, ${x.rendersPerEntry} renders per entry, server CPU ${x.serverCpuPerEntry} s per entry, entry seen after p50 ${x.seenMs.p50} / p95 ${x.seenMs.p95} / max ${x.seenMs.max} ms, ${x.errors} errors`;
  }),
  `- 1,000 ticker readers cost ${(ticker[1000].serverCpuSeconds / Math.max(0.01, ticker[1].serverCpuSeconds)).toFixed(1)}× the server CPU of 1 reader`,
  `- Content API, ${apiWalk.length} list pages of 20 nobody asked for yet (a cursor walk): p50 ${result.contentApiColdPageMs.p50} ms / p95 ${result.contentApiColdPageMs.p95} ms`,
  `- newsroom article list, p50/p95 ms: ${Object.entries(listTimes).map(([k, v]) => `${k} ${v.p50}/${v.p95}`).join(", ")}`,
  `- draft save p95 (60 saves): ${result.draftSaveP95Ms} ms; publish-to-visible (worst of 5): ${result.publishToVisibleMs.app} ms on the publishing server, ${result.publishToVisibleMs.viaRecipe ?? "n/a"} ms through the recipe${cluster ? `, ${result.publishToVisibleMs.otherServer} ms on the other server` : ""}`,
];
fs.mkdirSync("bench/results", { recursive: true });
const stamp = `${database}${workers !== "1" ? `-w${workers}` : ""}${cluster ? `-x${instances}` : ""}-${articles}-${result.at.replace(/[:.]/g, "-")}`;
if (process.env.BENCH_RESULT_FILE) fs.writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result));
fs.writeFileSync(`bench/results/bench-${stamp}.json`, JSON.stringify(result, null, 2));
fs.writeFileSync(`bench/results/bench-${stamp}.md`, md.join("\n") + "\n");
console.log(md.join("\n"));
process.exit(0);
