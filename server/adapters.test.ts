import { afterEach, describe, expect, it } from "vitest";
import { adapters } from "./adapters.mjs";
import { reloadConfig } from "./config.mjs";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  reloadConfig();
});

describe("every infrastructure choice, from the configuration", () => {
  it("a fresh clone runs on one machine with nothing else to install", () => {
    for (const name of ["DATABASE_URL", "REDIS_URL", "SMTP_URL", "MEDIA_STORE"]) delete process.env[name];
    expect(adapters(reloadConfig())).toEqual({ database: "sqlite", search: "sqlite-fts5", storage: "disk", cache: "memory", rateLimits: "database", mail: "none", schedulerLock: "database-lease" });
  });
  it("PostgreSQL, Redis and SMTP when they are configured", () => {
    process.env.DATABASE_URL = "postgres://redaktion@db.internal/redaktion";
    process.env.REDIS_URL = "redis://redis.internal:6379/0";
    process.env.SMTP_URL = "smtp://mail.internal:25";
    expect(adapters(reloadConfig())).toMatchObject({ database: "postgresql", search: "postgresql-tsvector", cache: "redis", rateLimits: "redis", mail: "smtp" });
  });
});
