// The PostgreSQL half of the backup test (npm run test:postgres): pg_dump
// while articles are written, the dump proven by restoring it into a scratch
// database, then restored over a site that moved on.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, it } from "vitest";
import { onPostgres, setUpTestDatabase } from "@/lib/testing/test-db";
import { backup, restore } from "./backup-lib.mjs";

it.runIf(onPostgres)("a pg_dump taken while articles are written is a consistent snapshot, checked by a scratch restore, and restores to the same rows", async () => {
  const url = setUpTestDatabase();
  const dataDir = process.env.DATA_DIR!;
  const mediaDir = path.join(dataDir, "media");
  const writer = new pg.Client({ connectionString: url });
  await writer.connect();
  await writer.query(`INSERT INTO "Section" ("id", "name", "slug", "position", "createdAt") VALUES ('s1', 'Politik', 'politik', 0, now())`);
  await writer.query(`INSERT INTO "User" ("id", "name", "email", "role", "sessionVersion", "disabled", "bio", "createdAt", "updatedAt") VALUES ('u1', 'A', 'a@example.org', 'EDITOR', 0, false, '', now(), now())`);
  const insert = async (i: number) => {
    await writer.query("BEGIN");
    await writer.query(`INSERT INTO "Article" ("id", "headline", "teaser", "body", "slug", "status", "sectionId", "authorId", "createdAt", "updatedAt", "version") VALUES ($1, $2, '', '{}', $3, 'DRAFT', 's1', 'u1', now(), now(), 1)`, [`a${i}`, `Artikel ${i}`, `artikel-${i}`]);
    await writer.query(`INSERT INTO "ArticleRevision" ("id", "articleId", "version", "kind", "kicker", "headline", "teaser", "body", "slug", "sectionId", "status", "createdAt") VALUES ($1, $2, 1, 'CREATE', '', $3, '', '{}', $4, 's1', 'DRAFT', now())`, [`r${i}`, `a${i}`, `Artikel ${i}`, `artikel-${i}`]);
    await writer.query("COMMIT");
  };
  for (let i = 0; i < 500; i++) await insert(i);
  fs.mkdirSync(path.join(mediaDir, "0123456789abcdef01234567"), { recursive: true });
  fs.writeFileSync(path.join(mediaDir, "0123456789abcdef01234567", "thumb.webp"), "bild");

  let written = 500;
  let writing = true;
  const load = (async () => {
    while (writing) await insert(written++);
  })();
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-backup-pg-"));
  const manifest = await backup({ dataDir, databaseUrl: url, mediaDir, dest });
  writing = false;
  await load;
  expect(written).toBeGreaterThan(500);
  expect(manifest.database).toBe("postgresql");
  expect(manifest.rows.Article).toBeGreaterThanOrEqual(500);
  expect(manifest.rows.Article).toBeLessThan(written);
  // A snapshot: every article in it has its revision (no write torn in half).
  expect(manifest.rows.ArticleRevision).toBe(manifest.rows.Article);
  expect(fs.existsSync(path.join(dest, "redaktion.dump"))).toBe(true);
  expect(fs.readFileSync(path.join(dest, "media", "0123456789abcdef01234567", "thumb.webp"), "utf8")).toBe("bild");

  // Restore over a site that moved on (and lost its media).
  fs.rmSync(mediaDir, { recursive: true });
  const restored = await restore({ from: dest, dataDir, databaseUrl: url, mediaDir });
  expect(restored.rows).toEqual(manifest.rows);
  const { rows } = await writer.query(`SELECT COUNT(*)::int AS n FROM "Article"`);
  expect(rows[0].n).toBe(manifest.rows.Article);
  // The search configuration came back with it.
  expect((await writer.query(`SELECT to_tsvector('redaktion_german', 'Straße in Brüssel')::text AS v`)).rows[0].v).toContain("strass");
  await writer.end();
  expect(fs.existsSync(path.join(mediaDir, "0123456789abcdef01234567", "thumb.webp"))).toBe(true);
  // A SQLite backup is not restored into PostgreSQL by mistake.
  fs.writeFileSync(path.join(dest, "manifest.json"), JSON.stringify({ ...manifest, database: "sqlite" }));
  await expect(restore({ from: dest, dataDir, databaseUrl: url, mediaDir })).rejects.toThrow(/db:copy/);
}, 120_000);
