-- AlterEnum: "Update" of a working copy, and a discarded working copy, in the revision history.
ALTER TYPE "RevisionKind" ADD VALUE 'UPDATE';
ALTER TYPE "RevisionKind" ADD VALUE 'DISCARD';

-- AlterTable: one live link per person (valid only under the sessionVersion it was made with).
ALTER TABLE "Invitation" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
UPDATE "Invitation" SET "sessionVersion" = (SELECT "sessionVersion" FROM "User" WHERE "User"."id" = "Invitation"."userId") WHERE "usedAt" IS NULL;

-- AlterTable: a published article's working copy (autosaves readers do not see until "Update").
ALTER TABLE "Article" ADD COLUMN     "workingCopy" JSONB,
ADD COLUMN     "workingCopyAt" TIMESTAMP(3),
ADD COLUMN     "workingCopyById" TEXT,
ADD COLUMN     "workingCopyInReview" BOOLEAN NOT NULL DEFAULT false;
