-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "bylineNames" TEXT,
ADD COLUMN     "tagNames" TEXT,
ADD COLUMN     "updateNote" TEXT;

