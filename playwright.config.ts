import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Journeys run against a production build (scripts/e2e.mjs builds it) on a
// throwaway database in .e2e/, served by the same start script users run.
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
export const e2eDataDir = path.resolve(".e2e", "data");

// Debian's chromium where it exists (Playwright cannot download its own here),
// Playwright's bundled browser on an ordinary developer machine.
const systemChromium = "/usr/bin/chromium";
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

/** Sign in, write, publish, review: these run in German as well (they find controls through the catalogues). */
const CORE_JOURNEYS = /(editor-signs-in-and-out|editor-publishes-article|review-a-contributors-article)\.spec\.ts/;

/**
 * The journeys whose outcome depends on the database's own behaviour: versions and conflicts,
 * concurrent writers, JSON columns, full-text search, list filters and paging, the scheduler's lease,
 * the review queue. The PostgreSQL run (npm run test:postgres, which sets E2E_DATABASE_JOURNEYS)
 * runs these; the others' database code runs there through the unit tests, and every journey runs on
 * SQLite in npm test. `npm run test:postgres -- --all` runs every journey on PostgreSQL too.
 */
const DATABASE_JOURNEYS = [
  "editor-publishes-article",
  "editor-never-loses-a-word",
  "two-editors-edit-the-same-article",
  "editor-corrects-a-live-article",
  "reader-finds-follows-and-shares",
  "editor-finds-and-clears-away-articles",
  "scheduled-article-appears-on-time",
  "review-a-contributors-article",
].map((name) => `**/${name}.spec.ts`);
const databaseJourneysOnly = Boolean(process.env.E2E_DATABASE_JOURNEYS);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    launchOptions,
    // The browser asks for English: the newsroom answers in English (a person's
    // profile choice, else Accept-Language, else NEWSROOM_LOCALE). The reader
    // site is German whatever the browser asks; "journeys-de" runs the core
    // journeys with a German browser.
    locale: "en-GB",
    timezoneId: "Europe/Berlin",
    // A trace of every step costs about a tenth of the run; CI keeps no files of a run, so it records none.
    trace: process.env.CI ? "off" : "retain-on-failure",
  },
  projects: [
    { name: "setup", testMatch: /first-run-setup\.spec\.ts/ },
    {
      name: "journeys",
      testIgnore: "**/first-run-setup.spec.ts",
      ...(databaseJourneysOnly ? { testMatch: DATABASE_JOURNEYS } : {}),
      dependencies: ["setup"],
    },
    {
      name: "journeys-de",
      testMatch: CORE_JOURNEYS,
      dependencies: ["setup"],
      use: { locale: "de-DE" },
    },
  ],
  webServer: {
    command: "node server/start.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    // Server log lines only when asked for (E2E_SERVER_LOG=info); errors always.
    stdout: process.env.E2E_SERVER_LOG ? "pipe" : "ignore",
    stderr: "pipe",
    env: {
      DATA_DIR: e2eDataDir,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      SEED_DEMO: "true",
      NEXTAUTH_URL: baseURL,
      LOG_LEVEL: process.env.E2E_SERVER_LOG ?? "info",
      // One trusted proxy hop: journeys act from different addresses through
      // X-Forwarded-For's last entry (sign-in throttling); forged entries before it are ignored.
      TRUST_PROXY: "1",
      SCHEDULER_INTERVAL_MS: "1000",
      SECURITY_CONTACT: "mailto:security@redaktion.test",
      // The journeys' webhook receivers listen on 127.0.0.1: this newsroom delivers inside its own network.
      WEBHOOK_ALLOW_PRIVATE: "1",
    },
  },
});
