#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (from npm) with the local Chromium against a
// production build on a throwaway database; prints the four scores and the
// JavaScript bytes for the home page and the demo article. A report, not a test.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-lighthouse-"));

if (!fs.existsSync(".next/BUILD_ID")) spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });

const server = spawn(process.execPath, ["server/start.mjs"], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOSTNAME: "127.0.0.1", NEXTAUTH_URL: base, LOG_LEVEL: "silent", SCHEDULER: "off" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not start");
}

await waitForServer();
const chromePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

const pages = [
  ["home", "/"],
  ["article", "/politik/trump-geht-auf-putin-zu"],
];
const rows = [];
try {
  for (const [name, pagePath] of pages) {
    for (const formFactor of ["mobile", "desktop"]) {
      const result = await lighthouse(`${base}${pagePath}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        formFactor,
        screenEmulation: formFactor === "desktop" ? { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false } : undefined,
        ...(formFactor === "desktop" ? { throttlingMethod: "provided" } : {}),
      });
      const lhr = result.lhr;
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const requests = lhr.audits["network-requests"]?.details?.items ?? [];
      const scripts = requests.filter((r) => r.resourceType === "Script");
      const jsBytes = scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      const jsRaw = scripts.reduce((sum, r) => sum + (r.resourceSize ?? 0), 0);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
        .map((a) => a.id);
      rows.push({ page: name, formFactor, performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo"), jsFiles: scripts.length, jsTransferBytes: jsBytes, jsBytes: jsRaw, below90: failing.join(" ") });
    }
  }
} finally {
  await chrome.kill();
  stop();
}
console.table(rows);
fs.mkdirSync("bench/results", { recursive: true });
fs.writeFileSync("bench/results/lighthouse.json", JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
process.exit(0);
