// The front door's half of the policy (server/csp.mjs): hashes of a page's
// inline scripts, put in place of 'unsafe-inline'.
import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC = /\bsrc\s*=/i;
const TYPE = /\btype\s*=\s*["']?([^"'\s>]+)/i;
const EXECUTABLE = new Set(["", "text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript"]);

/** 'sha256-…' for every inline script in the page that a browser would run (JSON-LD and other data blocks are not). */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue;
    const type = (TYPE.exec(attributes)?.[1] ?? "").toLowerCase();
    if (!EXECUTABLE.has(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The policy with 'unsafe-inline' in script-src replaced by the hashes; null when there is nothing to replace. */
export function withScriptHashes(policy, hashes) {
  if (typeof policy !== "string") return null;
  const directives = policy.split(";").map((d) => d.trim());
  const i = directives.findIndex((d) => d.startsWith("script-src ") && d.split(/\s+/).includes("'unsafe-inline'"));
  if (i === -1) return null;
  const sources = directives[i].split(/\s+/).filter((s) => s !== "'unsafe-inline'");
  directives[i] = [...sources, ...hashes].join(" ");
  return directives.join("; ");
}
