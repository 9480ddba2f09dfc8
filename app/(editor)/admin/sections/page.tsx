import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listTaxonomy } from "@/modules/taxonomy/queries";
import { getTranslator } from "@/i18n/server";
import { TermManager } from "./TermManager";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("taxonomy.title") };
}

export default async function SectionsPage() {
  const me = await requireUserOrRedirect("/admin/sections");
  const { sections, tags } = await orNotFound(listTaxonomy(me));
  const t = await getTranslator();
  return (
    <main className="space-y-10">
      <h1 className="text-2xl font-bold">{t("taxonomy.title")}</h1>
      <TermManager kind="section" terms={sections} />
      <TermManager kind="tag" terms={tags} />
    </main>
  );
}
