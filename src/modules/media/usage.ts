import "server-only";
import type { Tx } from "@/lib/db";
import { msg } from "@/i18n/message";
import { ValidationError } from "@/lib/errors";

/**
 * Checks, inside an article write, that every image it names exists and has
 * alt text; returns their ids. The write then records them with
 * recordArticleImages (for "used in", the delete warning and cache expiry).
 */
export async function checkArticleImages(
  tx: Tx,
  images: { leadImageId: string | null; bodyImageIds: string[] },
  /** Restoring an old revision: images deleted since are left out instead of refused. */
  options: { lenient?: boolean } = {},
): Promise<string[]> {
  const ids = [...new Set([...(images.leadImageId ? [images.leadImageId] : []), ...images.bodyImageIds])];
  const found = ids.length === 0 ? [] : await tx.mediaAsset.findMany({ where: { id: { in: ids } }, select: { id: true, alt: true, fileName: true } });
  const byId = new Map(found.map((m) => [m.id, m]));
  const problem = (id: string) => {
    const image = byId.get(id);
    if (!image) return msg("media.errors.deletedMeanwhile");
    if (!image.alt) return msg("media.errors.needsAlt", { name: image.fileName });
    return null;
  };
  const leadProblem = images.leadImageId ? problem(images.leadImageId) : null;
  const bodyProblem = images.bodyImageIds.map(problem).find(Boolean) ?? null;
  if (!options.lenient && (leadProblem || bodyProblem)) {
    throw new ValidationError({ ...(leadProblem ? { leadImageId: [leadProblem] } : {}), ...(bodyProblem ? { body: [bodyProblem] } : {}) });
  }
  return ids.filter((id) => byId.has(id));
}

/** Records exactly `mediaIds` (checked by checkArticleImages) as the images the article uses. */
export async function recordArticleImages(tx: Tx, articleId: string, existing: string[]) {
  await tx.articleMedia.deleteMany({ where: { articleId, mediaId: { notIn: existing } } });
  for (const mediaId of existing) {
    await tx.articleMedia.upsert({ where: { articleId_mediaId: { articleId, mediaId } }, create: { articleId, mediaId }, update: {} });
  }
}
