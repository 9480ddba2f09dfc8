import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { frontDesk } from "@/modules/fronts/queries";
import { getTranslator } from "@/i18n/server";
import { FrontEditor } from "./FrontEditor";

type Props = { params: Promise<{ front: string }> };

export async function generateMetadata({ params }: Props) {
  const { front } = await params;
  const t = await getTranslator();
  return { title: front === "home" ? t("fronts.homeTitle") : t("fronts.frontTitle", { name: front }) };
}

export default async function FrontPage({ params }: Props) {
  const { front } = await params;
  const me = await requireUserOrRedirect(`/admin/fronts/${front}`);
  const desk = await orNotFound(frontDesk(me, front));
  const t = await getTranslator();
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{t("fronts.frontTitle", { name: desk.front.name })}</h1>
      <FrontEditor desk={desk} />
    </main>
  );
}
