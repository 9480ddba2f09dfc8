import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { prismaLayout, resolveDatabaseUrl } from "./server/runtime-config.mjs";

// Prisma 6.19 with its JavaScript schema engine: the 7.x CLI would download a
// native engine at every command, which fails offline. DATABASE_URL picks the
// database, and with it the schema and the migrations folder: each database
// has its own (prisma/postgres/ is generated from prisma/schema.prisma).
const url = resolveDatabaseUrl(process.env);
const layout = prismaLayout(url);

/**
 * adapter-pg 6.19 cannot read catalog columns of type `name` (oid 19), which
 * every migrate command queries (prisma/orm#27403). In this CLI process only,
 * such columns are reported as text, which is what they hold.
 */
function reportNameColumnsAsText() {
  const proto = (pg as unknown as { Result: { prototype: { addFields(fields: { dataTypeID: number }[]): void } } }).Result.prototype;
  const addFields = proto.addFields;
  proto.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 19) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

/**
 * On PostgreSQL the schema engine arms a 10 s timer around its advisory lock
 * and leaves it armed after the command finished, so every migrate command
 * (and with it every `npm start`) lingered 10 s before exiting. In this CLI
 * process only, such long timers do not keep the process alive; they still
 * fire while it runs.
 */
function longTimersDoNotHoldTheProcess() {
  const original = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(handler, ms, ...args);
    if ((ms ?? 0) >= 5000) timer.unref();
    return timer;
  }) as typeof setTimeout;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: layout.schema,
  migrations: { path: layout.migrations },
  async adapter() {
    if (layout.provider === "postgresql") {
      reportNameColumnsAsText();
      longTimersDoNotHoldTheProcess();
      return new PrismaPg({ connectionString: url, allowExitOnIdle: true });
    }
    return new PrismaBetterSQLite3({ url });
  },
});
