import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { maxUploadBytes } from "@/modules/media/service";
import { tickerDesk } from "@/modules/live/queries";
import { LiveDesk } from "./LiveDesk";

export const metadata = { title: "Live ticker" };

export default async function LiveTickerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireUserOrRedirect(`/admin/articles/${encodeURIComponent(id)}/live`);
  const desk = await orNotFound(tickerDesk(me, id));
  if (!desk) notFound();
  return (
    <main className="space-y-6">
      <p className="text-sm">
        <Link href={`/admin/articles/${desk.article.id}`} className="underline">
          ← Back to the article
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Live ticker: {desk.article.headline}</h1>
      <LiveDesk desk={desk} mediaMaxBytes={maxUploadBytes()} />
    </main>
  );
}
