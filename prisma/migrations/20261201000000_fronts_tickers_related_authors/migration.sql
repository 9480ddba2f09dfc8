-- AlterTable
ALTER TABLE "User" ADD COLUMN "photoId" TEXT;
ALTER TABLE "User" ADD COLUMN "slug" TEXT;

-- CreateTable
CREATE TABLE "RelatedArticle" (
    "articleId" TEXT NOT NULL,
    "relatedId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("articleId", "relatedId"),
    CONSTRAINT "RelatedArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RelatedArticle_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Front" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "draft" JSONB NOT NULL,
    "published" JSONB,
    "publishedAt" DATETIME,
    "scheduled" JSONB,
    "scheduledAt" DATETIME,
    "nextChangeAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "FrontRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frontKey" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slots" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "byId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FrontRevision_frontKey_fkey" FOREIGN KEY ("frontKey") REFERENCES "Front" ("key") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LiveTicker" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "summary" TEXT NOT NULL DEFAULT '',
    "summaryVersion" INTEGER NOT NULL DEFAULT 1,
    "pollMs" INTEGER NOT NULL DEFAULT 1500,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LiveTicker_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LiveEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "quote" TEXT NOT NULL DEFAULT '',
    "quoteBy" TEXT NOT NULL DEFAULT '',
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LiveEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "LiveTicker" ("articleId") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RelatedArticle_relatedId_idx" ON "RelatedArticle"("relatedId");

-- CreateIndex
CREATE INDEX "Front_nextChangeAt_idx" ON "Front"("nextChangeAt");

-- CreateIndex
CREATE UNIQUE INDEX "FrontRevision_frontKey_number_key" ON "FrontRevision"("frontKey", "number");

-- CreateIndex
CREATE INDEX "LiveEntry_articleId_createdAt_idx" ON "LiveEntry"("articleId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_slug_key" ON "User"("slug");

