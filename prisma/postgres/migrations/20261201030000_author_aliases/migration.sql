-- CreateTable
CREATE TABLE "AuthorAlias" (
    "slug" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorAlias_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "AuthorAlias_userId_idx" ON "AuthorAlias"("userId");

-- AddForeignKey
ALTER TABLE "AuthorAlias" ADD CONSTRAINT "AuthorAlias_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

