-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN "bylineNames" TEXT;
ALTER TABLE "ArticleRevision" ADD COLUMN "tagNames" TEXT;
ALTER TABLE "ArticleRevision" ADD COLUMN "updateNote" TEXT;

