import { requireUserOrRedirect } from "@/modules/auth/session";
import { transitionsFor } from "@/modules/articles/dto";
import { listSections } from "@/modules/articles/queries";
import { ArticleForm } from "../ArticleForm";

export const metadata = { title: "New article" };

export default async function NewArticlePage() {
  const user = await requireUserOrRedirect("/admin/articles/new");
  const sections = await listSections();
  // What this person may do with a draft of their own, so the right buttons show before the first save.
  const transitions = transitionsFor(user, { authorId: user.id, status: "DRAFT" });
  return <ArticleForm article={null} sections={sections} newArticleTransitions={transitions} />;
}
