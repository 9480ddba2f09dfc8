// The Eilmeldung on a real database: only the desk sets and ends it, bad input
// names its field and changes nothing, one runs at a time, an article link
// must be published, and every change is audited with the tag that expires
// the banner's own address (and nothing else).
import { beforeAll, describe, expect, it } from "vitest";
import { fieldsInEnglish } from "@/i18n/testing";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { setBreakingNews, endBreakingNews } = await import("./service");
const { breakingNewsDesk } = await import("./queries");
const { makeActor } = await import("../auth/actor");
const { ForbiddenError, ValidationError } = await import("@/lib/errors");

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
let n = 0;
async function actor(role: Role) {
  const user = await db.user.create({ data: { name: `${role} ${++n}`, email: `br-${role}-${n}@example.org`, role, passwordHash: "x" } });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}
let published = "";
let draft = "";
beforeAll(async () => {
  const section = await db.section.create({ data: { name: "Politik", slug: "politik" } });
  const author = await actor("AUTHOR");
  const base = { teaser: "Vorspann", body: "{}", authorId: author.id, sectionId: section.id };
  published = (await db.article.create({ data: { ...base, headline: "Gipfel", slug: "gipfel", status: "PUBLISHED", publishedAt: new Date() } })).id;
  draft = (await db.article.create({ data: { ...base, headline: "Entwurf", slug: "entwurf" } })).id;
});

describe("breaking news", () => {
  it("the desk sets it with a link to a published article; a new one ends the old; ending is audited", async () => {
    const editor = await actor("EDITOR");
    const first = await setBreakingNews(editor, { text: "  Waffenruhe\nvereinbart ", articleId: published });
    expect(first.invalidate).toEqual(["site:breaking"]);
    const row = await db.breakingNews.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({ text: "Waffenruhe vereinbart", href: "/politik/gipfel", endedAt: null });
    const second = await setBreakingNews(editor, { text: "Regierung tritt zurück", href: "https://example.org/live", endsAt: new Date(Date.now() + 3600_000).toISOString() });
    expect((await db.breakingNews.findUniqueOrThrow({ where: { id: first.id } })).endedAt).not.toBeNull();
    const desk = await breakingNewsDesk(editor);
    expect(desk.running?.id).toBe(second.id);
    await endBreakingNews(editor, second.id);
    expect((await breakingNewsDesk(editor)).running).toBeNull();
    const audits = await db.auditEvent.findMany({ where: { targetId: { in: [first.id, second.id] } }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(audits.map((a) => a.action)).toEqual(["breaking.set", "breaking.set", "breaking.end"]);
  });

  it("names the field that is wrong and changes nothing", async () => {
    const editor = await actor("EDITOR");
    const before = await db.breakingNews.count();
    const fieldsOf = async (input: Record<string, unknown>) => {
      const error = await setBreakingNews(editor, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      return fieldsInEnglish((error as InstanceType<typeof ValidationError>).fieldErrors);
    };
    expect((await fieldsOf({ text: "", href: "/x" })).text).toEqual(["Text: write the one line readers see."]);
    expect((await fieldsOf({ text: "x".repeat(141), href: "/x" })).text?.[0]).toMatch(/at most 140/);
    expect((await fieldsOf({ text: "Eil", href: "" })).href).toEqual(["Link: pick an article or give an address."]);
    expect((await fieldsOf({ text: "Eil", href: "javascript:alert(1)" })).href?.[0]).toMatch(/Link: an address on this site/);
    expect((await fieldsOf({ text: "Eil", href: "//evil.test" })).href?.[0]).toMatch(/Link: an address on this site/);
    // A browser drops a tab or line break in a URL: "/\t/evil.example" would be followed as "//evil.example".
    for (const href of ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/x\u0000y", "https://evil.example/\u2028x", "/a b"]) {
      expect((await fieldsOf({ text: "Eil", href })).href?.[0], JSON.stringify(href)).toMatch(/Link: an address on this site/);
    }
    expect((await fieldsOf({ text: "Eil", articleId: draft })).articleId?.[0]).toMatch(/only a published article/);
    expect((await fieldsOf({ text: "Eil", href: "/x", endsAt: new Date(Date.now() - 1000).toISOString() })).endsAt?.[0]).toMatch(/at least a minute from now/);
    expect((await fieldsOf({ text: "Eil", href: "/x", endsAt: new Date(Date.now() + 8 * 86400_000).toISOString() })).endsAt?.[0]).toMatch(/seven days/);
    expect(await db.breakingNews.count()).toBe(before);
  });

  it("authors and contributors may neither set nor end it", async () => {
    const editor = await actor("EDITOR");
    const running = await setBreakingNews(editor, { text: "Eil", href: "/politik" });
    for (const role of ["AUTHOR", "CONTRIBUTOR"] as const) {
      const someone = await actor(role);
      await expect(setBreakingNews(someone, { text: "Gekapert", href: "/politik" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(endBreakingNews(someone, running.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await db.breakingNews.findUniqueOrThrow({ where: { id: running.id } })).endedAt).toBeNull();
  });
});
