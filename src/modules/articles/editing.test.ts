import { describe, expect, it } from "vitest";
import { AUTOSAVE_MERGE_MS, LOCK_TTL_MS, lockState, mergesInto } from "./editing";

const t0 = new Date("2026-11-27T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

describe("autosave retention", () => {
  const autosave = { kind: "AUTOSAVE", authorId: "ada", createdAt: t0 };
  it("merges an editor's autosaves within 10 minutes", () => {
    expect(mergesInto(autosave, "ada", later(60_000))).toBe(true);
    expect(mergesInto(autosave, "ada", later(AUTOSAVE_MERGE_MS - 1))).toBe(true);
  });
  it("starts a new revision after 10 minutes, for another editor, or after any other kind", () => {
    expect(mergesInto(autosave, "ada", later(AUTOSAVE_MERGE_MS))).toBe(false);
    expect(mergesInto(autosave, "bert", later(1000))).toBe(false);
    for (const kind of ["SAVE", "PUBLISH", "RESTORE", "CREATE"]) {
      expect(mergesInto({ ...autosave, kind }, "ada", later(1000))).toBe(false);
    }
    expect(mergesInto(null, "ada", t0)).toBe(false);
  });
});

describe("editing lock", () => {
  const lock = { userId: "ada", clientId: "tab-1", heartbeatAt: t0 };
  it("belongs to its tab while the heartbeat is fresh", () => {
    expect(lockState(lock, "ada", "tab-1", later(1000))).toBe("mine");
    expect(lockState(lock, "ada", "tab-2", later(1000))).toBe("held");
    expect(lockState(lock, "bert", "tab-9", later(LOCK_TTL_MS))).toBe("held");
  });
  it("expires two minutes after the last heartbeat", () => {
    expect(lockState(lock, "bert", "tab-9", later(LOCK_TTL_MS + 1))).toBe("free");
    expect(lockState(null, "bert", "tab-9", t0)).toBe("free");
  });
});
