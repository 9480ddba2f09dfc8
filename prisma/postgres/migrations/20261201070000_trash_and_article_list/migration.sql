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
CREATE INDEX "Article_status_updatedAt_idx" ON "Article"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_authorId_updatedAt_idx" ON "Article"("authorId", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_sectionId_updatedAt_idx" ON "Article"("sectionId", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_headline_idx" ON "Article"("headline");

-- CreateIndex
CREATE INDEX "Article_status_trashedAt_idx" ON "Article"("status", "trashedAt");

