import { getTranslator } from "@/i18n/server";
import { orNotFound } from "@/lib/page-guards";
import { siteUrl } from "@/lib/site";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { newPageTemplate } from "@/modules/pages/queries";
import { PageForm } from "../PageForm";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("pages.newHeading") };
}

/** A new page; `?vorlage=impressum` (or datenschutz) starts from the legal page's draft with its placeholders. */
export default async function NewPagePage({ searchParams }: { searchParams: Promise<{ vorlage?: string }> }) {
  const me = await requireUserOrRedirect("/admin/pages/new");
  const { vorlage } = await searchParams;
  // The query checks the permission (people who do not write pages get the newsroom's 404).
  const template = await orNotFound(newPageTemplate(me, vorlage));
  const t = await getTranslator();
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{t("pages.newHeading")}</h1>
      <PageForm page={null} template={template} siteUrl={siteUrl()} />
    </main>
  );
}
