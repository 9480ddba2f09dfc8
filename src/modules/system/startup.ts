import "server-only";
import { adapters } from "@server/adapters.mjs";
import { config } from "@server/config.mjs";
import { checkDatabaseSettings, db, optimizeDatabase } from "@/lib/db";
import { log } from "@/lib/log";
import { checkRedis, redisConfigured } from "@/lib/redis";
import { ensureDefaultSections, seedDemoArticle } from "../articles/seed";
import { assignMissingAuthorSlugs } from "../users/slug";
import { ensureLegalPageDrafts } from "../pages/seed";
import { adoptConfiguredPurgeEndpoint } from "../webhooks/purge-endpoint";
import { startScheduler } from "./scheduler";
import { registerCollabBridge } from "../collab/bridge";

/**
 * Runs once when the server process starts (instrumentation.ts): refuses to
 * run on a misconfigured database or without a session secret, then fills an
 * empty database with what a newsroom needs on day one.
 */
export async function startUp() {
  const settings = config(); // throws a message naming every variable that is wrong
  if (!settings.auth.secret) {
    throw new Error("NEXTAUTH_SECRET is not set. Start with `npm start`, which generates and keeps one, or set it yourself.");
  }
  log.info("adapters", adapters());
  log.info("db.settings", await checkDatabaseSettings());
  // Configured but unreachable: stop here with a message, rather than run without what the other servers share.
  if (redisConfigured()) log.info("redis.ready", await checkRedis());
  await ensureDefaultSections();
  if (settings.seedDemo) await seedDemoArticle();
  // A German site needs an Impressum and a privacy notice: a site without pages gets drafts of both, with placeholders.
  const legalDrafts = await ensureLegalPageDrafts();
  if (legalDrafts > 0) log.info("seed.legal-pages", { drafts: legalDrafts });
  // Author pages live at /autor/<name>: people from before that get their address now.
  const named = await assignMissingAuthorSlugs(db);
  if (named > 0) log.info("users.author-addresses", { assigned: named });
  // PURGE_WEBHOOK_URL: a CDN purge endpoint like any other, purged through the outbox.
  const purgeEndpoint = await adoptConfiguredPurgeEndpoint();
  if (purgeEndpoint !== "none" && purgeEndpoint !== "unchanged") log.info("purge.endpoint", { from: "PURGE_WEBHOOK_URL", result: purgeEndpoint });
  log.info("db.optimized", await optimizeDatabase());
  const every6h = setInterval(() => {
    optimizeDatabase().then(
      (result) => log.info("db.optimized", result),
      (error) => log.warn("db.optimize-failed", { error }),
    );
  }, 6 * 3600_000);
  every6h.unref();
  // The collaboration server (server/collab.mjs) reaches the shared documents through this.
  registerCollabBridge();
  // Its first run publishes whatever was due while the server was down.
  startScheduler();
}
