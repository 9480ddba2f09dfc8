import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan } from "../access/policy";
import type { Actor } from "../auth/actor";
import { AUDIT_ACTIONS, type AuditFilter } from "./filter";

export type AuditRow = {
  id: string;
  at: string;
  /** The person, when the event had one who still exists; else the e-mail or "scheduler" recorded. */
  actorName: string | null;
  actorEmail: string;
  action: string;
  /** True for an action the log has words for (AUDIT_ACTIONS). */
  known: boolean;
  /** What the event acted on, in words; `front` names a front for the page to put into words (the home page, a section's). */
  target: { label: string; href: string | null; gone: boolean; front?: "home" | "section" } | null;
  ip: string;
  outcome: string;
  detail: string;
};

export const AUDIT_PAGE_SIZE = 100;

/** Berlin's day `day` ("2026-12-01") starts at this instant (UTC+1 or +2). */
export function berlinDayStart(day: string): Date {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const berlinNoon = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", hourCycle: "h23" }).format(noonUtc);
  const offsetHours = Number(berlinNoon) - 12;
  return new Date(Date.parse(`${day}T00:00:00Z`) - offsetHours * 3600_000);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 24 * 3600_000).toISOString().slice(0, 10);

function where(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter.actorId) and.push({ actorId: filter.actorId });
  if (filter.action) and.push({ action: filter.action });
  if (filter.from) and.push({ at: { gte: berlinDayStart(filter.from) } });
  if (filter.to) and.push({ at: { lt: berlinDayStart(nextDay(filter.to)) } });
  return { AND: and };
}

/**
 * The audit log for people: newest first, filtered by person, event and day
 * (Berlin days), with each target named (an article by its headline, a person
 * by name) and linked where it still exists. Pages by keyset.
 */
export async function listAuditEvents(actor: Actor, filter: AuditFilter): Promise<{ rows: AuditRow[]; next: string | null }> {
  assertCan(actor, "audit.view");
  const events = await db.auditEvent.findMany({
    where: where(filter),
    orderBy: [{ at: "desc" }, { id: "desc" }],
    ...(filter.after ? { cursor: { id: filter.after }, skip: 1 } : {}),
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { name: true } } },
  });
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  const targets = await nameTargets(page);
  const rows = page.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actorName: e.actor?.name ?? null,
    actorEmail: e.actorEmail,
    action: e.action,
    known: (AUDIT_ACTIONS as readonly string[]).includes(e.action),
    target: targets(e),
    ip: e.ip,
    outcome: e.outcome,
    detail: e.detail,
  }));
  return { rows, next: events.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

type Event = { targetType: string; targetId: string; action: string; detail: string };

/** Looks up what a page of events points at, in one query per kind. */
async function nameTargets(events: Event[]) {
  const ids = (type: string) => [...new Set(events.filter((e) => e.targetType === type && e.targetId).map((e) => e.targetId))];
  // Ticker events name the ticker's article; older ones named the entry, found through it while it exists.
  const entries = ids("live").length ? await db.liveEntry.findMany({ where: { id: { in: ids("live") } }, select: { id: true, articleId: true } }) : [];
  const entryArticle = new Map(entries.map((e) => [e.id, e.articleId]));
  const articleIds = [...ids("article"), ...ids("live"), ...entries.map((e) => e.articleId)];
  const frontSectionIds = ids("front").flatMap((key) => (key.startsWith("section:") ? [key.slice("section:".length)] : []));
  const [articles, users, media, sections, tags, banners] = await Promise.all([
    articleIds.length ? db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, headline: true } }) : [],
    ids("user").length ? db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, name: true } }) : [],
    ids("media").length ? db.mediaAsset.findMany({ where: { id: { in: ids("media") } }, select: { id: true, fileName: true } }) : [],
    [...ids("section"), ...frontSectionIds].length ? db.section.findMany({ where: { id: { in: [...ids("section"), ...frontSectionIds] } }, select: { id: true, name: true } }) : [],
    ids("tag").length ? db.tag.findMany({ where: { id: { in: ids("tag") } }, select: { id: true, name: true } }) : [],
    ids("breaking").length ? db.breakingNews.findMany({ where: { id: { in: ids("breaking") } }, select: { id: true, text: true } }) : [],
  ]);
  const bannerText = new Map(banners.map((b) => [b.id, b.text]));
  const headline = new Map(articles.map((a) => [a.id, a.headline]));
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const fileName = new Map(media.map((m) => [m.id, m.fileName]));
  const termName = new Map([...sections, ...tags].map((t) => [t.id, t.name]));
  return (e: Event): AuditRow["target"] => {
    const id = e.targetId;
    switch (e.targetType) {
      case "article":
      case "live": {
        const articleId = e.targetType === "live" ? (entryArticle.get(id) ?? id) : id;
        const h = headline.get(articleId);
        if (h !== undefined) return { label: h || articleId, href: e.targetType === "live" ? `/admin/articles/${articleId}/live` : `/admin/articles/${articleId}`, gone: false };
        // An entry deleted before ticker events named their article: the entry is what is gone, its words are in the detail.
        if (e.targetType === "live") return { label: e.detail || id, href: null, gone: true };
        return { label: e.action === "article.purge" ? e.detail : id, href: null, gone: true };
      }
      case "user": {
        const name = userName.get(id);
        return name !== undefined ? { label: name, href: "/admin/users", gone: false } : { label: e.detail || id, href: null, gone: true };
      }
      case "media": {
        const name = fileName.get(id);
        return name !== undefined ? { label: name, href: `/admin/media/${id}`, gone: false } : { label: id, href: null, gone: true };
      }
      case "section":
      case "tag": {
        const name = termName.get(id);
        return name !== undefined ? { label: name, href: "/admin/sections", gone: false } : { label: e.detail || id, href: null, gone: true };
      }
      case "front": {
        if (id === "home") return { label: "", href: "/admin/fronts/home", gone: false, front: "home" };
        const name = termName.get(id.slice("section:".length));
        return name !== undefined ? { label: name, href: `/admin/fronts/${encodeURIComponent(id)}`, gone: false, front: "section" } : { label: id, href: null, gone: true };
      }
      case "breaking":
        return { label: bannerText.get(id) ?? (e.detail.split(" → ")[0] || id), href: "/admin/breaking", gone: false };
      case "apikey":
      case "webhook":
        return { label: e.detail.split(":")[0] || id, href: "/admin/integrations", gone: false };
      default:
        return e.targetType ? { label: `${e.targetType} ${id}`, href: null, gone: false } : null;
    }
  };
}

/** Everyone who may appear as "who" in the log, for its person filter. */
export async function listAuditPeople(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "audit.view");
  return db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
