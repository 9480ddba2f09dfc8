// The production server: Next's request handler behind the front cache
// (server/front-cache.mjs). A hit is answered here; everything else, and
// every miss, goes to Next as `next start` would send it.
import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import http from "node:http";
import zlib from "node:zlib";
import { config } from "./config.mjs";
import { FRONT_TTL_HEADER, processFrontCache, keyFor, replayable, ttlOf } from "./front-cache.mjs";
import { inlineScriptHashes, withScriptHashes } from "./csp-hashes.mjs";
import { isLeanPage, leanPage } from "./lean-page.mjs";
import { ACTION_BODY_LIMIT, checkActionBody, createFrontDoor, Refusal } from "./front-door.mjs";
import { beginShutdown } from "./lifecycle.mjs";
import { attachCollab } from "./collab.mjs";
import { sharedCache } from "./shared-cache/runtime.mjs";
import { routeOutput } from "./log-format.mjs";
import { log } from "./log.mjs";

export async function serve({ dir, hostname, port, log: say }) {
  // Whatever this process prints from here on is a log entry in the one format (a worker process too).
  routeOutput();
  // Next's cache: Redis for every server when configured (and answering: otherwise stop here), else this process.
  const shared = await sharedCache().start({ dir });
  say(shared.shared ? `Cache shared through Redis (${config().redis.display}), build ${shared.build}` : "Cache in this process (set REDIS_URL to share it between servers)");
  const { default: next } = await import("next");
  // Upgrades are ours (the collaboration server, server/collab.mjs): Next would attach its own upgrade handler
  // to this server on the first request and end every upgrade it has no rewrite for. It gets an emitter nobody fires.
  const app = next({ dev: false, dir, hostname, port: Number(port), httpServer: new EventEmitter() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const settings = config();
  const cache = settings.server.frontCache ? processFrontCache() : null;
  const door = createFrontDoor(settings);

  const server = http.createServer(async (req, res) => {
    const { address, refusal } = door.check(req);
    if (refusal) return refuse(req, res, refusal, address);
    if (req.headers["next-action"] && req.method === "POST") {
      // Read the action's body here (bounded) so a hostile one is answered 4xx, then hand Next a replay of it.
      const body = await readBounded(req, ACTION_BODY_LIMIT).catch(() => null);
      const bad = body === null ? new Refusal(413, "action-too-large", "The request is too large.") : checkActionBody(req.headers["content-type"], body);
      if (bad) return refuse(req, res, bad, address);
      req = replay(req, body);
    }
    applyStatusMark(res);
    const key = cache ? keyFor(req.method, req.url, req.headers) : null;
    if (key) {
      const hit = cache.get(key);
      if (hit) {
        res.writeHead(hit.status, {
          ...hit.headers,
          "content-length": hit.body.length,
          age: String(Math.floor((Date.now() - hit.storedAt) / 1000)),
          "x-front-cache": "HIT",
        });
        res.end(req.method === "HEAD" ? undefined : hit.body);
        return;
      }
      if (req.method === "GET") {
        // Someone is already getting this page from the app: wait for that answer instead of rendering it again
        // (a purge during breaking news, a ticker's readers all asking at once). Not if it began before a purge.
        const pending = inflight.get(key);
        if (pending && !cache.purgedSince(key, pending.startedAt)) {
          const answer = await Promise.race([pending.done, new Promise((resolve) => setTimeout(resolve, SHARE_WAIT_MS, null))]);
          if (answer) {
            res.writeHead(answer.status, { ...answer.headers, "content-length": answer.body.length, "x-front-cache": "SHARED" });
            res.end(answer.body);
            return;
          }
        }
        capture(res, key, cache);
      }
    }
    // After capture: the cache stores the page with its hashed policy.
    if (req.method === "GET") hashInlineScripts(res);
    handle(req, res).catch((error) => {
      say(`request failed: ${error?.message ?? error}`, "error");
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Interner Fehler");
    });
  });
  server.keepAliveTimeout = 65_000;
  // People typing into one article at once: WebSocket upgrades at /collab (server/collab.mjs).
  attachCollab(server, door);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port), hostname, resolve);
  });
  warmUp(hostname, port);
  // On SIGTERM: readiness (/api/health) answers 503 from now on, no new
  // connections are accepted, idle keep-alive ones are closed, the shutdown
  // hooks run (the scheduler gives up its lease), and what is in flight
  // finishes; never hang on a slow client.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    say("Stopping: finishing requests in flight");
    setTimeout(() => process.exit(0), 10_000).unref();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    Promise.all([closed, beginShutdown()]).then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return server;
}

