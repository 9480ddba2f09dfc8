-- AlterEnum
ALTER TYPE "ArticleStatus" ADD VALUE 'TRASHED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RevisionKind" ADD VALUE 'TRASH';
ALTER TYPE "RevisionKind" ADD VALUE 'UNTRASH';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "trashedAt" TIMESTAMP(3);

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
