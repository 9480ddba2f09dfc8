// Structured log lines (one JSON object per line, UTC timestamps) on stdout.
// Values under keys that look secret are never written.
import { config } from "@server/config.mjs";

type Level = "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const SECRET_KEY = /pass(word)?|secret|token|hash|cookie|authorization/i;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Fields = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? "[redacted]" : redact(v, depth + 1);
  }
  return out;
}

const RANK = { info: 0, warn: 1, error: 2, silent: 3 } as const;

/** LOG_LEVEL from the configuration; "info" while the configuration itself cannot be read (so that can be logged). */
function threshold(): number {
  try {
    return RANK[config().logLevel];
  } catch {
    return RANK.info;
  }
}

function write(level: Level, event: string, fields: Fields = {}) {
  if (RANK[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...(redact(fields) as Fields) });
  if (level === "error") console.error(line);
  else console.log(line);
}

export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};
