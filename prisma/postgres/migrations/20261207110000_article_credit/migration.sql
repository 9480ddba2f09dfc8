-- Whose copy an article is ("dpa"), shown after the dateline, and kept in revisions.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "credit" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "credit" TEXT NOT NULL DEFAULT '';

