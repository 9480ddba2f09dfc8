import { notFound } from "next/navigation";
import { getTranslator } from "@/i18n/server";
import { orNotFound } from "@/lib/page-guards";
import { siteUrl } from "@/lib/site";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { getPageForEditor } from "@/modules/pages/queries";
import { PageForm } from "../PageForm";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("pages.editHeading") };
}

export default async function EditPagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireUserOrRedirect(`/admin/pages/${encodeURIComponent(id)}`);
  const page = await orNotFound(getPageForEditor(me, id));
  if (!page) notFound();
  const t = await getTranslator();
  return (
    <main className="space-y-6">
      <h1 className="text-2xl font-bold">
        {t("pages.editHeading")}: {page.title}
      </h1>
      <PageForm page={page} template={null} siteUrl={siteUrl()} />
    </main>
  );
}
