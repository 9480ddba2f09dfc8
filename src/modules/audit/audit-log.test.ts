import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { inEnglish, inGerman } from "@/i18n/testing";
import { msg, type MessageKey } from "@/i18n/message";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { AUDIT_ACTIONS, actionKey, auditHref, parseAuditFilter } from "./filter";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { recordAudit } = await import("./service");
const { listAuditEvents, berlinDayStart } = await import("./queries");
const { makeActor } = await import("../auth/actor");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !e.name.includes(".test.") ? [full] : [];
  });
}

describe("the audit log's words", () => {
  it("has words in both languages for every event the code records", () => {
    const recorded = new Set<string>();
    for (const file of sources(path.resolve("src/modules"))) {
      // Lines that record an event: an action field, an audit option or helper call.
      const text = readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => /action: |audit[:(]|recordAudit/.test(line))
        .join("\n");
      for (const m of text.matchAll(/(?:action: |audit: |audit\(tx, actor, |\? |: )"((?:article|preview|breaking|front|live|page|media|section|tag|user|signin|apikey|webhook)\.[a-z-]+)"/g)) recorded.add(m[1]!);
    }
    expect(recorded.size).toBeGreaterThan(40); // the scan finds the events (it would pass vacuously otherwise)
    // Codes that are log lines or permission names, not audit events.
    for (const code of recorded) if (!/^(article\.(save|view|update|create|link-search|lock|heartbeat|created|saved)|media\.(search|uploaded|upload-failed|upload-throttled|cleanup-failed|edit)|user\.manage|front\.(manage|save)|breaking\.manage|page\.manage)$/.test(code)) expect(AUDIT_ACTIONS, code).toContain(code);
    for (const action of AUDIT_ACTIONS) {
      const key = actionKey(action) as MessageKey;
      expect(inEnglish(msg(key))).not.toBe(key);
      expect(inGerman(msg(key))).not.toBe(inEnglish(msg(key)));
    }
  });
});

describe("the audit log's filters", () => {
  let ada = "";
  let bernd = "";
  beforeAll(async () => {
    ada = (await db.user.create({ data: { name: "Ada", email: "ada@example.org", role: "ADMIN", passwordHash: "x" } })).id;
    bernd = (await db.user.create({ data: { name: "Bernd", email: "bernd@example.org", role: "EDITOR", passwordHash: "x" } })).id;
    const article = await db.section.create({ data: { name: "Politik", slug: "politik" } }).then((s) =>
      db.article.create({ data: { headline: "Gipfel vertagt", body: {}, slug: "gipfel", sectionId: s.id, authorId: bernd } }),
    );
    const at = (iso: string) => new Date(iso);
    await db.auditEvent.createMany({
      data: [
        // 23:30 Berlin on 30 November is still the 30th there, the 1st in UTC+0 terms only an hour later.
        { action: "article.publish", actorId: bernd, actorEmail: "bernd@example.org", targetType: "article", targetId: article.id, at: at("2026-11-30T22:30:00Z") },
        { action: "article.purge", actorId: ada, actorEmail: "ada@example.org", targetType: "article", targetId: "gone1", detail: "Alte Meldung", at: at("2026-12-01T08:00:00Z") },
        { action: "signin.ok", actorId: ada, actorEmail: "ada@example.org", at: at("2026-12-01T07:00:00Z") },
        { action: "article.publish", actorEmail: "scheduler", targetType: "article", targetId: article.id, at: at("2026-11-29T10:00:00Z") },
      ],
    });
    await recordAudit(db, { action: "user.role-change", actorId: ada, actorEmail: "ada@example.org", targetType: "user", targetId: bernd, detail: "AUTHOR → EDITOR" });
    // A live ticker's entry (named by its entry before events named the ticker), a banner and the fronts.
    await db.liveTicker.create({ data: { articleId: article.id } });
    const entry = await db.liveEntry.create({ data: { articleId: article.id, body: {} } });
    const banner = await db.breakingNews.create({ data: { text: "Waffenruhe vereinbart", href: "/politik/gipfel", createdById: ada } });
    const politik = await db.section.findUniqueOrThrow({ where: { slug: "politik" } });
    for (const [action, targetType, targetId] of [
      ["live.post", "live", entry.id],
      ["live.edit", "live", article.id],
      ["live.delete", "live", "entry-gone"],
      ["breaking.set", "breaking", banner.id],
      ["front.publish", "front", "home"],
      ["front.save-draft", "front", `section:${politik.id}`],
    ] as const) {
      await recordAudit(db, { action, actorId: null, actorEmail: "desk@example.org", targetType, targetId, detail: action === "live.delete" ? "Gelöschter Eintrag" : "" });
    }
  });

  const admin = () => makeActor({ id: ada, role: "ADMIN", name: "Ada", email: "ada@example.org", ip: "127.0.0.1" });

  it("names targets: an article by headline with a link, a purged one by the headline it had, a person by name", async () => {
    const { rows } = await listAuditEvents(admin(), parseAuditFilter({}));
    const publish = rows.find((r) => r.action === "article.publish" && r.actorName === "Bernd")!;
    expect(publish.target).toMatchObject({ label: "Gipfel vertagt", gone: false });
    expect(publish.target?.href).toMatch(/^\/admin\/articles\//);
    expect(rows.find((r) => r.action === "article.purge")!.target).toEqual({ label: "Alte Meldung", href: null, gone: true });
    expect(rows.find((r) => r.action === "user.role-change")!.target).toEqual({ label: "Bernd", href: "/admin/users", gone: false });
    expect(rows.every((r) => r.known)).toBe(true);
  });

  it("names tickers by their article, banners by their text and fronts by their name; only what is gone says so", async () => {
    const { rows } = await listAuditEvents(admin(), parseAuditFilter({}));
    const target = (action: string) => rows.find((r) => r.action === action)!.target;
    expect(target("live.post")).toMatchObject({ label: "Gipfel vertagt", gone: false, href: expect.stringMatching(/\/live$/) });
    expect(target("live.edit")).toMatchObject({ label: "Gipfel vertagt", gone: false });
    expect(target("live.delete")).toEqual({ label: "Gelöschter Eintrag", href: null, gone: true });
    expect(target("breaking.set")).toEqual({ label: "Waffenruhe vereinbart", href: "/admin/breaking", gone: false });
    expect(target("front.publish")).toMatchObject({ front: "home", gone: false });
    expect(target("front.save-draft")).toMatchObject({ front: "section", label: "Politik", gone: false });
  });

  it("filters by person, event and Berlin day", async () => {
    const by = async (params: Record<string, string>) => (await listAuditEvents(admin(), parseAuditFilter(params))).rows.map((r) => `${r.action}@${r.at.slice(0, 16)}`);
    expect(await by({ person: bernd })).toEqual(["article.publish@2026-11-30T22:30"]);
    expect(await by({ action: "article.publish" })).toHaveLength(2);
    expect(await by({ from: "2026-11-30", to: "2026-11-30" })).toEqual(["article.publish@2026-11-30T22:30"]);
    expect(await by({ from: "2026-12-01", to: "2026-12-01", action: "signin.ok" })).toEqual(["signin.ok@2026-12-01T07:00"]);
  });

  it("reads its address strictly", () => {
    expect(parseAuditFilter({ action: "drop.table", from: "2026-13-45", person: "x y" })).toEqual({ actorId: null, action: null, from: null, to: null, after: null });
    expect(auditHref({ action: "article.purge", from: "2026-12-01" })).toBe("/admin/audit?action=article.purge&from=2026-12-01");
    expect(berlinDayStart("2026-12-01").toISOString()).toBe("2026-11-30T23:00:00.000Z");
    expect(berlinDayStart("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });
});
