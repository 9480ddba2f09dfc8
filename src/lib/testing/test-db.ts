// A real, throwaway SQLite database for integration tests: a fresh file with
// the project's migrations applied, exactly as `npm start` would prepare it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Call before importing anything that opens the database (src/lib/db.ts reads the env on import). */
export function setUpTestDatabase(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  process.env.DATABASE_URL = url;
  process.env.DATA_DIR = dir;
  const cli = path.resolve("node_modules/prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, "migrate", "deploy"], {
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed: ${result.stderr || result.stdout}`);
  return url;
}
