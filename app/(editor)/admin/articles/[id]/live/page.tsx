import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { maxUploadBytes } from "@/modules/media/service";
import { tickerDesk } from "@/modules/live/queries";
import { getTranslator } from "@/i18n/server";
import { LiveDesk } from "./LiveDesk";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("live.title") };
}

export default async function LiveTickerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireUserOrRedirect(`/admin/articles/${encodeURIComponent(id)}/live`);
  const desk = await orNotFound(tickerDesk(me, id));
  if (!desk) notFound();
  const t = await getTranslator();
  return (
    <main className="space-y-6">
      <p className="text-sm">
        <Link href={`/admin/articles/${desk.article.id}`} className="underline">
          {t("live.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("live.heading", { headline: desk.article.headline })}</h1>
      <LiveDesk desk={desk} mediaMaxBytes={maxUploadBytes()} />
    </main>
  );
}
