import { describe, expect, test } from "vitest";
import * as Y from "yjs";
import { compactState, seedDocument, type DocumentFields } from "./document";
import { checkUpdate, MAX_UPDATE_BYTES } from "./updates";

const base: DocumentFields = {
  kicker: "",
  headline: "Titel",
  dateline: "",
  credit: "",
  teaser: "",
  seoTitle: "",
  seoDescription: "",
  updateNote: "",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Erster Absatz." }] }] },
  sectionId: "sec1",
  slug: "titel",
  slugTouched: false,
  tagIds: [],
  relatedIds: [],
  leadImageId: null,
};

/** The update a browser would send after `edit` on its copy of the server's document. */
const server = seedDocument(base);
function updateAfter(edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, compactState(server));
  const before = Y.encodeStateVector(doc);
  edit(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

const firstText = (doc: Y.Doc) => (doc.getXmlFragment("body").get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe("updates from browsers", () => {
  test("what the editor does passes: typing, marks, links, blocks, fields and choices", () => {
    expect(checkUpdate(compactState(seedDocument(base)))).toBeNull();
    const typed = updateAfter((doc) => {
      firstText(doc).insert(0, "Neu: ", { bold: {} });
      firstText(doc).format(0, 3, { link: { href: "https://www.bundestag.de/", target: null, rel: "noopener noreferrer nofollow", class: null, title: null } });
      const heading = new Y.XmlElement("heading");
      heading.setAttribute("level", 2 as never);
      heading.insert(0, [new Y.XmlText("Zwischenzeile")]);
      const box = new Y.XmlElement("infoBox");
      box.setAttribute("title", "Hintergrund");
      const image = new Y.XmlElement("image");
      image.setAttribute("mediaId", "0123456789abcdef01234567");
      doc.getXmlFragment("body").insert(1, [heading, box, image]);
      doc.getText("headline").insert(5, " (aktualisiert)");
      doc.getMap("meta").set("tagIds", ["t1", "t2"]);
      doc.getMap("meta").set("leadImageId", "0123456789abcdef01234567");
      firstText(doc).delete(0, 2);
    });
    expect(checkUpdate(typed, 0, server)).toBeNull();
  });

  test.each([
    ["a node outside the registry", (doc: Y.Doc) => doc.getXmlFragment("body").insert(0, [new Y.XmlElement("script")]), "node script"],
    ["an iframe", (doc: Y.Doc) => doc.getXmlFragment("body").insert(0, [new Y.XmlElement("iframe")]), "node iframe"],
    ["a mark outside the registry", (doc: Y.Doc) => firstText(doc).format(0, 3, { code: {} }), "mark code"],
    ["a javascript: link", (doc: Y.Doc) => firstText(doc).format(0, 3, { link: { href: "javascript:alert(1)" } }), "mark link value"],
    ["a data: link", (doc: Y.Doc) => firstText(doc).insert(0, "x", { link: { href: "data:text/html,<script>alert(1)</script>" } }), "mark link value"],
    ["an event attribute", (doc: Y.Doc) => (doc.getXmlFragment("body").get(0) as Y.XmlElement).setAttribute("onclick", "alert(1)"), "attribute onclick"],
    ["a heading level 1", (doc: Y.Doc) => {
      const h = new Y.XmlElement("heading");
      h.setAttribute("level", 1 as never);
      doc.getXmlFragment("body").insert(0, [h]);
    }, "attribute level"],
    ["an image not from the library", (doc: Y.Doc) => {
      const image = new Y.XmlElement("image");
      image.setAttribute("mediaId", "https://evil.example/x.png");
      doc.getXmlFragment("body").insert(0, [image]);
    }, "attribute mediaId"],
    ["a field the article does not have", (doc: Y.Doc) => doc.getText("html").insert(0, "<script>"), "unknown field html"],
    ["a choice the article does not have", (doc: Y.Doc) => doc.getMap("meta").set("status", "PUBLISHED"), "choice status"],
    ["a tag list that is not ids", (doc: Y.Doc) => doc.getMap("meta").set("tagIds", [{ $ne: 1 }]), "choice tagIds"],
    ["a nested map", (doc: Y.Doc) => doc.getMap("meta").set("slugTouched", new Y.Map()), "value of slugTouched not plain data"],
    ["a nested map under a new name", (doc: Y.Doc) => doc.getMap("meta").set("extra", new Y.Map()), "value of extra not plain data"],
    ["a value replaced with a script", (doc: Y.Doc) => doc.getMap("meta").set("slug", "<script>".repeat(40)), "choice slug"],
    ["binary content", (doc: Y.Doc) => doc.getMap("meta").set("slug", new Uint8Array([1, 2, 3])), "value of slug not plain data"],
    ["an embed in the text", (doc: Y.Doc) => firstText(doc).insertEmbed(0, { image: "x" }), "content ContentEmbed"],
  ])("%s is refused", (_name, edit, reason) => {
    expect(checkUpdate(updateAfter(edit), 0, server)).toEqual({ reason });
  });

  test("typing sent faster than the server applies it: each keystroke places itself after the one before, not yet applied", () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, compactState(server));
    const updates: Uint8Array[] = [];
    doc.on("update", (u: Uint8Array) => updates.push(u));
    for (const c of "Eilmeldung") firstText(doc).insert(firstText(doc).length, c, { bold: {} });
    doc.getMap("meta").set("slug", "eilmeldung");
    doc.getMap("meta").set("slug", "eilmeldung-2");
    const recent = new Map();
    // All checked before any is applied, as messages arriving together are.
    for (const update of updates) expect(checkUpdate(update, 0, server, recent)).toBeNull();
    // Without what the connection sent before, the later ones cannot be placed, and are refused.
    expect(checkUpdate(updates[3]!, 0, server)).toEqual({ reason: "unknown position" });
    // A value placed after one not yet applied is still checked as what it is.
    const hostile = new Y.Doc();
    Y.applyUpdate(hostile, compactState(server));
    const sent: Uint8Array[] = [];
    hostile.on("update", (u: Uint8Array) => sent.push(u));
    hostile.getMap("meta").set("slug", "erst-harmlos");
    hostile.getMap("meta").set("slug", { $where: "1" });
    const mine = new Map();
    expect(checkUpdate(sent[0]!, 0, server, mine)).toBeNull();
    expect(checkUpdate(sent[1]!, 0, server, mine)).toEqual({ reason: "choice slug" });
  });

  test("an oversized update or document is refused, and so is something that is not an update", () => {
    const huge = updateAfter((doc) => firstText(doc).insert(0, "x".repeat(MAX_UPDATE_BYTES)));
    expect(checkUpdate(huge)).toEqual({ reason: "update too large" });
    const small = updateAfter((doc) => firstText(doc).insert(0, "x"));
    expect(checkUpdate(small, 2 * 1024 * 1024)).toEqual({ reason: "document too large" });
    expect(checkUpdate(new Uint8Array([255, 255, 255, 255, 1, 2]))).toEqual({ reason: "unreadable update" });
  });
});
