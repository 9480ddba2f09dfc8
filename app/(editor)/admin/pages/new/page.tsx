import { getTranslator } from "@/i18n/server";
import { siteUrl } from "@/lib/site";
import { can } from "@/modules/access/policy";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { LEGAL_DRAFTS, LEGAL_PAGES } from "@/modules/pages/legal";
import { notFound } from "next/navigation";
import { PageForm } from "../PageForm";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("pages.newHeading") };
}

/** A new page; `?vorlage=impressum` (or datenschutz) starts from the legal page's draft with its placeholders. */
export default async function NewPagePage({ searchParams }: { searchParams: Promise<{ vorlage?: string }> }) {
  const me = await requireUserOrRedirect("/admin/pages/new");
  if (!can(me, "page.manage")) notFound();
  const { vorlage } = await searchParams;
  const legal = LEGAL_PAGES.find((l) => l.slug === vorlage);
  const t = await getTranslator();
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">{t("pages.newHeading")}</h1>
      <PageForm page={null} template={legal ? { title: legal.title, slug: legal.slug, body: LEGAL_DRAFTS[legal.slug]() } : null} siteUrl={siteUrl()} />
    </main>
  );
}
