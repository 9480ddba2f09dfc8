-- AlterTable
ALTER TABLE "Article" ADD COLUMN "trashedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Article_updatedAt_id_idx" ON "Article"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_headline_id_idx" ON "Article"("headline", "id");

-- CreateIndex
CREATE INDEX "Article_status_updatedAt_id_idx" ON "Article"("status", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_authorId_updatedAt_id_idx" ON "Article"("authorId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_sectionId_updatedAt_id_idx" ON "Article"("sectionId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Article_status_trashedAt_id_idx" ON "Article"("status", "trashedAt", "id");
