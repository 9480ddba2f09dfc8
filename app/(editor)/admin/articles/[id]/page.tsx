import { can } from "@/modules/access/policy";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listPreviewLinks } from "@/modules/articles/previews";
import { getArticleForEditing, listRelatedOptions, listReviewNotes, listSections, listTags } from "@/modules/articles/queries";
import { listPossibleAuthors } from "@/modules/users/queries";
import { maxUploadBytes } from "@/modules/media/service";
import { getTranslator } from "@/i18n/server";
import { ArticleForm } from "../ArticleForm";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("articles.form.edit") };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUserOrRedirect(`/admin/articles/${encodeURIComponent(id)}`);
  // Someone else's article looks the same as a missing one.
  const [article, sections, tags, notes, previewLinks] = await orNotFound(
    Promise.all([getArticleForEditing(user, id), listSections(), listTags(), listReviewNotes(user, id), listPreviewLinks(user, id)]),
  );
  const [people, relatedOptions] = await Promise.all([article.permissions.changeAuthor ? listPossibleAuthors() : [], listRelatedOptions(article.relatedIds)]);
  return (
    <main>
      <ArticleForm key={article.id} article={article} sections={sections} tags={tags} people={people} relatedOptions={relatedOptions} notes={notes} previewLinks={previewLinks} mediaMaxBytes={maxUploadBytes()} canCreateTags={can(user, "taxonomy.manage")} />
    </main>
  );
}
