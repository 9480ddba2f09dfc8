// The audit log's filter, as its address says it. Pure: the page, the query and the tests read it alike.
import { firstParam as one, idParam as id, oneOfParam as oneOf, type SearchParams } from "@/lib/search-params";

/** Every event the log has words for (audit.actions.* in the catalogues), grouped for the event filter. */
export const AUDIT_ACTION_GROUPS = {
  article: ["article.publish", "article.schedule", "article.unschedule", "article.unpublish", "article.reopen", "article.request-changes", "article.withdraw", "article.author-change", "article.trash", "article.untrash", "article.purge", "preview.share", "preview.revoke"],
  front: ["breaking.set", "breaking.end", "front.save-draft", "front.publish", "front.publish-scheduled", "front.schedule", "front.unschedule", "front.restore", "live.start", "live.post", "live.edit", "live.delete", "live.summary", "live.poll", "live.close", "page.create", "page.save", "page.update", "page.publish", "page.unpublish"],
  media: ["media.upload", "media.update", "media.focal-point", "media.delete"],
  taxonomy: ["section.create", "section.rename", "section.delete", "tag.create", "tag.rename", "tag.delete"],
  integrations: ["apikey.create", "apikey.revoke", "webhook.create", "webhook.delete", "webhook.resend"],
  user: ["user.setup", "user.invite", "user.reinvite", "user.revoke-invitation", "user.revoke-reset-link", "user.invitation-accepted", "user.reset-link", "user.password-reset", "user.password-change", "user.role-change", "user.disable", "user.enable", "user.signin-unlock", "user.signout-everywhere", "signin.ok", "signin.failed", "signin.throttled"],
} as const;
export const AUDIT_ACTIONS = Object.values(AUDIT_ACTION_GROUPS).flat();
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The catalogue key of an event's words: dots are nesting in the catalogues. */
export const actionKey = (action: AuditAction) => `audit.actions.${action.replace(".", "_")}` as const;

export type AuditFilter = { actorId: string | null; action: AuditAction | null; from: string | null; to: string | null; after: string | null };

const day = (v: string | string[] | undefined) => {
  const s = one(v);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) ? s : null;
};

export function parseAuditFilter(params: SearchParams): AuditFilter {
  return {
    actorId: id(params.person),
    action: oneOf(AUDIT_ACTIONS, params.action),
    from: day(params.from),
    to: day(params.to),
    after: id(params.after),
  };
}

export function auditHref(filter: Partial<AuditFilter>): string {
  const p = new URLSearchParams();
  if (filter.actorId) p.set("person", filter.actorId);
  if (filter.action) p.set("action", filter.action);
  if (filter.from) p.set("from", filter.from);
  if (filter.to) p.set("to", filter.to);
  if (filter.after) p.set("after", filter.after);
  const s = p.toString();
  return s ? `/admin/audit?${s}` : "/admin/audit";
}
