import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { articleViewFilter, can, PERMISSIONS, type Permission } from "./policy";

const roles: Role[] = ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"];
const statuses = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "TRASHED"] as const;
const me = (role: Role) => ({ id: "me", role });

// The whole matrix written out as docs/editor.md states it: for each permission and
// role, which statuses of an OWN article and of SOMEONE ELSE's article allow it.
type Expect = { own: readonly string[]; others: readonly string[] };
const all = statuses;
const none: readonly string[] = [];
const notInReview = ["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "TRASHED"];
// What can be edited: everything but the trash.
const live = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"];
const liveNotInReview = ["DRAFT", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"];
const E = (own: readonly string[], others: readonly string[]): Expect => ({ own, others });

type Global = "article.create" | "review.queue" | "taxonomy.manage" | "user.manage" | "audit.view" | "media.upload" | "media.deleteInUse" | "breaking.manage" | "front.manage" | "page.manage" | "article.purge" | "integrations.manage";
const matrix: Record<Exclude<Permission, Global>, Record<Role, Expect>> = {
  "article.view": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(all, none), CONTRIBUTOR: E(all, none) },
  "article.update": { ADMIN: E(live, live), EDITOR: E(live, live), AUTHOR: E(liveNotInReview, none), CONTRIBUTOR: E(["DRAFT"], none) },
  "article.submit": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(all, none), CONTRIBUTOR: E(all, none) },
  // Only the author takes an article back from review (editors send others' back with a comment).
  "article.withdraw": { ADMIN: E(all, none), EDITOR: E(all, none), AUTHOR: E(all, none), CONTRIBUTOR: E(all, none) },
  "article.requestChanges": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(none, none), CONTRIBUTOR: E(none, none) },
  "article.publish": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(notInReview, none), CONTRIBUTOR: E(none, none) },
  "article.schedule": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(notInReview, none), CONTRIBUTOR: E(none, none) },
  "article.unpublish": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(all, none), CONTRIBUTOR: E(none, none) },
  "article.reopen": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(all, none), CONTRIBUTOR: E(none, none) },
  "article.changeAuthor": { ADMIN: E(live, live), EDITOR: E(live, live), AUTHOR: E(none, none), CONTRIBUTOR: E(none, none) },
  "article.trash": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(notInReview, none), CONTRIBUTOR: E(["DRAFT"], none) },
  "article.untrash": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(all, none), CONTRIBUTOR: E(all, none) },
  // Images have no status; "own" is the uploader.
  "media.edit": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(all, none), CONTRIBUTOR: E(all, none) },
  "media.delete": { ADMIN: E(all, all), EDITOR: E(all, all), AUTHOR: E(all, none), CONTRIBUTOR: E(all, none) },
  // Posting to an article's live ticker follows publishing it.
  "live.post": { ADMIN: E(live, live), EDITOR: E(live, live), AUTHOR: E(liveNotInReview, none), CONTRIBUTOR: E(none, none) },
};

describe("permission table: articles", () => {
  for (const [permission, byRole] of Object.entries(matrix)) {
    for (const role of roles) {
      it(`${role} × ${permission}`, () => {
        for (const status of statuses) {
          const p = permission as Permission;
          expect(can(me(role), p, { authorId: "me", status }), `own ${status}`).toBe(byRole[role].own.includes(status));
          expect(can(me(role), p, { authorId: "other", status }), `other's ${status}`).toBe(byRole[role].others.includes(status));
        }
      });
    }
  }
});

describe("permission table: the rest", () => {
  const expected: Record<string, Role[]> = {
    "article.create": ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"],
    "review.queue": ["ADMIN", "EDITOR"],
    "taxonomy.manage": ["ADMIN", "EDITOR"],
    "user.manage": ["ADMIN"],
    "audit.view": ["ADMIN"],
    "article.purge": ["ADMIN"],
    "integrations.manage": ["ADMIN"],
    "media.upload": ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"],
    "media.deleteInUse": ["ADMIN", "EDITOR"],
    "breaking.manage": ["ADMIN", "EDITOR"],
    "front.manage": ["ADMIN", "EDITOR"],
    "page.manage": ["ADMIN", "EDITOR"],
  };
  for (const [permission, allowed] of Object.entries(expected)) {
    it(`${permission}: ${allowed.join(", ")}`, () => {
      for (const role of roles) expect(can(me(role), permission as Permission)).toBe(allowed.includes(role));
    });
  }
  it("covers every permission", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...Object.keys(matrix), ...Object.keys(expected)].sort());
  });
});

describe("the view rule as a query filter", () => {
  // The filter, applied to an article, must say exactly what "article.view" says, for every role and status.
  const matches = (filter: { authorId?: string }, article: { authorId: string }) => filter.authorId === undefined || filter.authorId === article.authorId;
  for (const role of roles) {
    it(`${role}: the filter agrees with article.view`, () => {
      for (const status of statuses) {
        for (const authorId of ["me", "someone-else"]) {
          expect(matches(articleViewFilter(me(role)), { authorId })).toBe(can(me(role), "article.view", { authorId, status }));
        }
      }
    });
  }
});

describe("refusals", () => {
  it("name what was refused: every permission has its own sentence, in both languages", async () => {
    const { assertCan } = await import("./policy");
    const { inEnglish, inGerman } = await import("@/i18n/testing");
    const { makeActor } = await import("../auth/actor");
    const nobody = makeActor({ id: "x", role: "CONTRIBUTOR", name: "X", email: "x@example.org", ip: "127.0.0.1" });
    const said = new Map<string, Permission>();
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      let message = "";
      try {
        assertCan(nobody, permission, { authorId: "someone else", status: "IN_REVIEW" });
        continue; // contributors may (creating, uploading): nothing refused
      } catch (error) {
        message = (error as Error).message;
      }
      const english = inEnglish(message);
      expect(english, permission).not.toMatch(/^access\./);
      expect(inGerman(message), permission).not.toBe(english);
      expect(said.get(english), `${permission} says the same as ${said.get(english)}`).toBeUndefined();
      said.set(english, permission);
    }
    expect(inEnglish((() => { try { assertCan(nobody, "integrations.manage"); } catch (e) { return (e as Error).message; } return ""; })())).toMatch(/API keys and webhooks/);
  });
});
