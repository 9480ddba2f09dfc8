import "server-only";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import demo from "../../../prisma/seed/seed-article.de.json";
import { makeActor } from "../auth/actor";
import { bodyFromBlocks } from "./body";
import { createArticle, publishArticle } from "./service";
import { slugify } from "./slug";

/** The sections a German newsroom starts with; editors manage them later. */
export const DEFAULT_SECTIONS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Panorama"];

const DEMO_AUTHOR_EMAIL = "redaktion@demo.invalid";

export async function ensureDefaultSections() {
  if ((await db.section.count()) > 0) return;
  await db.$transaction(
    DEFAULT_SECTIONS.map((name, position) => db.section.create({ data: { name, slug: slugify(name), position } })),
  );
  log.info("seed.sections", { sections: DEFAULT_SECTIONS });
}

/**
 * Loads the demo article into an empty newsroom, through the same service
 * functions an editor uses (validation, revisions). Its byline belongs to an
 * account that cannot sign in.
 */
export async function seedDemoArticle() {
  if ((await db.article.count()) > 0) return false;
  const section = await db.section.findFirst({ where: { name: demo.section } });
  if (!section) throw new Error(`Demo section "${demo.section}" is missing`);
  const author =
    (await db.user.findUnique({ where: { email: DEMO_AUTHOR_EMAIL } })) ??
    (await db.user.create({ data: { name: "Redaktion", email: DEMO_AUTHOR_EMAIL, role: "AUTHOR", passwordHash: null, slug: "redaktion" } }));
  // Seeding acts with editor rights on behalf of the byline's account.
  const system = makeActor({ id: author.id, role: "EDITOR", name: "Demo content", email: DEMO_AUTHOR_EMAIL, ip: "local" });
  const { article } = await createArticle(system, {
    kicker: "",
    headline: demo.headline,
    teaser: demo.teaser,
    body: bodyFromBlocks(demo.body as { type: "paragraph" | "subheading"; text: string }[]),
    sectionId: section.id,
    slug: "",
  });
  await publishArticle(system, { id: article.id, version: article.version });
  log.info("seed.demo-article", { slug: article.slug });
  return true;
}
