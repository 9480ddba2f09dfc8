import { describe, expect, it } from "vitest";
import { bodyFromBlocks, bodyText, isSafeHref, parseBody } from "./body";

const p = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] });
const doc = (...content: unknown[]) => ({ type: "doc", content });

describe("parseBody accepts what the editor produces", () => {
  it("takes paragraphs, subheadings, lists, quotes, bold, italic and links", () => {
    const input = doc(
      p("Einleitung mit „Zitat“", [{ type: "bold" }]),
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Zwischentitel" }] },
      { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Unterpunkt" }] },
      { type: "bulletList", content: [{ type: "listItem", content: [p("eins")] }] },
      { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [p("zwei")] }] },
      { type: "blockquote", content: [p("Gesagt ist gesagt.", [{ type: "italic" }])] },
      p("Quelle", [{ type: "link", attrs: { href: "https://example.org/a?b=1", target: "_blank", rel: "noopener", class: null } }]),
      { type: "paragraph", content: [{ type: "text", text: "a" }, { type: "hardBreak" }, { type: "text", text: "b" }] },
      { type: "paragraph" },
    );
    const result = parseBody(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Link marks are stored with their address only.
    const link = result.body.content[6];
    expect(link).toEqual(p("Quelle", [{ type: "link", attrs: { href: "https://example.org/a?b=1" } }]));
  });

  it("builds the demo article body with one subheading", () => {
    const body = bodyFromBlocks([
      { type: "paragraph", text: "Erster Absatz." },
      { type: "subheading", text: "USA: Ukraine muss auf Gebiete verzichten" },
    ]);
    expect(parseBody(body).ok).toBe(true);
    expect(bodyText(body)).toContain("USA: Ukraine muss auf Gebiete verzichten");
  });
});

describe("parseBody refuses what the editor does not allow", () => {
  const refused: [string, unknown][] = [
    ["a script node", doc({ type: "script", content: [{ type: "text", text: "alert(1)" }] })],
    ["an iframe node", doc({ type: "iframe", attrs: { src: "https://evil.example" } })],
    ["raw html", doc({ type: "html", html: "<img src=x onerror=alert(1)>" })],
    ["an event attribute", doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "x" }] })],
    ["an event attribute on a link", doc(p("x", [{ type: "link", attrs: { href: "https://a.example", onmouseover: "alert(1)" } }]))],
    ["a javascript: link", doc(p("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))],
    ["a JavaScript: link with spaces and case", doc(p("x", [{ type: "link", attrs: { href: " JaVaScRiPt:alert(1)" } }]))],
    ["a data: link", doc(p("x", [{ type: "link", attrs: { href: "data:text/html,<script>alert(1)</script>" } }]))],
    ["a relative link", doc(p("x", [{ type: "link", attrs: { href: "//evil.example" } }]))],
    ["an h1 inside the body", doc({ type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "x" }] })],
    ["an unknown mark", doc(p("x", [{ type: "code" }]))],
    ["a style attribute", doc({ type: "paragraph", attrs: { style: "color:red" }, content: [] })],
    ["an image (until media exists)", doc({ type: "image", attrs: { src: "https://a.example/x.png" } })],
    ["something that is not a doc", { type: "paragraph" }],
    ["a string", "<p>hello</p>"],
    ["null", null],
  ];
  it.each(refused)("refuses %s with a message", (_, input) => {
    const result = parseBody(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it("refuses bodies nested too deeply", () => {
    let node: unknown = p("tief");
    for (let i = 0; i < 20; i++) node = { type: "blockquote", content: [node] };
    expect(parseBody(doc(node)).ok).toBe(false);
  });

  it("refuses oversized bodies", () => {
    expect(parseBody(doc(p("x".repeat(600 * 1024)))).ok).toBe(false);
  });
});

describe("isSafeHref", () => {
  it.each(["https://example.org", "http://example.org/x", "mailto:redaktion@example.org"])("allows %s", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });
  it.each(["javascript:alert(1)", "java\tscript:alert(1)", "vbscript:x", "data:text/html,x", "file:///etc/passwd", "/relative", ""])(
    "refuses %s",
    (href) => {
      expect(isSafeHref(href)).toBe(false);
    },
  );
});

describe("empty bodies", () => {
  it("accepts a doc without content, as ProseMirror writes it", () => {
    const result = parseBody({ type: "doc" });
    expect(result).toEqual({ ok: true, body: { type: "doc", content: [] } });
  });
});

describe("quotes with attribution and info boxes", () => {
  it("accepts a quote with a citation and an info box with a title", () => {
    const result = parseBody(
      doc(
        { type: "blockquote", attrs: { citation: "  Pete Hegseth " }, content: [p("„Wir wollen eine souveräne Ukraine.“")] },
        { type: "infoBox", attrs: { title: "Hintergrund" }, content: [p("Die Kontaktgruppe tagt seit 2022.")] },
      ),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.body.content[0]).toMatchObject({ attrs: { citation: "Pete Hegseth" } });
  });
  it("refuses unknown attributes on them", () => {
    expect(parseBody(doc({ type: "infoBox", attrs: { title: "x", onclick: "y" }, content: [p("z")] })).ok).toBe(false);
    expect(parseBody(doc({ type: "blockquote", attrs: { cite: "javascript:x" }, content: [p("z")] })).ok).toBe(false);
  });
});

describe("the link dialog's address", () => {
  it("keeps full addresses, completes bare domains and e-mail addresses, refuses the rest", async () => {
    const { normaliseHref } = await import("./body");
    expect(normaliseHref(" https://www.dpa.de/meldung ")).toBe("https://www.dpa.de/meldung");
    expect(normaliseHref("www.bundestag.de/presse")).toBe("https://www.bundestag.de/presse");
    expect(normaliseHref("redaktion@zeitung.example")).toBe("mailto:redaktion@zeitung.example");
    expect(normaliseHref("mailto:tipps@zeitung.example")).toBe("mailto:tipps@zeitung.example");
    expect(normaliseHref("javascript:alert(1)")).toBeNull();
    expect(normaliseHref("Bundestag")).toBeNull();
    expect(normaliseHref("")).toBeNull();
  });
});
