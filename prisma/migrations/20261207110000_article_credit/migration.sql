-- Whose copy an article is ("dpa"), shown after the dateline, and kept in revisions.
-- Added in place, no table rebuild: the search index triggers on "Article" stay as they are.
ALTER TABLE "Article" ADD COLUMN "credit" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ArticleRevision" ADD COLUMN "credit" TEXT NOT NULL DEFAULT '';
