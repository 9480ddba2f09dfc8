import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./config.mjs";

describe("configuration", () => {
  it("has a default for everything", () => {
    const c = readConfig({});
    expect(c.server).toMatchObject({ port: 3000, hostname: "0.0.0.0", frontCache: true, trustProxy: { kind: "none" } });
    expect(c.dataDir).toBe(path.resolve("data"));
    expect(c.media).toEqual({ dir: path.resolve("data", "media"), maxBytes: 20 * 1024 * 1024, store: "local", publicUrl: undefined, s3: undefined });
    expect(c.site).toMatchObject({ name: "Redaktion", url: "http://localhost:3000" });
    expect(c.scheduler).toEqual({ enabled: true, intervalMs: 5000 });
    expect(c.seedDemo).toBe(true);
    expect(c.database).toEqual({ provider: "sqlite", url: `file:${path.resolve("data", "redaktion.db")}`, poolSize: 10 });
  });

  it("picks the database from DATABASE_URL: a file: URL is SQLite, postgres:// is PostgreSQL", () => {
    expect(readConfig({ DATABASE_URL: "file:./x/site.db" }).database).toMatchObject({ provider: "sqlite", url: `file:${path.resolve("x", "site.db")}` });
    expect(readConfig({ DATABASE_URL: "postgres://r:geheim@db.internal:5432/redaktion", DATABASE_POOL_SIZE: "25" }).database).toEqual({
      provider: "postgresql",
      url: "postgres://r:geheim@db.internal:5432/redaktion",
      poolSize: 25,
    });
    expect(readConfig({ DATABASE_URL: "postgresql://localhost/redaktion?sslmode=require" }).database.provider).toBe("postgresql");
    expect(() => readConfig({ DATABASE_POOL_SIZE: "0" })).toThrow("DATABASE_POOL_SIZE must be a whole number from 1 to 200");
  });

  it("several servers: WORKERS, the proxy refresh and the action key are checked with a message naming them", () => {
    expect(readConfig({}).server.workers).toBe(1);
    expect(readConfig({ WORKERS: "3" }).server.workers).toBe(3);
    expect(readConfig({ WORKERS: "auto" }).server.workers).toBeGreaterThanOrEqual(1);
    expect(() => readConfig({ WORKERS: "0" })).toThrow('WORKERS must be "auto"');
    expect(readConfig({ PROXY_REFRESH_URLS: "http://10.0.0.5:8080/, http://10.0.0.6:8080", PROXY_REFRESH_TOKEN: "t" }).proxyRefresh).toEqual({ urls: ["http://10.0.0.5:8080", "http://10.0.0.6:8080"], token: "t" });
    expect(() => readConfig({ PROXY_REFRESH_URLS: "nginx.internal" , PROXY_REFRESH_TOKEN: "t" })).toThrow("PROXY_REFRESH_URLS must be addresses");
    expect(() => readConfig({ PROXY_REFRESH_URLS: "http://10.0.0.5:8080" })).toThrow("PROXY_REFRESH_TOKEN must be set");
    expect(() => readConfig({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "kurz" })).toThrow("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 16, 24 or 32 random bytes");
    expect(() => readConfig({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") })).not.toThrow();
  });

  it("reads what is set", () => {
    const c = readConfig({ PORT: "8080", MEDIA_MAX_MB: "50", TRUST_PROXY: "2", SCHEDULER: "off", SEED_DEMO: "false", FRONT_CACHE: "off", NEXTAUTH_URL: "https://zeitung.example/", LOG_LEVEL: "warn" });
    expect(c.server).toMatchObject({ port: 8080, frontCache: false, trustProxy: { kind: "hops", hops: 2 } });
    expect(c.media.maxBytes).toBe(50 * 1024 * 1024);
    expect(c.site.url).toBe("https://zeitung.example");
    expect([c.scheduler.enabled, c.seedDemo, c.logLevel]).toEqual([false, false, "warn"]);
  });

  it("keeps media in a folder by default, in an S3-compatible bucket with MEDIA_STORE=s3", () => {
    expect(readConfig({}).media).toMatchObject({ store: "local", s3: undefined });
    const own = readConfig({ MEDIA_STORE: "s3", S3_BUCKET: "medien", S3_ENDPOINT: "http://minio.internal:9000/", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" }).media.s3;
    expect(own).toMatchObject({ bucket: "medien", region: "us-east-1", endpoint: "http://minio.internal:9000", forcePathStyle: true });
    expect(readConfig({ MEDIA_STORE: "s3", S3_BUCKET: "medien", S3_REGION: "eu-central-1" }).media.s3).toMatchObject({ forcePathStyle: false, endpoint: undefined });
    expect(() => readConfig({ MEDIA_STORE: "s3" })).toThrow("S3_BUCKET must name the bucket when MEDIA_STORE=s3.");
    expect(() => readConfig({ MEDIA_STORE: "s3", S3_BUCKET: "medien", S3_ACCESS_KEY_ID: "k" })).toThrow("must be set together");
    expect(() => readConfig({ MEDIA_STORE: "ftp" })).toThrow('MEDIA_STORE must be "local"');
  });

  it("names every variable that is wrong and what it expects", () => {
    let message = "";
    try {
      readConfig({ PORT: "achtzig", NEXTAUTH_URL: "zeitung.example", TRUST_PROXY: "nginx", SCHEDULER: "vielleicht", DATABASE_URL: "mysql://x" });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/5 problems/);
    expect(message).toContain('PORT must be a whole number from 1 to 65535 (got "achtzig")');
    expect(message).toContain("NEXTAUTH_URL must be a full URL, e.g. https://zeitung.example");
    expect(message).toContain('TRUST_PROXY: "nginx" is not an address');
    expect(message).toContain('SCHEDULER must be "on" or "off"');
    expect(message).toContain("DATABASE_URL must be an SQLite file: URL (e.g. file:./data/redaktion.db) or a PostgreSQL URL");
  });
});

describe("mail settings", () => {
  it("accepts smtp:// and smtps:// addresses and refuses others by name", async () => {
    const { readConfig } = await import("./config.mjs");
    expect(readConfig({ SMTP_URL: "smtps://user:geheim@mail.zeitung.example:465" }).mail).toMatchObject({ display: expect.not.stringContaining("geheim") });
    expect(readConfig({}).mail).toBeNull();
    expect(() => readConfig({ SMTP_URL: "mail.zeitung.example" })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ address/);
    expect(() => readConfig({ SMTP_URL: "smtp://m.example", MAIL_FROM: "nobody" })).toThrow(/MAIL_FROM must be an address/);
  });
});
