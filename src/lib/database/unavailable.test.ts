// A database restart (an operator's pg_ctl restart, a failover) while the
// newsroom works: calls in that window get a clear "try again" answer and
// change nothing, and the same call works once the database is back, on the
// same pool. Against a throwaway PostgreSQL of its own (skipped, and saying
// so, where PostgreSQL is not installed).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { findPostgresBin, startThrowawayPostgres } from "../../../scripts/postgres-throwaway.mjs";

const installed = Boolean(findPostgresBin());

it.runIf(installed)("while PostgreSQL restarts, an action answers UNAVAILABLE with a message; afterwards it works again", async () => {
  const cluster = await startThrowawayPostgres();
  try {
    process.env.DATABASE_URL = cluster.createDatabase("unavailable");
    process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-unavailable-"));
    const { db, isDatabaseUnavailable } = await import("../db");
    const { runAction } = await import("../action");
    const probe = () => runAction("probe", async () => (await db.$queryRaw<{ n: number }[]>`SELECT 1 AS n`)[0]?.n);
    expect(await probe()).toEqual({ ok: true, data: 1 });

    const restart = cluster.restart({ downMs: 1500 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    const during = await probe();
    expect(during).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    const { inWords } = await import("../action");
    const said = (locale: "de" | "en") => {
      const answer = inWords(during, locale);
      return answer.ok ? "" : answer.message;
    };
    expect(said("en")).toMatch(/database could not be reached.*nothing was changed/i);
    expect(said("de")).toMatch(/Datenbank war gerade nicht erreichbar.*nichts geändert/i);
    const inTransaction = await db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`).catch((error: unknown) => error);
    expect(isDatabaseUnavailable(inTransaction)).toBe(true);

    await restart;
    let after = await probe();
    // The pool may hand out one connection that died with the old server before it notices.
    if (!after.ok) after = await probe();
    expect(after).toEqual({ ok: true, data: 1 });
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
    await db.$disconnect();
  } finally {
    cluster.stop();
  }
}, 60_000);

it.runIf(!installed)("a database restart during an action: skipped, PostgreSQL is not installed here (apt-get install -y postgresql)", () => {
  expect(installed).toBe(false);
});
