-- AlterTable
ALTER TABLE "Article" ADD COLUMN "trashedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Article_status_updatedAt_idx" ON "Article"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_authorId_updatedAt_idx" ON "Article"("authorId", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_sectionId_updatedAt_idx" ON "Article"("sectionId", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_headline_idx" ON "Article"("headline");

-- CreateIndex
CREATE INDEX "Article_status_trashedAt_idx" ON "Article"("status", "trashedAt");

