// Lost updates, as SECURITY.md asks: two editors load the same version and
// save in every order the generator finds (1,000 interleavings, some of them
// truly concurrent). A save based on an old version never overwrites a newer
// one; every accepted save is the stored text until the next accepted save,
// and each has its revision. The ten parts of 100 are spread over three test
// files (lost-update-{1,2,3}.test.ts), each on its own database, so Vitest
// runs them side by side (on PostgreSQL the run waits on round trips, not the CPU).
// Each file calls setUpTestDatabase() before importing this module.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { createArticle, updateArticle } = await import("./service");
const { makeActor } = await import("../auth/actor");
const { ConflictError } = await import("@/lib/errors");

type Editor = { actor: Awaited<ReturnType<typeof editor>>; loaded: number };
let sectionId = "";
async function editor(name: string) {
  const user = await db.user.create({ data: { name, email: `${name}-${Math.random().toString(36).slice(2)}@example.org`, role: "EDITOR", passwordHash: "x" } });
  return makeActor({ id: user.id, role: "EDITOR", name, email: user.email, ip: "127.0.0.1" });
}
const fields = (teaser: string) => ({ kicker: "", headline: "Haushalt", teaser, sectionId, slug: "", body: { type: "doc", content: [] } });

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
});

// A step: one editor saves, one reloads, or both save at the same moment.
const step = fc.oneof(
  fc.record({ kind: fc.constant("save" as const), who: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ kind: fc.constant("reload" as const), who: fc.integer({ min: 0, max: 1 }) }),
  fc.constant({ kind: "both" as const, who: 0 }),
);

// better-sqlite3 answers synchronously, so a chain of awaits on it never
// returns to the event loop; vitest's worker then cannot answer its own status
// calls ("Timeout calling onTaskUpdate", vitest#8164). The 1,000 interleavings
// therefore run as ten tests of 100 (each well under a minute here), and every
// case starts by yielding one macrotask.
const TOTAL = Number(process.env.LOST_UPDATE_RUNS ?? 1000);
const CHUNKS = 10;
const perChunk = Math.ceil(TOTAL / CHUNKS);
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Registers `chunks` (of 0–9) of the 1,000 interleavings in the calling test file. */
export function lostUpdateParts(chunks: number[]) {
  describe("no lost updates: 1,000 generated interleavings of two editors", () => {
    let people: Editor["actor"][] = [];
    beforeAll(async () => {
      people = [await editor("anna"), await editor("ben")];
    });
    it.each(chunks)("interleavings, part %i of 10", async (chunk) => {
      const numRuns = Math.max(0, Math.min(perChunk, TOTAL - chunk * perChunk));
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 6 }), async (steps) => {
          runs++;
          await yieldToEventLoop();
          const created = await createArticle(people[0]!, fields("v1"));
          const id = created.article.id;
          const editors: Editor[] = people.map((actor) => ({ actor, loaded: created.article.version }));
          let stored = { version: created.article.version, teaser: "v1" };
          let accepted = 0;
          let n = 0;
          const save = async (e: Editor) => {
            const text = `Fassung ${++n} von ${e.actor.name}`;
            try {
              const result = await updateArticle(e.actor, { id, version: e.loaded }, fields(text));
              e.loaded = result.article.version;
              return { ok: true as const, version: result.article.version, text };
            } catch (error) {
              expect(error).toBeInstanceOf(ConflictError);
              return { ok: false as const };
            }
          };
          for (const s of steps) {
            if (s.kind === "reload") {
              editors[s.who]!.loaded = stored.version;
            } else if (s.kind === "save") {
              const based = editors[s.who]!.loaded;
              const result = await save(editors[s.who]!);
              // Accepted exactly when it was based on the stored version.
              expect(result.ok).toBe(based === stored.version);
              if (result.ok) {
                stored = { version: result.version, teaser: result.text };
                accepted++;
              }
            } else {
              const based = editors.map((e) => e.loaded);
              const results = await Promise.all(editors.map(save));
              const winners = results.filter((r) => r.ok);
              // Two saves from the same version: at most one wins.
              if (based[0] === based[1]) expect(winners.length).toBeLessThanOrEqual(1);
              for (const w of winners) if (w.ok && w.version > stored.version) stored = { version: w.version, teaser: w.text };
              accepted += winners.length;
            }
            const row = await db.article.findUniqueOrThrow({ where: { id } });
            expect({ version: row.version, teaser: row.teaser }).toEqual(stored);
          }
          expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(1 + accepted);
        }),
        // One fixed seed per part: the same 1,000 cases on every run.
        { numRuns, seed: 1127 + chunk },
      );
      expect(runs).toBe(numRuns);
    }, 180_000); // 100 interleavings: ~10 s alone on SQLite, ~25 s on PostgreSQL, more beside the other parts
  });
}
