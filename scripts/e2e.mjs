#!/usr/bin/env node
// The browser half of `npm test`: a fresh production build, a throwaway
// database (.e2e/), then the Playwright journeys. Extra arguments go to Playwright.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const env = { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };

function run(label, args) {
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { env, stdio: "inherit" });
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) process.exit(result.status || 1);
}

fs.rmSync(path.join(root, ".e2e"), { recursive: true, force: true });
fs.mkdirSync(path.join(root, ".e2e"), { recursive: true });
if (!process.argv.includes("--no-build")) {
  run("prisma generate", ["node_modules/prisma/build/index.js", "generate"]);
  run("prisma generate (PostgreSQL client)", ["node_modules/prisma/build/index.js", "generate", "--schema", "prisma/postgres/schema.prisma"]);
  run("next build", ["node_modules/next/dist/bin/next", "build"]);
}
const extra = process.argv.slice(2).filter((a) => a !== "--no-build");
run("playwright", ["node_modules/@playwright/test/cli.js", "test", ...extra]);
