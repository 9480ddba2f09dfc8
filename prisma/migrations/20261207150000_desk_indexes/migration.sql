-- The review queue's count and list (every newsroom page) and the desk's running tickers, read off indexes at 100,000 articles.
CREATE INDEX "Article_workingCopyInReview_status_updatedAt_idx" ON "Article"("workingCopyInReview", "status", "updatedAt");
CREATE INDEX "LiveTicker_endedAt_updatedAt_idx" ON "LiveTicker"("endedAt", "updatedAt");
