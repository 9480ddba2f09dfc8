// A live ticker under load: N readers poll its one shared address
// (/live/<id>.json) at the interval the server tells them, and fetch the page
// when the ticker changed, exactly as the reader page's script does, while an
// editor posts an entry every two seconds. Reports what the readers cost the
// server (requests, cache hits, renders, server CPU) and how soon they saw
// each entry.
import fs from "node:fs";

/** CPU seconds used so far by these processes (user + system). */
export function cpuSeconds(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks / 100;
}

/**
 * Runs `readers` readers for `seconds` while `post()` adds an entry every
 * `everyMs`; `pids()` lists the server's processes for the CPU figure.
 */
export async function tickerLoad({ base, articleId, pagePath, readers, seconds, everyMs = 2000, post, pids }) {
  const feedUrl = `${base}/live/${articleId}.json`;
  const stats = { requests: 0, hits: 0, misses: 0, pageFetches: 0, errors: 0, seen: [] };
  const posts = [];
  let stop = false;
  const get = async (url) => {
    const res = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    const body = await res.arrayBuffer();
    stats.requests++;
    if (["HIT", "SHARED"].includes(res.headers.get("x-front-cache") ?? "") || res.headers.get("x-cache-status") === "HIT") stats.hits++;
    else stats.misses++;
    if (!res.ok) stats.errors++;
    return body;
  };
  async function reader() {
    let shown = null;
    let delay = 1500;
    await new Promise((r) => setTimeout(r, Math.random() * delay)); // readers opened the page at different moments
    while (!stop) {
      try {
        const feed = JSON.parse(Buffer.from(await get(feedUrl)).toString("utf8"));
        if (shown !== null && feed.rev !== shown) {
          await get(`${base}${pagePath}`);
          stats.pageFetches++;
          const last = posts.filter((t) => t <= performance.now()).at(-1);
          if (last !== undefined) stats.seen.push(performance.now() - last);
        }
        shown = feed.rev;
        delay = feed.next ?? 60_000;
      } catch {
        stats.errors++;
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  const cpuBefore = cpuSeconds(pids());
  const started = performance.now();
  const all = Array.from({ length: readers }, reader);
  const poster = (async () => {
    while (performance.now() - started < seconds * 1000 - everyMs) {
      await new Promise((r) => setTimeout(r, everyMs));
      posts.push(performance.now());
      await post(posts.length);
    }
  })();
  await poster;
  await new Promise((r) => setTimeout(r, Math.max(0, seconds * 1000 - (performance.now() - started))));
  stop = true;
  const cpu = cpuSeconds(pids()) - cpuBefore;
  const elapsed = (performance.now() - started) / 1000;
  await Promise.race([Promise.all(all), new Promise((r) => setTimeout(r, 3000))]);
  const sorted = [...stats.seen].sort((a, b) => a - b);
  const pct = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN);
  return {
    readers,
    seconds: Math.round(elapsed),
    entries: posts.length,
    requestsPerSecond: Math.round(stats.requests / elapsed),
    hitRatio: +(stats.hits / Math.max(1, stats.requests)).toFixed(3),
    rendersPerEntry: +(stats.misses / Math.max(1, posts.length)).toFixed(1),
    serverCpuSeconds: +cpu.toFixed(2),
    serverCpuPerEntry: +(cpu / Math.max(1, posts.length)).toFixed(3),
    seenMs: { p50: pct(0.5), p95: pct(0.95), max: Math.round(sorted.at(-1) ?? NaN) },
    errors: stats.errors,
  };
}
