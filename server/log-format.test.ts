import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { entryOf, formatEntry } from "./log-format.mjs";

describe("one log format", () => {
  it("keeps our JSON entries and wraps anything else as one, keeping warnings and errors", () => {
    expect(entryOf('{"time":"2026-12-01T05:00:00.000Z","level":"info","event":"start","message":"Serving"}')).toMatchObject({ event: "start", message: "Serving" });
    expect(entryOf("\u001b[33m⚠\u001b[39m The \"middleware\" file convention is deprecated")).toMatchObject({ level: "warn", event: "output", message: 'The "middleware" file convention is deprecated' });
    expect(entryOf(" ⨯ Error: boom", "info")).toMatchObject({ level: "error", message: "Error: boom" });
    expect(entryOf("   ▲ Next.js 16.4.6", "info", "next.build")).toMatchObject({ level: "info", event: "next.build", message: "Next.js 16.4.6" });
  });

  it("shows an entry readably for people, and as one JSON line for machines", () => {
    const entry = { time: "2026-12-01T05:40:12.345Z", level: "warn", event: "request.refused", message: "", path: "/x", status: 400 };
    expect(formatEntry(entry, "pretty")).toBe("05:40:12 warn  request.refused    path=/x status=400\n");
    expect(JSON.parse(formatEntry(entry, "json"))).toEqual(entry);
  });

  it("turns everything a server process prints into JSON lines when it is not on a terminal", () => {
    const script = `
      import { routeOutput } from "./server/log-format.mjs";
      routeOutput("json");
      console.log(JSON.stringify({ time: "t", level: "info", event: "ours" }));
      console.log("   ▲ Next.js 16.4.6");
      console.warn(" ⚠ something to look at");
      process.stdout.write("partial ");
      process.stdout.write("line\\n");
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { event: string; message?: string; level: string });
    expect(out.map((e) => e.event)).toEqual(["ours", "output", "output"]);
    expect(out[1]!.message).toBe("Next.js 16.4.6");
    expect(out[2]!.message).toBe("partial line");
    const err = JSON.parse(run.stderr.trim()) as { level: string; message: string };
    expect(err).toMatchObject({ level: "warn", message: "something to look at" });
  });
});
