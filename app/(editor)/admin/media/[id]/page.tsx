import Link from "next/link";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { getImage } from "@/modules/media/queries";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { formatNewsroomDate } from "@/lib/dates";
import { MediaEditor } from "./MediaEditor";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("media.imageTitle") };
}

export default async function MediaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireUserOrRedirect(`/admin/media/${id}`);
  const { media, usages } = await orNotFound(getImage(me, id));
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  return (
    <main className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/media" className="underline">
          {t("media.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("media.imageHeading", { name: media.fileName })}</h1>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        {t("media.facts", { width: media.width, height: media.height, type: media.type.toUpperCase(), name: media.uploadedBy, at: formatNewsroomDate(media.createdAt, locale) })}
      </p>
      <MediaEditor initial={media} usages={usages} />
    </main>
  );
}
