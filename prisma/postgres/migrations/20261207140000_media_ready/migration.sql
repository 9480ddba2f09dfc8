-- The revision whose variants are all made. Images from before had every variant made before the upload answered.
ALTER TABLE "MediaAsset" ADD COLUMN "readyRev" INTEGER NOT NULL DEFAULT 0;
UPDATE "MediaAsset" SET "readyRev" = "rev";
