// The models are written once (prisma/schema.prisma); the PostgreSQL schema is
// generated from them. This fails when someone changed one and not the other.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchema } from "./postgres-schema.mjs";

describe("PostgreSQL schema", () => {
  it("is generated from prisma/schema.prisma and committed as generated", () => {
    const source = fs.readFileSync("prisma/schema.prisma", "utf8");
    expect(fs.readFileSync("prisma/postgres/schema.prisma", "utf8"), "run `npm run db:schema:postgres`").toBe(postgresSchema(source));
  });

  it("differs from the source only in the generator output and the datasource", () => {
    const generated = postgresSchema(fs.readFileSync("prisma/schema.prisma", "utf8"));
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).toContain('output     = "../../src/generated/prisma-postgres"');
    const models = (text: string) => text.slice(text.indexOf("enum Role"));
    expect(models(generated)).toBe(models(fs.readFileSync("prisma/schema.prisma", "utf8")));
  });
});
