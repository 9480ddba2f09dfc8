import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { getArticleForEditing, listReviewNotes, listSections } from "@/modules/articles/queries";
import { ArticleForm } from "../ArticleForm";

export const metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUserOrRedirect(`/admin/articles/${encodeURIComponent(id)}`);
  // Someone else's article looks the same as a missing one.
  const [article, sections, notes] = await orNotFound(Promise.all([getArticleForEditing(user, id), listSections(), listReviewNotes(user, id)]));
  return <ArticleForm key={article.id} article={article} sections={sections} notes={notes} />;
}
