// A transaction that reads, then writes, while another connection (a backup,
// a script, the e2e tests) commits in between: it waits for the lock instead
// of failing with "database is locked".
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { setUpTestDatabase } from "./testing/test-db";

const url = setUpTestDatabase();
const { db } = await import("./db");

it("a read-then-write transaction survives another connection's commit", async () => {
  const other = new Database(url.slice("file:".length));
  other.pragma("busy_timeout = 5000");
  await db.$transaction(async (tx) => {
    await tx.section.count();
    // Another connection tries to write while this transaction is open: with BEGIN IMMEDIATE it must wait (busy), not slip in first.
    const attempt = () => other.prepare(`INSERT INTO "Section" (id, name, slug) VALUES ('s-other', 'Andere', 'andere')`).run();
    other.pragma("busy_timeout = 0");
    expect(attempt).toThrow(/locked|busy/i);
    await tx.section.create({ data: { name: "Politik", slug: "politik" } });
  });
  other.pragma("busy_timeout = 5000");
  other.prepare(`INSERT INTO "Section" (id, name, slug) VALUES ('s-other', 'Andere', 'andere')`).run();
  other.close();
  expect(await db.section.count()).toBe(2);
});
