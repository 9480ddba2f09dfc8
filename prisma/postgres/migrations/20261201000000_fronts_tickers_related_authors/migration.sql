-- AlterTable
ALTER TABLE "User" ADD COLUMN     "photoId" TEXT,
ADD COLUMN     "slug" TEXT;

-- CreateTable
CREATE TABLE "RelatedArticle" (
    "articleId" TEXT NOT NULL,
    "relatedId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RelatedArticle_pkey" PRIMARY KEY ("articleId","relatedId")
);

-- CreateTable
CREATE TABLE "Front" (
    "key" TEXT NOT NULL,
    "draft" JSONB NOT NULL,
    "published" JSONB,
    "publishedAt" TIMESTAMP(3),
    "scheduled" JSONB,
    "scheduledAt" TIMESTAMP(3),
    "nextChangeAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Front_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "FrontRevision" (
    "id" TEXT NOT NULL,
    "frontKey" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slots" JSONB NOT NULL,
    "kind" TEXT NOT NULL,
    "byId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FrontRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveTicker" (
    "articleId" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "summaryVersion" INTEGER NOT NULL DEFAULT 1,
    "pollMs" INTEGER NOT NULL DEFAULT 1500,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveTicker_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "LiveEntry" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "quote" TEXT NOT NULL DEFAULT '',
    "quoteBy" TEXT NOT NULL DEFAULT '',
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveEntry_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "RelatedArticle" ADD CONSTRAINT "RelatedArticle_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelatedArticle" ADD CONSTRAINT "RelatedArticle_relatedId_fkey" FOREIGN KEY ("relatedId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrontRevision" ADD CONSTRAINT "FrontRevision_frontKey_fkey" FOREIGN KEY ("frontKey") REFERENCES "Front"("key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveTicker" ADD CONSTRAINT "LiveTicker_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "LiveTicker"("articleId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

