-- Full-text search over published articles, the PostgreSQL twin of the FTS5
-- table in prisma/migrations. German stemming with umlauts, accents and the
-- sharp s folded (unaccent before german_stem), so Strasse finds Straße and
-- Bruessel or Brussel find Brüssel. Headline outweighs teaser outweighs body.
-- (adapter-pg splits this file at every semicolon: none inside a statement or comment.)
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION redaktion_german (COPY = german);

ALTER TEXT SEARCH CONFIGURATION redaktion_german
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;

-- "seq" orders by indexing time like FTS5's rowid: every publish or edit of a
-- published article deletes and inserts its row, so newer means indexed later.
CREATE TABLE "ArticleSearch" (
    "articleId" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "headline" TEXT NOT NULL,
    "teaser" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "document" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('redaktion_german'::regconfig, "headline"), 'A') ||
        setweight(to_tsvector('redaktion_german'::regconfig, "teaser"), 'B') ||
        setweight(to_tsvector('redaktion_german'::regconfig, "body"), 'D')
    ) STORED,
    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("articleId")
);

CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");

CREATE UNIQUE INDEX "ArticleSearch_seq_key" ON "ArticleSearch"("seq");
