// One server process of several on this host (server/workers.mjs starts it
// with the environment `npm start` prepared).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { say } from "./log.mjs";
import { serve } from "./serve.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The watching process is gone (even by SIGKILL): do not outlive it.
process.on("disconnect", () => process.exit(1));
await serve({ dir: root, hostname: process.env.HOSTNAME || "0.0.0.0", port: process.env.PORT, log: say });
