-- CreateTable
CREATE TABLE "BreakingNews" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "articleId" TEXT,
    "endsAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BreakingNews_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BreakingNews_endedAt_createdAt_idx" ON "BreakingNews"("endedAt", "createdAt");

