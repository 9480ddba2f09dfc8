import "server-only";
import { db } from "@/lib/db";
import { LEGAL_DRAFTS, LEGAL_PAGES } from "./legal";

/**
 * A fresh site (or one from before pages) gets drafts of the Impressum and the
 * privacy notice, with placeholders for what only the publisher knows. Runs on
 * start; a site that has any page already is left as it is.
 */
export async function ensureLegalPageDrafts(): Promise<number> {
  if ((await db.page.count()) > 0) return 0;
  return db.$transaction(async (tx) => {
    let made = 0;
    for (const [order, legal] of LEGAL_PAGES.entries()) {
      if (await tx.page.findUnique({ where: { slug: legal.slug }, select: { id: true } })) continue;
      if (await tx.section.findUnique({ where: { slug: legal.slug }, select: { id: true } })) continue;
      const page = await tx.page.create({ data: { slug: legal.slug, title: legal.title, body: LEGAL_DRAFTS[legal.slug](), inFooter: true, footerOrder: order } });
      await tx.pageRevision.create({ data: { pageId: page.id, version: 1, title: page.title, slug: page.slug, body: page.body as object, status: "DRAFT", authorId: null, authorName: "Redaktion" } });
      made += 1;
    }
    return made;
  });
}
