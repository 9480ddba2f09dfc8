import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { getArticleForEditing, listReviewNotes, listSections } from "@/modules/articles/queries";
import { ArticleForm } from "../ArticleForm";

export const metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUserOrRedirect(`/admin/articles/${encodeURIComponent(id)}`);
  try {
    const [article, sections, notes] = await Promise.all([getArticleForEditing(user, id), listSections(), listReviewNotes(user, id)]);
    return <ArticleForm key={article.id} article={article} sections={sections} notes={notes} />;
  } catch (error) {
    // Someone else's article looks the same as a missing one.
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}
