import { describe, expect, it } from "vitest";
import { berlinInputToUtc, formatDateTimeDe, formatDeskTime, toBerlinInputValue } from "./dates";

describe("Berlin wall time", () => {
  it("converts winter and summer times to UTC", () => {
    expect(berlinInputToUtc("2026-11-27T10:00")?.toISOString()).toBe("2026-11-27T09:00:00.000Z");
    expect(berlinInputToUtc("2026-07-01T10:00")?.toISOString()).toBe("2026-07-01T08:00:00.000Z");
  });
  it("round-trips", () => {
    const instant = new Date("2026-03-29T01:30:00Z"); // just after the spring change
    expect(berlinInputToUtc(toBerlinInputValue(instant))?.toISOString()).toBe(instant.toISOString());
  });
  it("keeps seconds when the input has them", () => {
    expect(berlinInputToUtc("2026-11-27T10:00:30")?.toISOString()).toBe("2026-11-27T09:00:30.000Z");
  });
  it("refuses malformed input", () => {
    expect(berlinInputToUtc("27.11.2026 10:00")).toBeNull();
  });
  it("formats reader dates in German, Berlin time", () => {
    expect(formatDateTimeDe("2026-11-27T09:05:00Z")).toBe("27. November 2026 um 10:05 Uhr");
  });
});

describe("how long something has waited", () => {
  it("in minutes, hours, then days, in the newsroom's language", async () => {
    const { formatWaiting } = await import("./dates");
    expect(formatWaiting(20_000, "de")).toBe("1 Minute");
    expect(formatWaiting(12 * 60_000, "de")).toBe("12 Minuten");
    expect(formatWaiting(3 * 3600_000 + 5 * 60_000, "de")).toBe("3 Stunden");
    expect(formatWaiting(3 * 86_400_000, "de")).toBe("3 Tage");
    expect(formatWaiting(12 * 60_000, "en")).toBe("12 minutes");
    expect(formatWaiting(3 * 3600_000, "en")).toBe("3 hours");
  });
});

describe("the desk's times", () => {
  it("say only the time for today in Berlin, the date too otherwise", () => {
    const now = new Date("2026-12-07T22:30:00Z"); // 23:30 in Berlin
    expect(formatDeskTime("2026-12-07T22:05:00Z", "de", now)).toBe("23:05");
    expect(formatDeskTime("2026-12-07T22:05:00Z", "en", now)).toBe("23:05");
    // 00:10 in Berlin is tomorrow there, though still the 7th in UTC.
    expect(formatDeskTime("2026-12-07T23:10:00Z", "de", now)).toBe("08.12.2026, 00:10");
    expect(formatDeskTime("2026-12-06T09:00:00Z", "en", now)).toBe("06 Dec 2026, 10:00");
  });
});
