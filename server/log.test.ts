import { afterEach, describe, expect, it, vi } from "vitest";
import { reloadConfig } from "./config.mjs";
import { log, say } from "./log.mjs";

function captured(run: () => void) {
  const lines: string[] = [];
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (lines.push(`stderr:${String(chunk)}`), true));
  try {
    run();
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return lines;
}

describe("the one logger", () => {
  const level = process.env.LOG_LEVEL;
  afterEach(() => {
    process.env.LOG_LEVEL = level;
    reloadConfig();
  });

  it("writes one JSON object per line, never a secret's value, errors on stderr", () => {
    process.env.LOG_LEVEL = "info";
    process.env.LOG_FORMAT = "json";
    reloadConfig();
    const lines = captured(() => {
      log.info("auth.signed-in", { email: "a@b.de", password: "geheim", nested: { sessionToken: "x", ok: 1 } });
      log.error("db.pool-error", { message: "weg" });
    });
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({ level: "info", event: "auth.signed-in", email: "a@b.de", password: "[redacted]", nested: { sessionToken: "[redacted]", ok: 1 } });
    expect(Date.parse(first.time)).not.toBeNaN();
    expect(lines[1]).toMatch(/^stderr:\{.*"event":"db.pool-error"/);
  });

  it("drops what is below LOG_LEVEL; start steps are words under the event \"start\"", () => {
    process.env.LOG_LEVEL = "warn";
    process.env.LOG_FORMAT = "json";
    reloadConfig();
    const lines = captured(() => {
      log.info("quiet");
      say("Serving on http://localhost:3000", "warn");
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "warn", event: "start", message: "Serving on http://localhost:3000" });
  });
});
