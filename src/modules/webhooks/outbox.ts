import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { log } from "@/lib/log";
import { urlsForTags } from "@server/shared-cache/proxies.mjs";
import { absoluteUrl } from "@/lib/site";
import { getApiImage } from "../content-api/queries";
import { apiArticleInclude, toApiArticle } from "../content-api/serialize";
import { articleEventFor, type WebhookEvent } from "./events";

// The outbox: events are written in the transaction of the change they report
// (a crash between the commit and the send loses nothing; a rolled-back change
// sends nothing), one row per subscribed endpoint, and delivered later by
// ./deliver.ts. The payload is fixed when the event happens:
//   { "type": "article.published", "timestamp": "…", "data": { … } }

const messageId = () => `msg_${randomBytes(16).toString("base64url")}`;

async function enqueue(tx: Tx, event: WebhookEvent, subject: string, data: () => Promise<Record<string, unknown>>): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true, kind: "webhook" }, select: { id: true, events: true } });
  const targets = endpoints.filter((e) => e.events.split(",").includes(event));
  if (targets.length === 0) return 0;
  const payload = JSON.stringify({ type: event, timestamp: new Date().toISOString(), data: await data() });
  for (const target of targets) await tx.webhookDelivery.create({ data: { id: messageId(), endpointId: target.id, event, subject, payload } });
  return targets.length;
}

/** After an article write: published, updated (a published article changed), unpublished or deleted, as its status says. */
export async function enqueueArticleEvent(tx: Tx, beforeStatus: string | null, articleId: string, afterStatus: string) {
  const event = articleEventFor(beforeStatus, afterStatus);
  if (!event) return 0;
  return enqueue(tx, event, `article:${articleId}`, async () => {
    const row = await tx.article.findUniqueOrThrow({ where: { id: articleId }, include: apiArticleInclude });
    const article = event === "article.published" || event === "article.updated" ? toApiArticle(row) : null;
    return { id: row.id, url: absoluteUrl(`/${row.section.slug}/${row.slug}`), article };
  });
}

/** A front's layout went live (published now, or its scheduled time came). */
export function enqueueFrontPublished(tx: Tx, front: { key: string; path: string }) {
  return enqueue(tx, "front.published", `front:${front.key}`, async () => ({ id: front.key, url: absoluteUrl(front.path) }));
}

/**
 * An image's details or focus changed: its alt text, caption, credit or
 * crops. Only for an image readers can see (the Content API answers for it):
 * partners learn no more than readers, so an image only in drafts, or in no
 * article at all, sends nothing.
 */
export async function enqueueMediaUpdated(tx: Tx, mediaId: string) {
  const image = await getApiImage(mediaId, tx);
  if (!image) return 0;
  return enqueue(tx, "media.updated", `media:${mediaId}`, async () => ({ id: mediaId, image }));
}

/**
 * After a change readers see (the cache tags it expired): every CDN purge
 * endpoint gets the public addresses to drop, {"urls": [...]}, through the
 * same outbox, so a CDN that is away gets them again later. Called once,
 * by the server that made the change; never fails the change.
 */
export async function enqueuePurge(tags: readonly string[]): Promise<number> {
  try {
    const endpoints = await db.webhookEndpoint.findMany({ where: { active: true, kind: "purge" }, select: { id: true } });
    if (endpoints.length === 0) return 0;
    const urls = urlsForTags([...tags]);
    if (urls.length === 0) return 0;
    const payload = JSON.stringify({ urls });
    await db.webhookDelivery.createMany({ data: endpoints.map((e) => ({ id: messageId(), endpointId: e.id, event: "purge", subject: "purge", payload })) });
    return endpoints.length;
  } catch (error) {
    log.error("purge.enqueue-failed", { error });
    return 0;
  }
}
