// Log lines of the shared cache, in the app's format (src/lib/log.ts), which
// this plain JavaScript outside Next's bundles cannot import.
import { config } from "../config.mjs";

const RANK = { info: 0, warn: 1, error: 2, silent: 3 };

/** @param {"info" | "warn" | "error"} level @param {string} event @param {Record<string, unknown>} [fields] */
export function log(level, event, fields = {}) {
  let threshold = 0;
  try {
    threshold = RANK[config().logLevel] ?? 0;
  } catch {}
  if (RANK[level] < threshold) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "error") console.error(line);
  else console.log(line);
}
