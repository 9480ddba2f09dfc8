#!/usr/bin/env node
// `npm run bench:collab`: co-editing's speed and size, with simulated editors
// (the editor's own provider, in Node, over real WebSockets to the production
// server started as `npm start` does).
//
// 1. 20 editors in one article, each typing 5 characters a second into the
//    body for --seconds (default 30): how long a keystroke takes to reach each
//    of the others (p50, p95, p99), the server's CPU per editor, its memory
//    with the document open.
// 2. A document after 10,000 edits (typed and deleted one character at a time):
//    its stored size, and how long a newcomer takes from joining to holding it
//    (the server loads it from the database first), median of five.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import Database from "better-sqlite3";
import WebSocket from "ws";
import * as Y from "yjs";
import { newsroomClient } from "./client.mjs";
import { option, processTree, rssMbOf, seededDataDir, startServer } from "./harness.mjs";
import { ADMIN } from "./seed.mjs";
import { cpuSeconds } from "./ticker.mjs";

const say = (m) => console.log(`[collab] ${m}`);
const EDITORS = option("editors", 20);
const SECONDS = option("seconds", 30);
const port = option("port", 3380);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]) : NaN;
};

const { env, file } = await seededDataDir("collab", 200);
const { server, base } = await startServer({ env, port, stdio: ["ignore", "ignore", "inherit"] });
const pids = () => processTree([server.pid]);
const rssMb = () => rssMbOf(pids());

const client = newsroomClient(base);
await client.signIn(ADMIN.email, ADMIN.password);
const cookie = client.cookie();
const db = new Database(file, { readonly: true });
const [first, second] = db.prepare(`SELECT "id" FROM "Article" WHERE "status" = 'PUBLISHED' ORDER BY "id" LIMIT 2`).all().map((a) => a.id);
db.close();

/** One editor: the provider the editor page runs, with the session cookie a browser sends. */
function editor(articleId) {
  const doc = new Y.Doc();
  class Socket extends WebSocket {
    constructor(url, protocols) {
      super(url, protocols, { headers: { cookie, origin: base } });
    }
  }
  const websocketProvider = new HocuspocusProviderWebsocket({ url: `${base.replace("http", "ws")}/collab`, WebSocketPolyfill: Socket });
  const provider = new HocuspocusProvider({ websocketProvider, name: `article:${articleId}`, document: doc, token: "session" });
  provider.attach();
  const synced = new Promise((resolve) => provider.on("synced", resolve));
  return { doc, provider, synced, leave: () => (provider.destroy(), websocketProvider.destroy()) };
}

const textOf = (doc) => {
  const paragraph = doc.getXmlFragment("body").get(0);
  if (paragraph.length === 0) paragraph.insert(0, [new Y.XmlText()]);
  return paragraph.get(0);
};

// 1. Twenty editors typing.
say(`part 1: ${EDITORS} editors typing 5 characters a second for ${SECONDS} s`);
const rssBefore = rssMb();
const editors = Array.from({ length: EDITORS }, () => editor(first));
await Promise.all(editors.map((e) => e.synced));
const sent = new Map(); // "client:clock" → when it was typed
const latencies = [];
for (const e of editors) {
  e.doc.on("update", (update, origin) => {
    if (origin === null || origin === e.doc) return; // its own typing
    const now = performance.now();
    for (const struct of Y.decodeUpdate(update).structs) {
      const at = sent.get(`${struct.id.client}:${struct.id.clock}`);
      if (at !== undefined) latencies.push(now - at);
    }
  });
}
const cpuBefore = cpuSeconds(pids());
const started = performance.now();
let typed = 0;
await Promise.all(
  editors.map(async (e, i) => {
    await sleep(i * (200 / EDITORS)); // not all in the same millisecond
    while (performance.now() - started < SECONDS * 1000) {
      const text = textOf(e.doc);
      sent.set(`${e.doc.clientID}:${Y.getState(e.doc.store, e.doc.clientID)}`, performance.now());
      text.insert(Math.floor(Math.random() * (text.length + 1)), String.fromCharCode(97 + ((typed++ + i) % 26)));
      await sleep(200);
    }
  }),
);
await sleep(1500);
const cpu = cpuSeconds(pids()) - cpuBefore;
const rssOpen = rssMb();
const texts = new Set(editors.map((e) => textOf(e.doc).toString()));
say(`typed ${typed} characters; every editor holds the same text: ${texts.size === 1} (${[...texts][0]?.length ?? 0} characters)`);
say(`keystroke to the others: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, p99 ${percentile(latencies, 99)} ms (${latencies.length} deliveries)`);
say(`server CPU: ${((cpu / SECONDS) * 100).toFixed(1)} % of one core for ${EDITORS} editors (${((cpu / SECONDS / EDITORS) * 1000).toFixed(1)} ms per editor per second)`);
say(`server memory: ${rssBefore.toFixed(0)} MB before, ${rssOpen.toFixed(0)} MB with the document open and ${EDITORS} connections`);
editors.forEach((e) => e.leave());

// 2. A document after 10,000 edits.
say("part 2: a document after 10,000 edits");
const writer = editor(second);
const observer = editor(second);
await Promise.all([writer.synced, observer.synced]);
const run = textOf(writer.doc);
const burstCpu = cpuSeconds(pids());
const clientCpu = process.cpuUsage();
for (let i = 0; i < 5000; i++) {
  run.insert(run.length, "x");
  if (i % 500 === 499) await sleep(10);
}
for (let i = 0; i < 5000; i++) {
  run.delete(run.length - 1, 1);
  if (i % 500 === 499) await sleep(10);
}
run.insert(run.length, " Ende.");
// Every edit through the server to another editor, and acknowledged, before the editor leaves.
const sentAt = performance.now();
while (!textOf(observer.doc).toString().endsWith(" Ende.")) await sleep(5);
const seenAfter = performance.now() - sentAt;
while (writer.provider.hasUnsyncedChanges) await sleep(20);
say(`the other editor had all 10,000 edits ${Math.round(seenAfter)} ms after the last was typed`);
const clientUsed = process.cpuUsage(clientCpu);
say(`10,000 edits sent in one burst: all acknowledged ${Math.round(performance.now() - sentAt)} ms after the last; server CPU ${(cpuSeconds(pids()) - burstCpu).toFixed(1)} s, this client's ${((clientUsed.user + clientUsed.system) / 1e6).toFixed(1)} s`);
writer.leave();
observer.leave();
// Stored when the last one leaves; then the server lets the document go.
await sleep(3000);
const stored = new Database(file, { readonly: true }).prepare(`SELECT length("state") AS bytes FROM "ArticleDocument" WHERE "articleId" = ?`).get(second);
say(`stored: ${stored?.bytes ?? "?"} bytes after 10,000 edits`);
const opens = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const newcomer = editor(second);
  await newcomer.synced;
  opens.push(performance.now() - t);
  if (!textOf(newcomer.doc).toString().endsWith(" Ende.")) throw new Error(`the newcomer does not hold the typed text: …${textOf(newcomer.doc).toString().slice(-80)}`);
  newcomer.leave();
  await sleep(2500); // unloaded again: the next one loads it from the database
}
say(`newcomer joins to holding it: median ${percentile(opens, 50)} ms (${opens.map((ms) => Math.round(ms)).join(", ")} ms)`);
process.exit(0);
