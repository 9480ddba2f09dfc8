import { requireUserOrRedirect } from "@/modules/auth/session";
import { transitionsFor } from "@/modules/articles/dto";
import { lastSectionOf, listRelatedOptions, listSections, listTags } from "@/modules/articles/queries";
import { can } from "@/modules/access/policy";
import { listPossibleAuthors } from "@/modules/users/queries";
import { maxUploadBytes } from "@/modules/media/service";
import { getTranslator } from "@/i18n/server";
import { ArticleForm } from "../ArticleForm";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("articles.form.new") };
}

export default async function NewArticlePage() {
  const user = await requireUserOrRedirect("/admin/articles/new");
  const [sections, tags, relatedOptions, lastSection] = await Promise.all([listSections(), listTags(), listRelatedOptions(), lastSectionOf(user)]);
  // What this person may do with a draft of their own, so the right buttons show before the first save.
  const draft = { authorId: user.id, status: "DRAFT" as const };
  const transitions = transitionsFor(user, draft);
  const people = can(user, "article.changeAuthor", draft) ? await listPossibleAuthors() : [];
  return (
    <main>
      <ArticleForm article={null} sections={sections} tags={tags} people={people} relatedOptions={relatedOptions} newArticleTransitions={transitions} mediaMaxBytes={maxUploadBytes()} canCreateTags={can(user, "taxonomy.manage")} newSectionId={lastSection ?? ""} />
    </main>
  );
}
