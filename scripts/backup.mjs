#!/usr/bin/env node
// `npm run backup [-- --to <folder>]` while the server runs;
// `npm run restore -- --from <folder>` with the server stopped.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { config } from "../server/config.mjs";
import { isPostgresUrl, redactUrl, resolveDataDir, resolveDatabaseUrl } from "../server/runtime-config.mjs";
import { backup, restore } from "./backup-lib.mjs";
import { flushSharedCache } from "./cache-flush.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : undefined;
};
const dataDir = resolveDataDir();
const url = resolveDatabaseUrl();
const databaseUrl = isPostgresUrl(url) ? url : undefined;
const databaseFile = databaseUrl ? undefined : url.slice("file:".length);
const databaseName = databaseUrl ? redactUrl(databaseUrl) : databaseFile;
const mediaDir = config().media.dir;
const mediaBucket = config().media.s3;
const mediaName = mediaBucket ? `s3://${mediaBucket.bucket}${mediaBucket.prefix ? `/${mediaBucket.prefix}` : ""}` : mediaDir;

if (process.argv.includes("--restore")) {
  const from = arg("from");
  if (!from) {
    console.error("Usage: npm run restore -- --from <backup folder>   (stop the server first)");
    process.exit(2);
  }
  const result = await restore({ from: path.resolve(from), dataDir, databaseFile, databaseUrl, mediaDir, mediaBucket });
  console.log(`Restored ${databaseName} and ${mediaName} from ${from}: ${JSON.stringify(result.rows)}.`);
  // Pages and data rendered from the database before the restore must not be served after it.
  const flushed = await flushSharedCache().catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
    return null;
  });
  if (flushed !== null) console.log(`Emptied the shared cache in ${config().redis.display} (${flushed} keys).`);
  console.log("Start the servers with npm start.");
} else {
  const dest = path.resolve(arg("to") ?? path.join("backups", new Date().toISOString().replace(/[:.]/g, "-")));
  const manifest = await backup({ dataDir, databaseFile, databaseUrl, mediaDir, mediaBucket, dest });
  console.log(`Backup in ${dest}: integrity ${manifest.integrity}, ${JSON.stringify(manifest.rows)}, ${manifest.mediaFiles} media files.`);
}
