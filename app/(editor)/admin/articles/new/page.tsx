import { ArticleForm } from "../ArticleForm";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listSections } from "@/modules/articles/queries";

export const metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requireUserOrRedirect("/admin/articles/new");
  const sections = await listSections();
  return <ArticleForm article={null} sections={sections} />;
}
