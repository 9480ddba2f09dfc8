import Link from "next/link";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { getImage } from "@/modules/media/queries";
import { MediaEditor } from "./MediaEditor";

export const metadata = { title: "Image" };

export default async function MediaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireUserOrRedirect(`/admin/media/${id}`);
  const { media, usages } = await orNotFound(getImage(me, id));
  return (
    <main className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/media" className="underline">
          ← Media library
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Image: {media.fileName}</h1>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        {media.width}×{media.height} px · {media.type.toUpperCase()} · uploaded by {media.uploadedBy} on{" "}
        {new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(new Date(media.createdAt))}
      </p>
      <MediaEditor initial={media} usages={usages} />
    </main>
  );
}
