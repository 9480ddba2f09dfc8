// One log format for everything a running server prints: our own JSON lines
// (src/lib/log.ts, server/start.mjs), Next's output and any library's. On a
// terminal the same entries are shown readably; elsewhere (a service manager,
// a log collector, a pipe) they stay one JSON object per line. LOG_FORMAT=json
// or LOG_FORMAT=pretty overrides the guess.

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const KEY = Symbol.for("redaktion.log-format");

/** "json" or "pretty": LOG_FORMAT, else pretty on a terminal. */
export function logStyle(env = process.env, stream = process.stdout) {
  if (env.LOG_FORMAT === "json" || env.LOG_FORMAT === "pretty") return env.LOG_FORMAT;
  return stream.isTTY ? "pretty" : "json";
}

/** Next's and others' plain lines as a log entry: warnings (⚠) and errors (⨯, Error) keep their level. */
export function entryOf(line, fallbackLevel = "info", event = "output") {
  const text = line.replace(ANSI, "").trimEnd();
  if (text.startsWith("{")) {
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed === "object" && typeof parsed.level === "string") return parsed;
    } catch {
      // not ours: wrapped below
    }
  }
  const bare = text.trim();
  const level = /^(⚠|warn)/i.test(bare) ? "warn" : /^(⨯|✗|error\b|Error:)/.test(bare) ? "error" : fallbackLevel;
  return { time: new Date().toISOString(), level, event, message: bare.replace(/^[⚠⨯✓○●ƒ▲]\s*/u, "") };
}

const COLOURS = { info: "\u001b[36m", warn: "\u001b[33m", error: "\u001b[31m" };

/** One entry as a line: JSON, or "12:40:03 info  start  Serving on … key=value" for people. */
export function formatEntry(entry, style, colour = false) {
  if (style === "json") return `${JSON.stringify(entry)}\n`;
  const { time, level, event, message, ...rest } = entry;
  const clock = typeof time === "string" ? time.slice(11, 19) : "";
  const extra = Object.entries(rest)
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" ");
  const tag = colour ? `${COLOURS[level] ?? ""}${String(level).padEnd(5)}\u001b[0m` : String(level).padEnd(5);
  return `${clock} ${tag} ${String(event ?? "").padEnd(18)} ${[message, extra].filter(Boolean).join("  ")}\n`;
}

/** Whether this process's output already goes through routeOutput (which formats every line). */
export function outputRouted() {
  return Boolean(globalThis[KEY]);
}

/**
 * From now on, every line this process writes to stdout or stderr is a log
 * entry in the chosen style: JSON lines pass through (or are shown readably),
 * anything else (Next's "⚠ …", a library's warning) is wrapped as one.
 */
export function routeOutput(style = logStyle()) {
  if (globalThis[KEY]) return;
  globalThis[KEY] = style;
  for (const [stream, level] of [
    [process.stdout, "info"],
    [process.stderr, "error"],
  ]) {
    const original = stream.write.bind(stream);
    const colour = style === "pretty" && !!stream.isTTY;
    let pending = "";
    stream.write = (chunk, encoding, callback) => {
      pending += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      const out = lines
        .filter((line) => line.replace(ANSI, "").trim())
        .map((line) => formatEntry(entryOf(line, level), style, colour))
        .join("");
      const done = typeof encoding === "function" ? encoding : callback;
      if (out) return original(out, done);
      if (typeof done === "function") done();
      return true;
    };
  }
}
