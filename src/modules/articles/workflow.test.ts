import { inEnglish, inGerman } from "@/i18n/testing";
import { describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/generated/prisma/enums";
import { ConflictError } from "@/lib/errors";
import { allowedTransitions, checkTransition, TRANSITIONS, type TransitionName } from "./workflow";

const statuses: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "TRASHED"];

// The machine as the workflow issue states it.
const expected: Record<ArticleStatus, TransitionName[]> = {
  DRAFT: ["submit", "publish", "schedule", "trash"],
  IN_REVIEW: ["withdraw", "requestChanges", "publish", "schedule", "trash"],
  SCHEDULED: ["publish", "schedule", "unschedule", "trash"],
  PUBLISHED: ["unpublish", "trash"],
  UNPUBLISHED: ["reopen", "trash"],
  TRASHED: ["untrash"],
};

describe("article status machine", () => {
  it.each(statuses)("from %s only the listed transitions exist", (status) => {
    expect(allowedTransitions(status).sort()).toEqual([...expected[status]].sort());
  });

  it("refuses every other transition with a message naming both", () => {
    let refused = 0;
    for (const status of statuses) {
      for (const name of Object.keys(TRANSITIONS) as TransitionName[]) {
        if (expected[status].includes(name)) continue;
        expect(() => checkTransition(name, status)).toThrow(ConflictError);
        try {
          checkTransition(name, status);
        } catch (error) {
          expect(inEnglish((error as Error).message)).toMatch(/^You cannot .+ an article that is .+\.$/);
          expect(inGerman((error as Error).message)).toMatch(/^Einen Artikel im Status „.+“ kann man nicht .+\.$/);
        }
        refused++;
      }
    }
    expect(refused).toBe(6 * 10 - 18); // 18 legal moves among 10 transitions from 6 states
  });

  it("ends where the issue says", () => {
    expect(TRANSITIONS.submit.to).toBe("IN_REVIEW");
    expect(TRANSITIONS.requestChanges.to).toBe("DRAFT");
    expect(TRANSITIONS.unpublish.to).toBe("UNPUBLISHED");
    expect(TRANSITIONS.reopen.to).toBe("DRAFT");
  });
});
