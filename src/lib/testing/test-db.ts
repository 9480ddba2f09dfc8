// A real, throwaway database for integration tests, exactly as `npm start`
// would prepare it: by default a fresh SQLite file with the project's
// migrations applied; under `npm run test:postgres` a fresh PostgreSQL
// database copied from a migrated template (scripts/test-postgres.mjs sets
// REDAKTION_TEST_POSTGRES to that template's URL).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** True when the tests run against PostgreSQL (npm run test:postgres). */
export const onPostgres = Boolean(process.env.REDAKTION_TEST_POSTGRES);

/** Call before importing anything that opens the database (src/lib/db.ts reads the env on import). */
export function setUpTestDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-test-"));
  process.env.DATA_DIR = dir;
  const template = process.env.REDAKTION_TEST_POSTGRES;
  if (template) {
    const name = `test_${randomBytes(6).toString("hex")}`;
    const templateName = new URL(template).pathname.slice(1);
    const script = `const pg = require("pg"); const c = new pg.Client({ connectionString: process.argv[1] });
      c.connect().then(() => c.query('CREATE DATABASE "${name}" TEMPLATE "${templateName}"')).then(() => c.end(), (e) => { console.error(e.message); process.exit(1); });`;
    const admin = new URL(template);
    admin.pathname = "/postgres";
    const result = spawnSync(process.execPath, ["-e", script, admin.toString()], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`creating the test database failed: ${result.stderr}`);
    const url = new URL(template);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
    return process.env.DATABASE_URL;
  }
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.DATABASE_URL = url;
  const cli = path.resolve("node_modules/prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed: ${result.stderr || result.stdout}`);
  return url;
}
