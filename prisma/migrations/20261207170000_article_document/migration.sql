-- The shared document people co-edit (Yjs state), one per article.
CREATE TABLE "ArticleDocument" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "state" BLOB NOT NULL,
    "base" BLOB NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ArticleDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