/** One log line per refused request, no stack: it is the client's error, not ours. */
function refuse(req, res, refusal, address) {
  log.warn("request.refused", { method: req.method, path: String(req.url).slice(0, 200), ip: address, status: refusal.status, reason: refusal.reason });
  // What the client is still sending is read and dropped, so it gets the answer
  // instead of a broken pipe; past DRAIN_LIMIT the connection is cut.
  let drained = 0;
  req.on("data", (chunk) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket?.destroy();
  });
  req.resume();
  if (!res.headersSent) res.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end(refusal.message);
}

const DRAIN_LIMIT = 16 * 1024 * 1024;

/** The body, or null once it passes `limit` bytes. */
/**
 * Routes whose first request loads heavy modules (the image pipeline: sharp
 * and libvips, about 170 ms of loading that stops every other request): asked
 * for once right after the start, by a GET that does nothing, so the first
 * upload does not stall the readers being served at that moment.
 */
const WARM_UP = ["/api/media"];

function warmUp(hostname, port) {
  const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  for (const path of WARM_UP) {
    const request = http.get({ host, port: Number(port), path, headers: { "x-warm-up": "1" } }, (res) => res.resume());
    request.on("error", () => {});
    request.setTimeout(30_000, () => request.destroy());
  }
}

function readBounded(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * A request Next can read again: same socket, method, url and headers, the
 * body already read. Its stream is fed here, never from the socket (which has
 * delivered everything), so Next's own readers — the proxy's body clone, the
 * action decoder — see the same bytes and an end.
 */
function replay(original, body) {
  const copy = new http.IncomingMessage(original.socket);
  copy._read = () => {};
  copy.method = original.method;
  copy.url = original.url;
  copy.httpVersion = original.httpVersion;
  copy.httpVersionMajor = original.httpVersionMajor;
  copy.httpVersionMinor = original.httpVersionMinor;
  copy.headers = { ...original.headers, "content-length": String(body.length) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([name, value]) => (Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, String(value)]));
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * Holds an HTML page whose policy still allows 'unsafe-inline' scripts until
 * it is complete, then sends it with the hashes of its inline scripts in
 * place of 'unsafe-inline' (server/csp.mjs). Anything else passes at once.
 */
function hashInlineScripts(res) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const chunks = [];
  // null: not yet known; true: holding the page; false: passing through. The
  // wrappers stay in place either way: Next's compression wraps them in turn.
  let decided = null;
  const decide = () => {
    if (decided !== null) return decided;
    const type = String(res.getHeader("content-type") ?? "");
    decided = type.startsWith("text/html") && withScriptHashes(res.getHeader("content-security-policy"), []) !== null;
    return decided;
  };
  res.writeHead = (status, reason, headers) => {
    const fields = typeof reason === "object" && reason !== null ? reason : headers;
    res.statusCode = status;
    if (typeof reason === "string") res.statusMessage = reason;
    if (fields) for (const [name, value] of Array.isArray(fields) ? chunkPairs(fields) : Object.entries(fields)) res.setHeader(name, value);
    if (!decide()) return original.writeHead.call(res, res.statusCode);
    return res;
  };
  res.flushHeaders = () => {
    if (!decide()) original.flushHeaders.call(res);
  };
  res.write = (chunk, encoding, cb) => {
    if (!decide()) return original.write.call(res, chunk, encoding, cb);
    collect(chunks, chunk, encoding);
    const callback = typeof encoding === "function" ? encoding : cb;
    if (typeof callback === "function") process.nextTick(callback);
    return true;
  };
  res.end = (chunk, encoding, cb) => {
    if (!decide()) return original.end.call(res, chunk, encoding, cb);
    collect(chunks, chunk, encoding);
    let body = Buffer.concat(chunks);
    // Next's compression sits in front of this wrapper: read the page as the browser will.
    const contentEncoding = res.getHeader("content-encoding");
    let html = decoded(body, contentEncoding).toString("utf8");
    if (isLeanPage(html)) {
      // A reader page: without Next's scripts (server/lean-page.mjs), compressed again as Next had it.
      html = leanPage(html);
      body = encoded(Buffer.from(html, "utf8"), contentEncoding);
      res.setHeader("etag", `W/"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`);
    }
    const policy = withScriptHashes(res.getHeader("content-security-policy"), inlineScriptHashes(html));
    if (policy) res.setHeader("content-security-policy", policy);
    res.removeHeader("transfer-encoding");
    res.setHeader("content-length", body.length);
    // Headers were held back above (also when Node asked for them implicitly): send them now, then the page.
    original.writeHead.call(res, res.statusCode);
    const callback = [chunk, encoding, cb].find((a) => typeof a === "function");
    return original.end.call(res, body, callback);
  };
}

