// The one logger: structured lines (one JSON object per line, UTC times) on
// stdout, errors on stderr, below LOG_LEVEL dropped, values under keys that
// look secret never written. The app (src/lib/log.ts), the shared cache, the
// front door and the start sequence all write through it; on a terminal
// server/log-format.mjs shows the same lines readably.
import { config } from "./config.mjs";
import { formatEntry, logStyle, outputRouted } from "./log-format.mjs";

const SECRET_KEY = /pass(word)?|secret|token|hash|cookie|authorization/i;
const RANK = { info: 0, warn: 1, error: 2, silent: 3 };

/** @param {unknown} value @param {number} [depth] @returns {unknown} */
function redact(value, depth = 0) {
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEY.test(key) ? "[redacted]" : redact(v, depth + 1);
  return out;
}

/** LOG_LEVEL from the configuration; "info" while the configuration itself cannot be read (so that can be logged). */
function threshold() {
  try {
    return RANK[/** @type {keyof typeof RANK} */ (config().logLevel)] ?? RANK.info;
  } catch {
    return RANK.info;
  }
}

/** Fields every line of this process carries (a worker's number). @type {Record<string, unknown>} */
const processFields = process.env.WORKER_INDEX ? { worker: Number(process.env.WORKER_INDEX) + 1 } : {};

/**
 * @param {"info" | "warn" | "error"} level
 * @param {string} event what happened, as a dotted name ("cache.purge-not-sent")
 * @param {Record<string, unknown>} [fields]
 */
export function write(level, event, fields = {}) {
  if (RANK[level] < threshold()) return;
  const entry = { time: new Date().toISOString(), level, event, ...processFields, .../** @type {Record<string, unknown>} */ (redact(fields)) };
  const stream = level === "error" ? process.stderr : process.stdout;
  // Routed output formats every line itself; before that (the start sequence) the entry is formatted here.
  const style = outputRouted() ? "json" : logStyle();
  stream.write(formatEntry(entry, style, style === "pretty" && !!stream.isTTY));
}

export const log = {
  /** @param {string} event @param {Record<string, unknown>} [fields] */
  info: (event, fields) => write("info", event, fields),
  /** @param {string} event @param {Record<string, unknown>} [fields] */
  warn: (event, fields) => write("warn", event, fields),
  /** @param {string} event @param {Record<string, unknown>} [fields] */
  error: (event, fields) => write("error", event, fields),
};

/**
 * A step of starting or stopping, said in words: `{"event":"start","message":…}`.
 * @param {string} message @param {"info" | "warn" | "error"} [level]
 */
export function say(message, level = "info") {
  write(level, "start", { message });
}
