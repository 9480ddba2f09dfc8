import { describe, expect, it } from "vitest";
import { isPostgresUrl, prismaLayout, redactUrl } from "./runtime-config.mjs";

describe("database URLs", () => {
  it("tells PostgreSQL from SQLite and picks each one's schema and migrations", () => {
    expect(isPostgresUrl("postgres://h/db")).toBe(true);
    expect(isPostgresUrl("postgresql://h/db")).toBe(true);
    expect(isPostgresUrl("file:./data/redaktion.db")).toBe(false);
    expect(prismaLayout("postgres://h/db")).toMatchObject({ provider: "postgresql", migrations: "prisma/postgres/migrations" });
    expect(prismaLayout("file:/tmp/x.db")).toMatchObject({ provider: "sqlite", migrations: "prisma/migrations" });
  });
  it("never prints a password", () => {
    expect(redactUrl("postgres://redaktion:geheim@db.internal:5432/redaktion")).toBe("postgres://redaktion:***@db.internal:5432/redaktion");
    expect(redactUrl("file:/srv/data/redaktion.db")).toBe("file:/srv/data/redaktion.db");
  });
});
