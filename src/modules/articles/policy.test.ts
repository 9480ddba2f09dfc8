import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { can, type ArticleAction } from "./policy";

const roles: Role[] = ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"];
const me = (role: Role) => ({ id: "me", role });
const mine = (status = "DRAFT") => ({ authorId: "me", status });
const theirs = (status = "DRAFT") => ({ authorId: "someone-else", status });

// The expected matrix, written out: role → action → [own draft, own published, other's draft].
const expected: Record<Role, Record<Exclude<ArticleAction, "article.create">, [boolean, boolean, boolean]>> = {
  ADMIN: { "article.view": [true, true, true], "article.update": [true, true, true], "article.publish": [true, true, true], "article.unpublish": [true, true, true] },
  EDITOR: { "article.view": [true, true, true], "article.update": [true, true, true], "article.publish": [true, true, true], "article.unpublish": [true, true, true] },
  AUTHOR: { "article.view": [true, true, false], "article.update": [true, false, false], "article.publish": [false, false, false], "article.unpublish": [false, false, false] },
  CONTRIBUTOR: { "article.view": [true, true, false], "article.update": [true, false, false], "article.publish": [false, false, false], "article.unpublish": [false, false, false] },
};

describe("article permissions", () => {
  for (const role of roles) {
    it(`${role} may create articles`, () => expect(can(me(role), "article.create")).toBe(true));
    for (const [action, [ownDraft, ownPublished, othersDraft]] of Object.entries(expected[role])) {
      it(`${role} × ${action}`, () => {
        const a = action as ArticleAction;
        expect(can(me(role), a, mine("DRAFT"))).toBe(ownDraft);
        expect(can(me(role), a, mine("PUBLISHED"))).toBe(ownPublished);
        expect(can(me(role), a, theirs("DRAFT"))).toBe(othersDraft);
      });
    }
  }
});
