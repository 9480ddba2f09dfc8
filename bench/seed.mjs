// Deterministic benchmark corpus: N published articles in German-looking text
// built from the demo article's words, over sections, tags and authors, each
// with a revision, a byline and a search-index row. Written straight into a
// migrated SQLite file (fast enough for 100,000), not through the app.
import { hash } from "@node-rs/argon2";
import Database from "better-sqlite3";
import fs from "node:fs";

const demo = JSON.parse(fs.readFileSync(new URL("../prisma/seed/seed-article.de.json", import.meta.url), "utf8"));
const words = [...new Set([demo.headline, demo.teaser, ...demo.body.map((b) => b.text)].join(" ").split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, "")).filter((w) => w.length > 2))];

function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slugify = (s) =>
  s.toLowerCase().replace(/[äöüß]/g, (c) => ({ ä: "ae", ö: "oe", ü: "ue", ß: "ss" })[c]).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 70);
const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");

export const ADMIN = { email: "bench@redaktion.test", password: "bench passwort lang genug" };
export const SECTIONS = ["Politik", "Wirtschaft", "Kultur", "Sport", "Panorama"];

export async function seed(file, count) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF"); // a throwaway corpus; the server reopens it with FULL
  const random = rng(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = (n) => {
    const out = Array.from({ length: n }, () => pick(words)).join(" ");
    return out.charAt(0).toUpperCase() + out.slice(1) + ".";
  };
  const now = Date.now();
  const insert = db.transaction(() => {
    const sectionIds = SECTIONS.map((name, i) => {
      const id = `bsec${i}`;
      db.prepare(`INSERT INTO "Section" (id, name, slug, position, createdAt) VALUES (?, ?, ?, ?, ?)`).run(id, name, slugify(name), i, iso(now));
      return id;
    });
    const authorIds = Array.from({ length: 20 }, (_, i) => {
      const id = `baut${i}`;
      db.prepare(`INSERT INTO "User" (id, name, email, passwordHash, role, sessionVersion, disabled, bio, createdAt, updatedAt) VALUES (?, ?, ?, NULL, 'AUTHOR', 0, 0, ?, ?, ?)`).run(
        id, `Autorin ${i + 1}`, `autor${i}@bench.test`, sentence(12), iso(now), iso(now));
      return id;
    });
    const tagIds = Array.from({ length: 50 }, (_, i) => {
      const id = `btag${i}`;
      db.prepare(`INSERT INTO "Tag" (id, name, slug, createdAt) VALUES (?, ?, ?, ?)`).run(id, `Thema ${i + 1}`, `thema-${i + 1}`, iso(now));
      return id;
    });
    const article = db.prepare(`INSERT INTO "Article" (id, kicker, headline, teaser, body, slug, status, sectionId, authorId, publishedAt, createdAt, updatedAt, version) VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, 1)`);
    const revision = db.prepare(`INSERT INTO "ArticleRevision" (id, articleId, version, kind, kicker, headline, teaser, body, slug, sectionId, status, authorId, createdAt) VALUES (?, ?, 1, 'PUBLISH', ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?)`);
    const byline = db.prepare(`INSERT INTO "ArticleAuthor" (articleId, userId, position) VALUES (?, ?, 0)`);
    const tag = db.prepare(`INSERT OR IGNORE INTO "ArticleTag" (articleId, tagId) VALUES (?, ?)`);
    const search = db.prepare(`INSERT INTO "ArticleSearch" (articleId, headline, teaser, body) VALUES (?, ?, ?, ?)`);
    for (let i = 0; i < count; i++) {
      const id = `bart${i}`;
      // Article 0 is the demo article, so every run measures the same page.
      const isDemo = i === 0;
      const headline = isDemo ? demo.headline : sentence(6 + Math.floor(random() * 5)).slice(0, -1);
      const teaser = isDemo ? demo.teaser : sentence(25);
      const paragraphs = isDemo ? demo.body : Array.from({ length: 6 + Math.floor(random() * 4) }, (_, p) => (p === 3 ? { type: "subheading", text: sentence(5).slice(0, -1) } : { type: "paragraph", text: sentence(45 + Math.floor(random() * 30)) }));
      const body = JSON.stringify({
        type: "doc",
        content: paragraphs.map((b) => (b.type === "subheading" ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: b.text }] } : { type: "paragraph", content: [{ type: "text", text: b.text }] })),
      });
      const slug = isDemo ? demo.expectedSlug : `${slugify(headline)}-${i}`;
      const sectionId = isDemo ? sectionIds[0] : pick(sectionIds);
      const authorId = pick(authorIds);
      const published = iso(now - (count - i) * 60_000);
      article.run(id, "", headline, teaser, body, slug, sectionId, authorId, published, published, published);
      revision.run(`brev${i}`, id, "", headline, teaser, body, slug, sectionId, authorId, published);
      byline.run(id, authorId);
      tag.run(id, pick(tagIds));
      tag.run(id, pick(tagIds));
      search.run(id, headline, teaser, paragraphs.map((b) => b.text).join("\n\n"));
    }
  });
  insert();
  const passwordHash = await hash(ADMIN.password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  db.prepare(`INSERT INTO "User" (id, name, email, passwordHash, role, sessionVersion, disabled, bio, createdAt, updatedAt) VALUES ('badmin', 'Bench Admin', ?, ?, 'ADMIN', 0, 0, '', ?, ?)`).run(ADMIN.email, passwordHash, iso(now), iso(now));
  db.pragma("synchronous = FULL");
  db.close();
}
