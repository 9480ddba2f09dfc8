-- CreateTable
CREATE TABLE "Redirect" (
    "fromPath" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Redirect_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kicker" TEXT NOT NULL DEFAULT '',
    "headline" TEXT NOT NULL,
    "dateline" TEXT NOT NULL DEFAULT '',
    "seoTitle" TEXT NOT NULL DEFAULT '',
    "seoDescription" TEXT NOT NULL DEFAULT '',
    "updateNote" TEXT NOT NULL DEFAULT '',
    "correctedAt" DATETIME,
    "teaser" TEXT NOT NULL DEFAULT '',
    "body" JSONB NOT NULL,
    "slug" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "sectionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "scheduledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Article_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("authorId", "body", "createdAt", "dateline", "headline", "id", "kicker", "publishedAt", "scheduledAt", "sectionId", "slug", "status", "teaser", "updatedAt", "version") SELECT "authorId", "body", "createdAt", "dateline", "headline", "id", "kicker", "publishedAt", "scheduledAt", "sectionId", "slug", "status", "teaser", "updatedAt", "version" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt");
CREATE INDEX "Article_status_scheduledAt_idx" ON "Article"("status", "scheduledAt");
CREATE INDEX "Article_updatedAt_idx" ON "Article"("updatedAt");
CREATE INDEX "Article_sectionId_status_publishedAt_idx" ON "Article"("sectionId", "status", "publishedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Redirect_articleId_idx" ON "Redirect"("articleId");


-- Full-text search over published articles (SQLite FTS5). Not a Prisma model:
-- src/modules/search/sqlite.ts keeps it in sync inside each article write.
-- unicode61 with remove_diacritics folds ä/ö/ü so "Aussenminister" finds "Außenminister"'s
-- tokens as typed; prefix queries ("ukrain*") find "Ukraine-Krieg".
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "articleId" UNINDEXED,
    "headline",
    "teaser",
    "body",
    tokenize = "unicode61 remove_diacritics 2"
);

-- Index what is already published (text nodes of the body JSON).
INSERT INTO "ArticleSearch" ("articleId", "headline", "teaser", "body")
SELECT "id", "headline", "teaser", (SELECT group_concat("value", ' ') FROM json_tree("Article"."body") WHERE "key" = 'text')
FROM "Article" WHERE "status" = 'PUBLISHED';
