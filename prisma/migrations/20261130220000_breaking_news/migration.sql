-- CreateTable
CREATE TABLE "BreakingNews" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "articleId" TEXT,
    "endsAt" DATETIME,
    "endedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "BreakingNews_endedAt_createdAt_idx" ON "BreakingNews"("endedAt", "createdAt");

