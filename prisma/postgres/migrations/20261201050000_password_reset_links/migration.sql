-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "purpose" TEXT NOT NULL DEFAULT 'invite';

