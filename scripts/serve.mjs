// The production server: Next's request handler behind the front cache
// (src/lib/front-cache.mjs). A hit is answered here; everything else, and
// every miss, goes to Next as `next start` would send it.
import http from "node:http";
import { FRONT_TTL_HEADER, processFrontCache, keyFor } from "../src/lib/front-cache.mjs";

export async function serve({ dir, hostname, port, log }) {
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname, port: Number(port) });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = process.env.FRONT_CACHE === "off" ? null : processFrontCache();

  const server = http.createServer((req, res) => {
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
      if (req.method === "GET") capture(res, key, cache);
    }
    handle(req, res).catch((error) => {
      log(`request failed: ${error?.message ?? error}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Interner Fehler");
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(Number(port), hostname, resolve);
  });
  // Finish what is in flight, then go; never hang on a slow client.
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return server;
}

/** Collects what Next writes, and stores it if the app marked it shareable. */
function capture(res, key, cache) {
  const startedAt = cache.begin();
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
  const keep = (chunk, encoding) => {
    if (chunk != null && typeof chunk !== "function") chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
  };
  res.write = (chunk, encoding, cb) => {
    keep(chunk, encoding);
    return write(chunk, encoding, cb);
  };
  res.end = (chunk, encoding, cb) => {
    keep(chunk, encoding);
    const result = end(chunk, encoding, cb);
    const headers = marked === undefined ? res.getHeaders() : { ...res.getHeaders(), [FRONT_TTL_HEADER]: marked };
    cache.set(key, startedAt, res.statusCode, headers, Buffer.concat(chunks));
    return result;
  };
}