function encoded(body, encoding) {
  switch (String(encoding ?? "").toLowerCase()) {
    case "gzip":
      return zlib.gzipSync(body);
    case "deflate":
      return zlib.deflateSync(body);
    case "br":
      return zlib.brotliCompressSync(body);
    default:
      return body;
  }
}

function decoded(body, encoding) {
  switch (String(encoding ?? "").toLowerCase()) {
    case "gzip":
      return zlib.gunzipSync(body);
    case "deflate":
      return zlib.inflateSync(body);
    case "br":
      return zlib.brotliDecompressSync(body);
    default:
      return body;
  }
}

/** What a response wrapper saw written: Buffers as they are, strings in their encoding; callbacks are not data. */
function collect(chunks, chunk, encoding) {
  if (chunk != null && typeof chunk !== "function") chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
}

function chunkPairs(flat) {
  const pairs = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return pairs;
}

/**
 * Next cannot give a rewritten page a status of its own (vercel/next.js#50155):
 * proxy.ts marks it with this header (410 for a removed article, shown inside
 * the site's layout) and the server answers with that status. Never sent.
 */
export const STATUS_HEADER = "x-redaktion-status";

function applyStatusMark(res) {
  let marked = 0;
  const mark = (value) => {
    const status = Number(value);
    if (Number.isInteger(status) && status >= 400 && status < 600) marked = status;
  };
  const setHeader = res.setHeader.bind(res);
  const writeHead = res.writeHead.bind(res);
  res.setHeader = (name, value) => {
    if (String(name).toLowerCase() !== STATUS_HEADER) return setHeader(name, value);
    mark(value);
    res.statusCode = marked || res.statusCode;
    return res;
  };
  res.writeHead = (status, reason, headers) => {
    const fields = typeof reason === "object" && reason !== null ? reason : headers;
    if (fields && !Array.isArray(fields)) {
      for (const name of Object.keys(fields)) {
        if (name.toLowerCase() !== STATUS_HEADER) continue;
        mark(fields[name]);
        delete fields[name];
      }
    }
    const answer = marked && status === 200 ? marked : status;
    return typeof reason === "string" ? writeHead(answer, reason, headers) : writeHead(answer, reason);
  };
}

/** Collects what Next writes, and stores it if the app marked it shareable. */
/** Misses being answered by the app now, by cache key (nginx's proxy_cache_lock, in small). */
const inflight = new Map();
/** How long a request waits for another's answer before asking the app itself. */
const SHARE_WAIT_MS = 5000;

function capture(res, key, cache) {
  const startedAt = cache.begin();
  let settle;
  const mine = { startedAt, done: new Promise((resolve) => (settle = resolve)) };
  inflight.set(key, mine);
  const finish = (answer) => {
    if (inflight.get(key) === mine) inflight.delete(key);
    settle(answer);
  };
  res.on("close", () => finish(null));
  const chunks = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const setHeader = res.setHeader.bind(res);
  // The proxy's mark is for this cache only: kept aside, never sent.
  let marked;
  res.setHeader = (name, value) => {
    if (String(name).toLowerCase() === FRONT_TTL_HEADER) {
      marked = value;
      return res;
    }
    return setHeader(name, value);
  };
  res.write = (chunk, encoding, cb) => {
    collect(chunks, chunk, encoding);
    return write(chunk, encoding, cb);
  };
  res.end = (chunk, encoding, cb) => {
    collect(chunks, chunk, encoding);
    const result = end(chunk, encoding, cb);
    const headers = marked === undefined ? res.getHeaders() : { ...res.getHeaders(), [FRONT_TTL_HEADER]: marked };
    const body = Buffer.concat(chunks);
    cache.set(key, startedAt, res.statusCode, headers, body);
    // Whoever waited gets the same answer, if it is one to share (public, no cookie).
    finish(ttlOf(res.statusCode, headers) > 0 ? { status: res.statusCode, headers: replayable(headers), body } : null);
    return result;
  };
}
