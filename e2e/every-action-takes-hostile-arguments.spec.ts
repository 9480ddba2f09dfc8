import fc from "fast-check";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { createAccount, signIn } from "./helpers/accounts";
import { callAction, serverActions } from "./helpers/actions";
import { row } from "./helpers/db";

// Every exported server action, enumerated from the build's server reference
// manifest (a new action is covered without anyone remembering it), called
// over HTTP as each role with generated hostile arguments: wrong types, null,
// lone surrogates, far dates, huge and deep values. Each call must end in a
// field message or a refusal, never INTERNAL and never a 5xx; a call that was
// refused changes 0 rows.

const ROLES = ["signed out", "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN"] as const;
type Role = (typeof ROLES)[number];

const LONE = ["\uD800", "\uDC00", "a\uD83Dz", "\uDFFF\uD800"];
const FAR_DATES = ["+010000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z", "-271821-04-20T00:00:00Z", "10000-01-01T00:00", "0000-00-00", "2026-13-45T25:61"];

function deep(levels: number): unknown {
  let value: unknown = "tief";
  for (let i = 0; i < levels; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

/** Anything an attacker might put in one argument. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom(0, -1, 1.5, 2 ** 31, -(2 ** 53), 1e308, Number.MAX_SAFE_INTEGER),
    fc.constantFrom(...LONE, ...FAR_DATES, "", " ", "\u0000", "\u202Eevil", "javascript:alert(1)", "/\t/evil.example", "../../etc/passwd", "home", "section:x", "save", "autosave"),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.constant("x".repeat(100_000)),
    fc.constant(deep(40)),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("id", "version", "name", "url", "headline", "summary", "slots", "at", "token", "body", "__proto__", "constructor"), tie("value"), { maxKeys: 4 }),
    fc.record({ id: fc.constantFrom(...LONE, "", "nicht-da", "x".repeat(65)), version: fc.constantFrom(1, 0, "x", null, -5, 1e9) }),
  ),
})).value;

const hostileArgs = fc.array(hostileValue, { minLength: 0, maxLength: 4 });

/** The arguments named in the attack report, as fixed examples besides the generated ones. */
const EXAMPLES: unknown[][] = [["\uD800"], ["\uD800", null], ["home", null], ["x", { version: "x" }], [null, null, null], [{ id: "\uD800", version: 1 }, { at: "+010000-01-01T00:00:00Z", until: "10000-01-01T00:00" }]];

/** What a refused call must leave as it was: counts and version sums of everything the actions write (not the audit log or rate counters, which record refusals). */
async function snapshot() {
  return row(
    `SELECT
      (SELECT COUNT(*) FROM "Article") AS articles, (SELECT COALESCE(SUM("version"), 0) FROM "Article") AS articleVersions,
      (SELECT COUNT(*) FROM "ArticleRevision") AS revisions, (SELECT COUNT(*) FROM "ArticleNote") AS notes,
      (SELECT COUNT(*) FROM "User") AS users, (SELECT COALESCE(SUM("sessionVersion"), 0) FROM "User") AS sessionVersions,
      (SELECT COUNT(*) FROM "Invitation") AS invitations, (SELECT COUNT(*) FROM "Invitation" WHERE "usedAt" IS NULL) AS openLinks,
      (SELECT COUNT(*) FROM "Section") AS sections, (SELECT COUNT(*) FROM "Tag") AS tags,
      (SELECT COUNT(*) FROM "MediaAsset") AS media, (SELECT COALESCE(SUM("version"), 0) FROM "MediaAsset") AS mediaVersions,
      (SELECT COUNT(*) FROM "LiveTicker") AS tickers, (SELECT COUNT(*) FROM "LiveEntry") AS entries,
      (SELECT COUNT(*) FROM "BreakingNews") AS breaking, (SELECT COUNT(*) FROM "FrontRevision") AS frontRevisions,
      (SELECT COUNT(*) FROM "ApiKey") AS keys, (SELECT COUNT(*) FROM "ApiKey" WHERE "revokedAt" IS NULL) AS liveKeys,
      (SELECT COUNT(*) FROM "WebhookEndpoint") AS endpoints, (SELECT COUNT(*) FROM "WebhookDelivery") AS deliveries,
      (SELECT COUNT(*) FROM "PreviewLink") AS previews, (SELECT COUNT(*) FROM "Redirect") AS redirects`,
  );
}

/** A fresh account per role (never the journeys' shared admin session: "sign out everywhere" is among the actions). */
async function contextFor(browser: Browser, role: Role) {
  if (role === "signed out") return browser.newContext();
  const account = await createAccount(role);
  const context = await browser.newContext();
  await signIn(await context.newPage(), account.email, account.password);
  return context;
}

type Call = { name: string; args: unknown[] };
type Answer = { call: Call; status: number; body: string };

/**
 * Calls side by side (the server is not idle between a request's database
 * waits), with the rows counted before and after each batch: a batch in which
 * every call was refused must leave them exactly as they were. A batch with a
 * success (a search, a language choice) is checked again call by call.
 */
async function runBatch(request: APIRequestContext, baseURL: string, role: Role, seed: number, calls: Call[]): Promise<void> {
  const describe = (c: Call) => `${c.name}(${JSON.stringify(c.args).slice(0, 200)}) as ${role} (E2E_SEED=${seed})`;
  const before = await snapshot();
  const answers: Answer[] = await Promise.all(calls.map(async (call) => ({ call, ...(await callAction(request, baseURL, call.name, call.args)) })));
  for (const { call, status, body } of answers) {
    expect(status, describe(call)).toBeLessThan(500);
    expect(body, describe(call)).not.toContain('"INTERNAL"');
  }
  const refused = answers.filter((a) => !a.body.includes('"ok":true'));
  if (refused.length === answers.length) {
    expect(await snapshot(), `a batch of refusals changed rows: ${answers.map((a) => describe(a.call)).join("; ")}`).toEqual(before);
    return;
  }
  for (const { call } of refused) {
    const alone = await snapshot();
    const again = await callAction(request, baseURL, call.name, call.args);
    expect(again.status, describe(call)).toBeLessThan(500);
    if (!again.body.includes('"ok":true')) expect(await snapshot(), `${describe(call)} was refused and must change nothing`).toEqual(alone);
  }
}

test("every server action answers hostile arguments with a field message or a refusal, never INTERNAL or a 5xx, and changes nothing when it refuses", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  // "Sign out everywhere" takes no arguments and ends the session that calls it: last, so it ends nothing else's calls.
  const names = Object.keys(serverActions()).sort((a, b) => Number(a === "signOutEverywhereAction") - Number(b === "signOutEverywhereAction") || a.localeCompare(b));
  expect(names.length).toBeGreaterThan(50); // the manifest was read (the test would pass vacuously otherwise)
  const started = Date.now();
  let total = 0;
  // A new seed each run widens what the runs cover over time; a failure names it (E2E_SEED=… repeats it).
  const seed = Number(process.env.E2E_SEED ?? Date.now() % 1_000_000_000);
  for (const [r, role] of ROLES.entries()) {
    const calls: Call[] = names.flatMap((name, i) => {
      // The admin passes every permission check, so the arguments reach the deepest code: the reported
      // cases for every action, one more fixed case and two generated. The other roles: one fixed, one generated.
      const fixed = role === "ADMIN" ? [EXAMPLES[0]!, EXAMPLES[1]!, EXAMPLES[2 + ((i + r) % (EXAMPLES.length - 2))]!] : [EXAMPLES[(i + r) % EXAMPLES.length]!];
      const made = fc.sample(hostileArgs, { numRuns: role === "ADMIN" ? 2 : 1, seed: seed + r * 1000 + i });
      return [...fixed, ...made].map((args) => ({ name, args }));
    });
    total += calls.length;
    const context = await contextFor(browser, role);
    try {
      for (let i = 0; i < calls.length; i += 8) await runBatch(context.request, baseURL!, role, seed, calls.slice(i, i + 8));
    } finally {
      await context.close();
    }
  }
  console.log(`every-action property test (E2E_SEED=${seed}): ${total} calls, ${names.length} actions × ${ROLES.length} roles, ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
