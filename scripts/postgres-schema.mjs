#!/usr/bin/env node
// `npm run db:schema:postgres [-- --check]`: the PostgreSQL schema, generated
// from prisma/schema.prisma, where the models are written (Prisma 6.19 cannot
// switch providers in one schema: `provider = env(...)` is refused and a
// generated client is tied to one provider). Only the generator's output and
// the datasource differ. `--check` fails when the committed file has drifted
// from the source (a unit test runs it).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "prisma", "schema.prisma");
const target = path.join(root, "prisma", "postgres", "schema.prisma");

export function postgresSchema(text) {
  const generator = /generator client \{[^}]*\}/;
  const datasource = /datasource db \{[^}]*\}/;
  if (!generator.test(text) || !datasource.test(text)) throw new Error("prisma/schema.prisma: expected one `generator client` and one `datasource db` block");
  return [
    "// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: edit the",
    "// models there, then run `npm run db:schema:postgres` (a test fails on drift).",
    "",
    text
      .replace(
        generator,
        ['generator client {', '  provider   = "prisma-client"', '  output     = "../../src/generated/prisma-postgres"', '  engineType = "client"', "}"].join("\n"),
      )
      .replace(
        datasource,
        [
          "datasource db {",
          '  provider = "postgresql"',
          "  // Resolvable for the CLI; the app connects through the pg driver adapter with DATABASE_URL.",
          '  url      = "postgresql://localhost:5432/redaktion"',
          "}",
        ].join("\n"),
      ),
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = postgresSchema(fs.readFileSync(source, "utf8"));
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("prisma/postgres/schema.prisma is out of date: run `npm run db:schema:postgres`.");
      process.exit(1);
    }
  } else if (current !== wanted) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, wanted);
    console.log("wrote prisma/postgres/schema.prisma");
  }
}
