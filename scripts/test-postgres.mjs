#!/usr/bin/env node
// `npm run test:postgres`: the database-touching unit tests and the browser
// journeys again, on a throwaway PostgreSQL this script starts (see
// postgres-throwaway.mjs) and removes afterwards. Arguments: --no-build reuses
// the production build `npm test` just made; --unit or --e2e runs one half;
// --all runs every journey, not only those that depend on the database (playwright.config.ts);
// anything else goes to Playwright (e.g. a spec file).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startThrowawayPostgres } from "./postgres-throwaway.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const args = process.argv.slice(2);
const only = args.includes("--unit") ? "unit" : args.includes("--e2e") ? "e2e" : null;
const passOn = args.filter((a) => a !== "--unit" && a !== "--e2e");

// Tests about SQLite itself (its file backup, PRAGMAs, planner statistics,
// write lock) have PostgreSQL twins elsewhere or no meaning there.
const SQLITE_ONLY = new Set(["scripts/backup.test.ts", "src/lib/db-optimize.test.ts", "src/lib/db-transactions.test.ts"]);

function databaseTests() {
  const found = [];
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") visit(file);
      } else if (/\.test\.tsx?$/.test(entry.name) && fs.readFileSync(file, "utf8").includes("@/lib/testing/test-db")) {
        found.push(path.relative(root, file));
      }
    }
  };
  for (const dir of ["src", "server", "scripts"]) visit(path.join(root, dir));
  return found.filter((f) => !SQLITE_ONLY.has(f)).sort();
}

const log = (line) => console.log(`[test:postgres] ${line}`);
const pg = await startThrowawayPostgres({ log });
const base = { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };

function run(label, command, commandArgs, env) {
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { env, stdio: "inherit" });
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    pg.stop();
    process.exit(result.status || 1);
  }
}

function migrated(name) {
  const url = pg.createDatabase(name);
  run(`migrate deploy (${name})`, process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], { ...base, DATABASE_URL: url });
  return url;
}

if (only !== "e2e") {
  // Every test file gets its own database, copied from this migrated template in milliseconds.
  const template = migrated("redaktion_template");
  const files = databaseTests();
  log(`${files.length} test files touch the database`);
  run("unit tests", process.execPath, ["node_modules/vitest/vitest.mjs", "run", ...files], { ...base, REDAKTION_TEST_POSTGRES: template });
}
if (only !== "unit") {
  // The start script applies the migrations itself, as in production.
  const url = pg.createDatabase("redaktion_e2e");
  // The German run of the core journeys checks the catalogues, not the database: SQLite's run covers it.
  // The rest run the journeys that depend on the database's own behaviour (playwright.config.ts DATABASE_JOURNEYS); --all runs every one.
  const chosen = passOn.some((a) => a.startsWith("--project") || a.endsWith(".ts"));
  const projects = chosen ? [] : ["--project=setup", "--project=journeys"];
  const all = chosen || passOn.includes("--all");
  run("journeys", process.execPath, ["scripts/e2e.mjs", ...projects, ...passOn.filter((a) => a !== "--all")], {
    ...base,
    DATABASE_URL: url,
    ...(all ? {} : { E2E_DATABASE_JOURNEYS: "1" }),
  });
}
pg.stop();
log("done");
