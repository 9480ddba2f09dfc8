// Backup under write load, then restore: SECURITY.md's backup test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { backup, restore } from "./backup-lib.mjs";

const url = setUpTestDatabase();
const databaseFile = url.slice("file:".length);
const dataDir = path.dirname(databaseFile);
const mediaDir = path.join(dataDir, "media");

it("an online backup taken while articles are written is consistent, and restores to the same rows", async () => {
  const writer = new Database(databaseFile);
  writer.pragma("journal_mode = WAL");
  const now = new Date().toISOString();
  writer.prepare(`INSERT INTO "Section" (id, name, slug, position, createdAt) VALUES ('s1', 'Politik', 'politik', 0, ?)`).run(now);
  writer.prepare(`INSERT INTO "User" (id, name, email, role, sessionVersion, disabled, bio, createdAt, updatedAt) VALUES ('u1', 'A', 'a@example.org', 'EDITOR', 0, 0, '', ?, ?)`).run(now, now);
  const insert = writer.transaction((i: number) => {
    writer.prepare(`INSERT INTO "Article" (id, headline, teaser, body, slug, status, sectionId, authorId, createdAt, updatedAt, version) VALUES (?, ?, '', '{}', ?, 'DRAFT', 's1', 'u1', ?, ?, 1)`).run(`a${i}`, `Artikel ${i}`, `artikel-${i}`, now, now);
    writer.prepare(`INSERT INTO "ArticleRevision" (id, articleId, version, kind, kicker, headline, teaser, body, slug, sectionId, status, createdAt) VALUES (?, ?, 1, 'CREATE', '', ?, '', '{}', ?, 's1', 'DRAFT', ?)`).run(`r${i}`, `a${i}`, `Artikel ${i}`, `artikel-${i}`, now);
  });
  for (let i = 0; i < 2000; i++) insert(i);
  fs.mkdirSync(path.join(mediaDir, "0123456789abcdef01234567"), { recursive: true });
  fs.writeFileSync(path.join(mediaDir, "0123456789abcdef01234567", "thumb.webp"), "bild");

  // Keep writing while the backup runs (it copies page by page between event-loop turns).
  let written = 2000;
  let writing = true;
  const load = (async () => {
    while (writing) {
      insert(written++);
      await new Promise((r) => setImmediate(r));
    }
  })();
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-backup-"));
  const manifest = await backup({ dataDir, databaseFile, mediaDir, dest });
  writing = false;
  await load;
  expect(written).toBeGreaterThan(2000);
  expect(manifest.integrity).toBe("ok");
  expect(manifest.rows.Article).toBeGreaterThanOrEqual(2000);
  expect(manifest.rows.Article).toBeLessThanOrEqual(written);
  // A snapshot: every article in it has its revision (no write torn in half).
  const copy = new Database(path.join(dest, "redaktion.db"), { readonly: true });
  expect(copy.prepare(`SELECT COUNT(*) AS n FROM "ArticleRevision"`).get()).toEqual({ n: manifest.rows.Article });
  copy.close();
  expect(fs.readFileSync(path.join(dest, "media", "0123456789abcdef01234567", "thumb.webp"), "utf8")).toBe("bild");
  expect(fs.statSync(dest).mode & 0o777).toBe(0o700);

  writer.close();
  // Restore over a database that moved on (and lost its media).
  fs.rmSync(mediaDir, { recursive: true });
  const restored = await restore({ from: dest, dataDir, databaseFile, mediaDir });
  expect(restored.rows).toEqual(manifest.rows);
  const back = new Database(databaseFile, { readonly: true });
  expect(back.pragma("integrity_check", { simple: true })).toBe("ok");
  back.close();
  expect(fs.existsSync(path.join(mediaDir, "0123456789abcdef01234567", "thumb.webp"))).toBe(true);
}, 60_000);
