import { notFound } from "next/navigation";
import { ForbiddenError } from "@/lib/errors";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listTaxonomy } from "@/modules/taxonomy/queries";
import { TermManager } from "./TermManager";

export const metadata = { title: "Sections and tags" };

export default async function SectionsPage() {
  const me = await requireUserOrRedirect("/admin/sections");
  const { sections, tags } = await listTaxonomy(me).catch((error) => {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  });
  return (
    <main className="space-y-10">
      <h1 className="text-2xl font-bold">Sections and tags</h1>
      <TermManager kind="section" terms={sections} />
      <TermManager kind="tag" terms={tags} />
    </main>
  );
}
