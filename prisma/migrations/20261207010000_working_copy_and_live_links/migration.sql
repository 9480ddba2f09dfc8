-- A published article's working copy: autosaves of a live article go here, "Update" puts them live.
ALTER TABLE "Article" ADD COLUMN "workingCopy" JSONB;
ALTER TABLE "Article" ADD COLUMN "workingCopyAt" DATETIME;
ALTER TABLE "Article" ADD COLUMN "workingCopyById" TEXT;
ALTER TABLE "Article" ADD COLUMN "workingCopyInReview" BOOLEAN NOT NULL DEFAULT false;
-- One live link per person: a link is valid only while the person's sessionVersion is the one it was made under.
ALTER TABLE "Invitation" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
-- Unused links made before this keep working under the person's present version.
UPDATE "Invitation" SET "sessionVersion" = (SELECT "sessionVersion" FROM "User" WHERE "User"."id" = "Invitation"."userId") WHERE "usedAt" IS NULL;
