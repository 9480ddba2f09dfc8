// The shapes of an image that leave the domain layer.
import type { MediaAsset } from "@/generated/prisma/client";
import { can } from "../access/policy";
import type { Actor } from "../auth/actor";
import { thumbUrl, variantsComplete, type ImageRef } from "./variants";

/** An image on a reader page: what `<picture>` and `<figcaption>` need. */
export type ReaderImage = ImageRef & { caption: string; credit: string };

export function toReaderImage(m: MediaAsset): ReaderImage {
  return { id: m.id, rev: m.rev, ready: variantsComplete(m), width: m.width, height: m.height, alt: m.alt, placeholder: m.placeholder, caption: m.caption, credit: m.credit };
}

/** An image in the newsroom library. */
export type MediaItem = ReaderImage & {
  version: number;
  fileName: string;
  type: string;
  bytes: number;
  focalX: number;
  focalY: number;
  thumbUrl: string;
  createdAt: string;
  uploadedBy: string;
  /** How many articles use it (lead image or body). */
  usageCount: number;
  permissions: { edit: boolean; delete: boolean };
};

/** What every newsroom read of an image includes: the uploader's name and how many articles use it. */
export const mediaItemInclude = { uploadedBy: { select: { name: true } }, _count: { select: { usages: true } } } as const;

type Row = MediaAsset & { uploadedBy?: { name: string } | null; _count?: { usages: number } };

export function toMediaItem(actor: Pick<Actor, "id" | "role">, m: Row): MediaItem {
  const subject = { authorId: m.uploadedById ?? "", status: "MEDIA" };
  const usageCount = m._count?.usages ?? 0;
  return {
    ...toReaderImage(m),
    version: m.version,
    fileName: m.fileName,
    type: m.type,
    bytes: m.bytes,
    focalX: m.focalX,
    focalY: m.focalY,
    thumbUrl: thumbUrl(m.id),
    createdAt: m.createdAt.toISOString(),
    uploadedBy: m.uploadedBy?.name ?? "—",
    usageCount,
    permissions: {
      edit: can(actor, "media.edit", subject),
      delete: can(actor, "media.delete", subject) && (usageCount === 0 || can(actor, "media.deleteInUse")),
    },
  };
}
