import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as Y from "yjs";
import { BLOCK_TYPES, MARK_TYPES, parseBody, type BodyDoc } from "@/modules/articles/body";
import { compactState, documentFrom, plainBody, readDocument, replaceText, seedDocument, writeFields, type DocumentFields } from "./document";
import { bodySchema } from "./schema";

const p = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] });

/** Every node and mark the block registry has, with every attribute. */
const EVERY_BLOCK = {
  type: "doc",
  content: [
    p("Berlin (dpa) – Der „Bundestag“ hat …"),
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Was beschlossen wurde" }] },
    { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Im Einzelnen" }] },
    { type: "paragraph", content: [{ type: "text", text: "fett", marks: [{ type: "bold" }] }, { type: "hardBreak" }, { type: "text", text: "kursiv", marks: [{ type: "italic" }] }, { type: "text", text: " und " }, { type: "text", text: "verlinkt", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://www.bundestag.de/" } }] }] },
    { type: "bulletList", content: [{ type: "listItem", content: [p("eins")] }, { type: "listItem", content: [p("zwei"), { type: "bulletList", content: [{ type: "listItem", content: [p("zwei a")] }] }] }] },
    { type: "orderedList", attrs: { start: 3, type: null }, content: [{ type: "listItem", content: [p("drei")] }] },
    { type: "blockquote", attrs: { citation: "Olaf Scholz" }, content: [p("Wir schaffen das.")] },
    { type: "blockquote", content: [p("Ohne Quelle.")] },
    { type: "infoBox", attrs: { title: "Hintergrund" }, content: [p("Seit 2022."), { type: "bulletList", content: [{ type: "listItem", content: [p("Punkt")] }] }] },
    { type: "image", attrs: { mediaId: "0123456789abcdef01234567" } },
    p("mailto", [{ type: "link", attrs: { href: "mailto:redaktion@example.org" } }]),
  ],
};

const fields = (body: unknown, extra: Partial<DocumentFields> = {}): DocumentFields => ({
  kicker: "Haushalt",
  headline: "Bundestag beschließt „Sondervermögen“",
  dateline: "Berlin",
  credit: "dpa",
  teaser: "Zwei Zeilen\nTeaser",
  seoTitle: "",
  seoDescription: "",
  updateNote: "",
  body: body as BodyDoc,
  sectionId: "sec1",
  slug: "bundestag-beschliesst-sondervermoegen",
  slugTouched: false,
  tagIds: ["t1", "t2"],
  relatedIds: [],
  leadImageId: null,
  ...extra,
});

/** As the editor would hold `body` (ProseMirror's mark order), checked by the block registry. */
const canonical = (body: unknown) => {
  body = plainBody(bodySchema().nodeFromJSON(body).toJSON());
  const check = parseBody(body);
  if (!check.ok) throw new Error(`${check.message} ${JSON.stringify(body)}`);
  return check.body;
};

describe("the shared document", () => {
  test("is built from the block registry's types and nothing else", () => {
    const schema = bodySchema();
    expect(Object.keys(schema.nodes).sort()).toEqual([...BLOCK_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...MARK_TYPES].sort());
  });

  test("keeps every node, mark and attribute of the body on the way in and out (hocuspocus#598)", () => {
    const doc = seedDocument(fields(EVERY_BLOCK));
    const back = readDocument(doc);
    expect(canonical(back.body)).toEqual(canonical(EVERY_BLOCK));
    // And through storage: what a newcomer loads is the same.
    expect(canonical(readDocument(documentFrom(compactState(doc))).body)).toEqual(canonical(EVERY_BLOCK));
    expect(back).toMatchObject({ headline: "Bundestag beschließt „Sondervermögen“", teaser: "Zwei Zeilen\nTeaser", tagIds: ["t1", "t2"], leadImageId: null, slugTouched: false });
  });

  test("round-trips any body the registry accepts", () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => parseBody({ type: "doc", content: [p(s)] }).ok);
    const inline = fc.oneof(
      { weight: 4, arbitrary: fc.record({ type: fc.constant("text"), text, marks: fc.subarray([{ type: "bold" }, { type: "italic" }, { type: "link", attrs: { href: "https://example.org/a" } }]) }) },
      { weight: 1, arbitrary: fc.constant({ type: "hardBreak" }) },
    );
    const para = fc.record({ type: fc.constant("paragraph"), content: fc.array(inline, { minLength: 1, maxLength: 4 }) });
    const { block } = fc.letrec<{ block: unknown }>((tie) => ({
      block: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        para,
        fc.record({ type: fc.constant("heading"), attrs: fc.record({ level: fc.constantFrom(2, 3) }), content: fc.array(inline, { minLength: 1, maxLength: 3 }) }),
        fc.record({ type: fc.constantFrom("bulletList", "orderedList"), content: fc.array(fc.record({ type: fc.constant("listItem"), content: fc.tuple(para, fc.array(tie("block"), { maxLength: 1 })).map(([a, b]) => [a, ...b]) }), { minLength: 1, maxLength: 3 }) }),
        fc.record({ type: fc.constant("blockquote"), attrs: fc.record({ citation: fc.option(text, { nil: null }) }), content: fc.array(para, { minLength: 1, maxLength: 2 }) }),
        fc.record({ type: fc.constant("infoBox"), attrs: fc.record({ title: text }), content: fc.array(para, { minLength: 1, maxLength: 2 }) }),
        fc.record({ type: fc.constant("image"), attrs: fc.record({ mediaId: fc.stringMatching(/^[a-f0-9]{24}$/) }) }),
      ),
    }));
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (content) => {
        const body = { type: "doc", content };
        if (!parseBody(body).ok) return;
        expect(canonical(readDocument(seedDocument(fields(body))).body)).toEqual(canonical(body));
      }),
      { numRuns: 150 },
    );
  });

  test("a write from elsewhere is the smallest edit: what someone types at the same moment is kept", () => {
    const server = seedDocument(fields(EVERY_BLOCK));
    const person = new Y.Doc();
    Y.applyUpdate(person, compactState(server));
    // The person types into the first paragraph's end and the headline, while the server restores an older text.
    const paragraph = person.getXmlFragment("body").get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(paragraph.get(0).length, " Neu getippt.");
    person.getText("headline").insert(0, "Eilmeldung: ");
    const restored = structuredClone(EVERY_BLOCK);
    restored.content[1] = { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Was der Bundestag beschloss" }] };
    writeFields(server, fields(restored, { headline: "Bundestag beschließt Sondervermögen", tagIds: ["t3"] }));
    // Both sides exchange what the other lacks.
    Y.applyUpdate(server, Y.encodeStateAsUpdate(person, Y.encodeStateVector(server)));
    Y.applyUpdate(person, Y.encodeStateAsUpdate(server, Y.encodeStateVector(person)));
    const a = readDocument(server);
    const b = readDocument(person);
    expect(a).toEqual(b);
    expect(a.headline).toBe("Eilmeldung: Bundestag beschließt Sondervermögen");
    expect(a.tagIds).toEqual(["t3"]);
    const blocks = canonical(a.body).content;
    expect(JSON.stringify(blocks[0])).toContain("Der „Bundestag“ hat … Neu getippt.");
    expect(JSON.stringify(blocks[1])).toContain("Was der Bundestag beschloss");
    // Nothing doubled: as many blocks as the restored text has.
    expect(blocks).toHaveLength(EVERY_BLOCK.content.length);
  });

  test("the smallest edit of a text field keeps what both share", () => {
    const doc = new Y.Doc();
    const text = doc.getText("t");
    text.insert(0, "Kanzler trifft Präsidenten");
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    replaceText(text, "Kanzlerin trifft Präsidenten");
    other.getText("t").insert(other.getText("t").length, " in Paris");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(text.toString()).toBe("Kanzlerin trifft Präsidenten in Paris");
  });

  test("stored state follows the text, not every keystroke: 10,000 edits", () => {
    const doc = seedDocument(fields(EVERY_BLOCK));
    const paragraph = doc.getXmlFragment("body").get(0) as Y.XmlElement;
    const text = paragraph.get(0) as Y.XmlText;
    const fresh = compactState(seedDocument(fields(EVERY_BLOCK))).length;
    // Typing and deleting, as a person does: 5,000 characters typed, 5,000 deleted, one at a time.
    for (let i = 0; i < 5000; i++) text.insert(text.length, "x");
    for (let i = 0; i < 5000; i++) text.delete(text.length - 1, 1);
    const after = compactState(doc).length;
    expect(readDocument(doc).body).toEqual(readDocument(seedDocument(fields(EVERY_BLOCK))).body);
    // The deleted run is a few bytes of bookkeeping, not 10,000 keystrokes.
    expect(after - fresh).toBeLessThan(200);
  });
});
