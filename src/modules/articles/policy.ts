// Who may do what with an article: one table, consulted by every service
// function. The roles get their full matrix (review, scheduling) in the
// workflow issue; the shape stays.
import type { Role } from "@/generated/prisma/enums";
import { ForbiddenError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Actor } from "../auth/actor";

export type ArticleAction = "article.create" | "article.view" | "article.update" | "article.publish" | "article.unpublish";

type Subject = { authorId: string; status: string };
type Rule = (actor: Pick<Actor, "id" | "role">, article?: Subject) => boolean;

const anyArticle: Rule = () => true;
const ownDraft: Rule = (actor, article) => !!article && article.authorId === actor.id && article.status === "DRAFT";
const own: Rule = (actor, article) => !!article && article.authorId === actor.id;
const never: Rule = () => false;

export const ARTICLE_PERMISSIONS: Record<ArticleAction, Record<Role, Rule>> = {
  "article.create": { ADMIN: anyArticle, EDITOR: anyArticle, AUTHOR: anyArticle, CONTRIBUTOR: anyArticle },
  "article.view": { ADMIN: anyArticle, EDITOR: anyArticle, AUTHOR: own, CONTRIBUTOR: own },
  "article.update": { ADMIN: anyArticle, EDITOR: anyArticle, AUTHOR: ownDraft, CONTRIBUTOR: ownDraft },
  "article.publish": { ADMIN: anyArticle, EDITOR: anyArticle, AUTHOR: never, CONTRIBUTOR: never },
  "article.unpublish": { ADMIN: anyArticle, EDITOR: anyArticle, AUTHOR: never, CONTRIBUTOR: never },
};

export function can(actor: Pick<Actor, "id" | "role">, action: ArticleAction, article?: Subject): boolean {
  return ARTICLE_PERMISSIONS[action][actor.role](actor, article);
}

/** Throws ForbiddenError (and logs the refusal) unless the actor may do it. */
export function assertCan(actor: Actor, action: ArticleAction, article?: Subject & { id?: string }) {
  if (can(actor, action, article)) return;
  log.warn("authz.refused", { userId: actor.id, role: actor.role, ip: actor.ip, action, articleId: article?.id });
  throw new ForbiddenError(
    action === "article.publish" || action === "article.unpublish"
      ? "Your role may not publish or unpublish articles. Ask an editor."
      : "You may not change this article.",
  );
}
