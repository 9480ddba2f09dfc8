// The one configuration: every environment variable Redaktion reads, parsed
// and checked once, with a message that names the variable and what it
// expects. Plain JavaScript so the start script and the front door (which run
// before anything is compiled) read the same thing as the app.
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { parseTrustProxy } from "./client-address.mjs";
import { isPostgresUrl, redactUrl } from "./runtime-config.mjs";


const text = () => z.string().trim().min(1).optional();
const onOff = (name) =>
  z
    .enum(["on", "off", "true", "false"], { error: `${name} must be "on" or "off".` })
    .optional()
    .transform((v) => v === undefined || v === "on" || v === "true");
const url = (name, example) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || URL.canParse(v), `${name} must be a full URL, e.g. ${example}.`)
    .transform((v) => (v ? v.replace(/\/+$/, "") : undefined));
const integer = (name, { min, max, fallback }) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number from ${min} to ${max} (got "${v}").` });
        return z.NEVER;
      }
      return n;
    });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional().default("development"),
  DATA_DIR: text(),
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .refine(
      (v) => !v || v.startsWith("file:") || (isPostgresUrl(v) && URL.canParse(v)),
      "DATABASE_URL must be an SQLite file: URL (e.g. file:./data/redaktion.db) or a PostgreSQL URL (e.g. postgres://redaktion:secret@db.internal:5432/redaktion).",
    ),
  DATABASE_POOL_SIZE: integer("DATABASE_POOL_SIZE", { min: 1, max: 200, fallback: 10 }),
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^rediss?:\/\//.test(v) && URL.canParse(v)), "REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://redis.internal:6379/0."),
  WORKERS: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || v === "auto" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 64), 'WORKERS must be "auto" (one server process per core) or a whole number from 1 to 64.'),
  // Set by server/workers.mjs for its server processes, not by hand.
  WORKER_INDEX: integer("WORKER_INDEX", { min: 0, max: 63, fallback: 0 }),
  REDAKTION_INSTANCE: text(),
  MEDIA_DIR: text(),
  MEDIA_STORE: z.enum(["local", "s3"], { error: 'MEDIA_STORE must be "local" (a folder, the default) or "s3" (an S3-compatible bucket).' }).optional().default("local"),
  MEDIA_PUBLIC_URL: url("MEDIA_PUBLIC_URL", "https://cdn.zeitung.example/media"),
  S3_BUCKET: text(),
  S3_REGION: text(),
  S3_ENDPOINT: url("S3_ENDPOINT", "https://s3.eu-central-1.amazonaws.com"),
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
  S3_FORCE_PATH_STYLE: z.enum(["on", "off", "true", "false"], { error: 'S3_FORCE_PATH_STYLE must be "on" or "off".' }).optional(),
  S3_PREFIX: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(v), "S3_PREFIX must be a folder name such as redaktion or sites/redaktion (no leading or trailing slash)."),
  MEDIA_MAX_MB: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (Number.isFinite(Number(v)) && Number(v) > 0 && Number(v) <= 1024), "MEDIA_MAX_MB must be a number of megabytes from 0 to 1024, e.g. 20.")
    .transform((v) => (v ? Number(v) : 20)),
  PORT: integer("PORT", { min: 1, max: 65535, fallback: 3000 }),
  HOSTNAME: text(),
  NEXTAUTH_SECRET: text(),
  NEXTAUTH_URL: url("NEXTAUTH_URL", "https://zeitung.example"),
  SITE_URL: url("SITE_URL", "https://zeitung.example"),
  SITE_NAME: text(),
  SECURITY_CONTACT: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/.test(v), "SECURITY_CONTACT must be a mailto: or https:// address where people report security problems, e.g. mailto:security@zeitung.example."),
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^smtps?:$/.test(URL.canParse(v) ? new URL(v).protocol : "") && !!new URL(v).hostname), "SMTP_URL must be an smtp:// or smtps:// address, e.g. smtps://user:password@mail.zeitung.example:465."),
  MAIL_FROM: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^(.+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(v), 'MAIL_FROM must be an address, e.g. "Redaktion <redaktion@zeitung.example>".'),
  TRASH_RETENTION_DAYS: integer("TRASH_RETENTION_DAYS", { min: 1, max: 3650, fallback: 30 }),
  NEWSROOM_LOCALE: z.enum(["de", "en"], { error: 'NEWSROOM_LOCALE must be "de" (German, the default) or "en" (English).' }).optional().default("de"),
  SITE_DESCRIPTION: text(),
  // Webhook and purge endpoints inside the newsroom's own network (loopback, private ranges): refused unless this says so.
  WEBHOOK_ALLOW_PRIVATE: z
    .enum(["1", "0", "on", "off", "true", "false"], { error: 'WEBHOOK_ALLOW_PRIVATE must be "1" (webhooks may go to addresses inside your network) or "0" (the default).' })
    .optional()
    .transform((v) => v === "1" || v === "on" || v === "true"),
  PURGE_WEBHOOK_URL: url("PURGE_WEBHOOK_URL", "https://cdn.example/purge"),
  PURGE_WEBHOOK_TOKEN: text(),
  PROXY_REFRESH_URLS: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.split(",").map((u) => u.trim().replace(/\/+$/, "")).filter(Boolean) : []))
    .refine((list) => list.every((u) => /^https?:\/\//.test(u) && URL.canParse(u)), "PROXY_REFRESH_URLS must be addresses of your nginx servers, separated by commas, e.g. http://10.0.0.5:8080,http://10.0.0.6:8080."),
  PROXY_REFRESH_TOKEN: text(),
  // Read by Next itself when it builds; checked here so a wrong one is named before a build fails on it.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^[A-Za-z0-9+/]+={0,2}$/.test(v) && [16, 24, 32].includes(Buffer.from(v, "base64").length)), "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 16, 24 or 32 random bytes in base64, e.g. the output of: node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\""),
  SEED_DEMO: onOff("SEED_DEMO"),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      try {
        return parseTrustProxy(v);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: String(error instanceof Error ? error.message : error) });
        return z.NEVER;
      }
    }),
  SCHEDULER: onOff("SCHEDULER"),
  SCHEDULER_INTERVAL_MS: integer("SCHEDULER_INTERVAL_MS", { min: 1000, max: 3_600_000, fallback: 5000 }),
  LOG_FORMAT: z.enum(["json", "pretty"], { error: 'LOG_FORMAT must be "json" (one JSON object per line) or "pretty" (readable lines); unset: pretty on a terminal, JSON elsewhere.' }).optional(),
  LOG_LEVEL: z.enum(["info", "warn", "error", "silent"], { error: 'LOG_LEVEL must be one of "info", "warn", "error", "silent".' }).optional().default("info"),
  FRONT_CACHE: onOff("FRONT_CACHE"),
});

export class ConfigError extends Error {}

/** Which database, from DATABASE_URL: PostgreSQL for a postgres:// URL, else the SQLite file (default data/redaktion.db). */
function databaseOf(databaseUrl, dataDir) {
  if (databaseUrl && isPostgresUrl(databaseUrl)) return { provider: /** @type {const} */ ("postgresql"), url: databaseUrl };
  const file = databaseUrl ? path.resolve(/*turbopackIgnore: true*/ databaseUrl.slice("file:".length).replace(/^\/\//, "")) : path.join(dataDir, "redaktion.db");
  return { provider: /** @type {const} */ ("sqlite"), url: `file:${file}` };
}

/**
 * Parses an environment; throws a ConfigError naming every variable that is wrong.
 * @param {Record<string, string | undefined>} [env]
 */
export function readConfig(env = process.env) {
  const result = schema
    .superRefine((c, ctx) => {
      if (c.PROXY_REFRESH_URLS.length > 0 && !c.PROXY_REFRESH_TOKEN) ctx.addIssue({ code: "custom", message: "PROXY_REFRESH_TOKEN must be set with PROXY_REFRESH_URLS: the same value as the refresh token in your nginx configuration (deploy/nginx.conf)." });
      if (c.MEDIA_STORE !== "s3") return;
      if (!c.S3_BUCKET) ctx.addIssue({ code: "custom", message: "S3_BUCKET must name the bucket when MEDIA_STORE=s3." });
      if (!!c.S3_ACCESS_KEY_ID !== !!c.S3_SECRET_ACCESS_KEY) ctx.addIssue({ code: "custom", message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together." });
    })
    .safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `- ${issue.message}`);
    throw new ConfigError(`Redaktion's configuration has ${lines.length === 1 ? "a problem" : `${lines.length} problems`}:\n${[...new Set(lines)].join("\n")}`);
  }
  const c = result.data;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ c.DATA_DIR ?? "data");
  return {
    production: c.NODE_ENV === "production",
    dataDir,
    database: { ...databaseOf(c.DATABASE_URL, dataDir), poolSize: c.DATABASE_POOL_SIZE },
    media: {
      dir: path.resolve(/*turbopackIgnore: true*/ c.MEDIA_DIR ?? path.join(dataDir, "media")),
      maxBytes: Math.floor(c.MEDIA_MAX_MB * 1024 * 1024),
      store: c.MEDIA_STORE,
      publicUrl: c.MEDIA_PUBLIC_URL,
      s3:
        c.MEDIA_STORE === "s3"
          ? {
              bucket: /** @type {string} */ (c.S3_BUCKET),
              // Any region works for MinIO and s3rver; Cloudflare R2 wants "auto".
              region: c.S3_REGION ?? "us-east-1",
              endpoint: c.S3_ENDPOINT,
              accessKeyId: c.S3_ACCESS_KEY_ID,
              secretAccessKey: c.S3_SECRET_ACCESS_KEY,
              // Path-style addressing (endpoint/bucket/key) by default for your own endpoint (MinIO and the like), virtual hosts for AWS.
              forcePathStyle: c.S3_FORCE_PATH_STYLE === undefined ? Boolean(c.S3_ENDPOINT) : c.S3_FORCE_PATH_STYLE === "on" || c.S3_FORCE_PATH_STYLE === "true",
              publicUrl: c.MEDIA_PUBLIC_URL,
              prefix: c.S3_PREFIX || undefined,
            }
          : undefined,
    },
    server: { port: c.PORT, hostname: c.HOSTNAME ?? "0.0.0.0", trustProxy: c.TRUST_PROXY, frontCache: c.FRONT_CACHE,
      workers: workersOf(c.WORKERS),
      /** Which of this host's server processes this is (0 without WORKERS): the first runs the scheduler's timer. */
      workerIndex: c.WORKER_INDEX,
      /** The server these processes make up together, as the scheduler's lease names it. */
      instance: c.REDAKTION_INSTANCE,
    },
    auth: { secret: c.NEXTAUTH_SECRET, url: c.NEXTAUTH_URL },
    site: {
      name: c.SITE_NAME ?? "Redaktion",
      description: c.SITE_DESCRIPTION ?? "Nachrichten aus Politik, Wirtschaft, Kultur und Sport.",
      url: c.SITE_URL ?? c.NEXTAUTH_URL ?? `http://localhost:${c.PORT}`,
      /** The public address when one is set (SITE_URL or NEXTAUTH_URL); undefined when the request's host is trusted. */
      configuredUrl: c.SITE_URL ?? c.NEXTAUTH_URL,
    },
    /** The newsroom's language for a person who has not chosen one and whose browser asks for neither German nor English. */
    newsroomLocale: c.NEWSROOM_LOCALE,
    /** Where invitations and reset links are sent by mail (none: they are shown to copy only). */
    mail: c.SMTP_URL ? { url: c.SMTP_URL, display: redactUrl(c.SMTP_URL), from: c.MAIL_FROM ?? `${c.SITE_NAME ?? "Redaktion"} <redaktion@${new URL(c.SITE_URL ?? c.NEXTAUTH_URL ?? "http://localhost").hostname}>` } : null,
    /** How long deleted articles stay in the trash before the scheduler purges them. */
    trashRetentionDays: c.TRASH_RETENTION_DAYS,
    /** Where security problems are reported (/.well-known/security.txt, RFC 9116); none: no security.txt. */
    securityContact: c.SECURITY_CONTACT,
    purge: { url: c.PURGE_WEBHOOK_URL, token: c.PURGE_WEBHOOK_TOKEN },
    /** Whether webhook and purge endpoints may be inside the network (loopback, private, link-local addresses). */
    webhooksAllowPrivate: c.WEBHOOK_ALLOW_PRIVATE,
    proxyRefresh: { urls: c.PROXY_REFRESH_URLS, token: c.PROXY_REFRESH_TOKEN },
    redis: { url: c.REDIS_URL, display: c.REDIS_URL ? redactUrl(c.REDIS_URL) : undefined },
    seedDemo: c.SEED_DEMO,
    scheduler: { enabled: c.SCHEDULER, intervalMs: c.SCHEDULER_INTERVAL_MS },
    logLevel: c.LOG_LEVEL,
  };
}

/** How many server processes `npm start` runs on this host: WORKERS=auto is one per core. */
function workersOf(value) {
  if (!value) return 1;
  return value === "auto" ? Math.max(1, os.availableParallelism()) : Number(value);
}

/** @type {ReturnType<typeof readConfig> | null} */
let current = null;

/** The configuration of this process, parsed on first use. */
export function config() {
  current ??= readConfig(process.env);
  return current;
}

/** Reads the environment again (tests that change it). */
export function reloadConfig() {
  current = null;
  return config();
}
