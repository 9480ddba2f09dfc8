// npm run db:copy, as an operator moving a site (runs under npm run test:postgres):
// a seeded SQLite site into an empty PostgreSQL database, every row and value
// intact, the search index working there, and a second copy refused.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { expect, it } from "vitest";
import { onPostgres } from "@/lib/testing/test-db";
import { seed } from "../bench/seed.mjs";
import { copySqliteToPostgres } from "./db-copy.mjs";

it.runIf(onPostgres)("copies a SQLite site into an empty PostgreSQL database with equal counts and equal values", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-copy-"));
  const file = path.join(dir, "redaktion.db");
  const migrate = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" });
  expect(migrate.status, migrate.stderr).toBe(0);
  await seed(file, 120);
  const sqlite = new Database(file);
  sqlite.prepare(`UPDATE "User" SET "disabled" = 1 WHERE "id" = 'baut3'`).run();
  const source = sqlite.prepare(`SELECT "headline", "publishedAt", "body" FROM "Article" WHERE "id" = 'bart7'`).get() as { headline: string; publishedAt: string; body: string };
  sqlite.close();

  const admin = new URL(process.env.REDAKTION_TEST_POSTGRES!);
  const name = `copy_${Date.now().toString(36)}`;
  admin.pathname = "/postgres";
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE "${name}"`);
  await adminClient.end();
  const target = new URL(admin);
  target.pathname = `/${name}`;

  const { counts } = await copySqliteToPostgres({ from: `file:${file}`, to: target.toString(), log: () => {} });
  expect(counts.find((c) => c.table === "Article")?.rows).toBe(120);
  expect(counts.find((c) => c.table === "ArticleSearch")?.rows).toBe(120);

  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  const copied = (await client.query(`SELECT "headline", "publishedAt", "body" FROM "Article" WHERE "id" = 'bart7'`)).rows[0];
  expect(copied.headline).toBe(source.headline);
  expect(new Date(`${copied.publishedAt.toISOString().slice(0, 23)}Z`).getTime()).toBe(new Date(source.publishedAt).getTime());
  expect(copied.body).toEqual(JSON.parse(source.body));
  expect((await client.query(`SELECT "disabled" FROM "User" WHERE "id" = 'baut3'`)).rows[0].disabled).toBe(true);
  const hits = await client.query(`SELECT COUNT(*)::int AS n FROM "ArticleSearch" WHERE "document" @@ to_tsquery('redaktion_german', 'ukrain:*')`);
  expect(hits.rows[0].n).toBeGreaterThan(0);
  await client.end();

  await expect(copySqliteToPostgres({ from: `file:${file}`, to: target.toString(), log: () => {} })).rejects.toThrow(/not empty/);
}, 120_000);
