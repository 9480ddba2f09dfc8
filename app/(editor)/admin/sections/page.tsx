import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listTaxonomy } from "@/modules/taxonomy/queries";
import { TermManager } from "./TermManager";

export const metadata = { title: "Sections and tags" };

export default async function SectionsPage() {
  const me = await requireUserOrRedirect("/admin/sections");
  const { sections, tags } = await orNotFound(listTaxonomy(me));
  return (
    <main className="space-y-10">
      <h1 className="text-2xl font-bold">Sections and tags</h1>
      <TermManager kind="section" terms={sections} />
      <TermManager kind="tag" terms={tags} />
    </main>
  );
}
