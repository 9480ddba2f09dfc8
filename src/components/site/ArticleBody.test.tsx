// Stored XSS, as SECURITY.md asks: a corpus of payloads plus 1,000+ generated
// bodies go through the server's validation and the reader renderer. Whatever
// passes validation renders with no script, no event attribute and no
// javascript:/data: link, and rendering is idempotent.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseBody, type BodyDoc } from "@/modules/articles/body";
import { ArticleBody } from "./ArticleBody";

const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "<svg/onload=alert(1)>",
  "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "</p><p onclick=alert(1)>",
  "&lt;script&gt;",
  "\u2028\u2029",
  "<a href=\"javascript:alert(1)\">x</a>",
  "{{constructor.constructor('alert(1)')()}}",
];
const HREFS = [
  "javascript:alert(1)",
  " javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "//evil.example/x",
  "https://example.org/ok?a=\"><script>",
  "mailto:redaktion@example.org",
];

const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...PAYLOADS), fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...PAYLOADS)).map(([a, b]) => a + b));
const href = fc.oneof(fc.webUrl(), fc.constantFrom(...HREFS), fc.string({ maxLength: 30 }));
const mark = fc.oneof(
  fc.constant({ type: "bold" }),
  fc.constant({ type: "italic" }),
  href.map((h) => ({ type: "link", attrs: { href: h } })),
  fc.record({ type: fc.constantFrom("script", "onclick", "code", "style"), attrs: fc.anything({ maxDepth: 1 }) }),
);
const textNode = fc.record({ type: fc.constant("text"), text, marks: fc.array(mark, { maxLength: 3 }) }, { requiredKeys: ["type", "text"] });
const inline = fc.oneof({ weight: 5, arbitrary: textNode }, { weight: 1, arbitrary: fc.constant({ type: "hardBreak" }) });
const junk = fc.record({ type: fc.constantFrom("script", "iframe", "html", "img", "svg", "object"), attrs: fc.dictionary(fc.constantFrom("src", "onerror", "srcdoc", "href", "style"), text) });

const { block } = fc.letrec<{ block: unknown }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ type: fc.constant("paragraph"), content: fc.array(inline, { maxLength: 4 }) }),
    fc.record({ type: fc.constant("heading"), attrs: fc.record({ level: fc.integer({ min: 1, max: 4 }) }), content: fc.array(inline, { maxLength: 3 }) }),
    fc.record({ type: fc.constantFrom("bulletList", "orderedList"), content: fc.array(fc.record({ type: fc.constant("listItem"), content: fc.array(tie("block"), { minLength: 1, maxLength: 2 }) }), { minLength: 1, maxLength: 3 }) }),
    fc.record({ type: fc.constant("blockquote"), attrs: fc.record({ citation: text }), content: fc.array(tie("block"), { minLength: 1, maxLength: 2 }) }),
    fc.record({ type: fc.constant("infoBox"), attrs: fc.record({ title: text }), content: fc.array(tie("block"), { minLength: 1, maxLength: 2 }) }),
    fc.record({ type: fc.constant("image"), attrs: fc.record({ mediaId: fc.oneof(fc.stringMatching(/^[a-f0-9]{24}$/), text) }) }),
    junk,
  ),
}));
const doc = fc.record({ type: fc.constant("doc"), content: fc.array(block, { maxLength: 6 }) });

const render = (body: BodyDoc) => renderToStaticMarkup(<ArticleBody doc={body} dateline="Berlin" />);

/** Every start tag in the markup (text is escaped, so "<" in text never starts one). */
const tags = (html: string) => html.match(/<[a-zA-Z][^>]*>/g) ?? [];

function assertInert(html: string) {
  expect(html).not.toMatch(/<\s*(script|iframe|object|embed|svg|math|style|img)\b/i);
  for (const tag of tags(html)) {
    expect(tag, tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag, tag).not.toMatch(/\s(srcdoc|style)\s*=/i);
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (href !== undefined) expect(href, tag).toMatch(/^(https?:|mailto:)/i);
  }
}

describe("stored XSS: validation and rendering", () => {
  it("every payload in the corpus stays text or is refused", () => {
    for (const payload of PAYLOADS) {
      const attempt = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: payload, marks: [{ type: "link", attrs: { href: payload } }] }] }] };
      const checked = parseBody(attempt);
      if (checked.ok) assertInert(render(checked.body));
      const plain = parseBody({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: payload }] }] });
      expect(plain.ok).toBe(true);
      if (plain.ok) {
        const html = render(plain.body);
        assertInert(html);
        expect(html).not.toContain(payload.includes("<") ? payload : "\u0000");
      }
    }
  });

  it("1,500 generated bodies: what validation lets through renders inert, and canonical form is stable", () => {
    let accepted = 0;
    fc.assert(
      fc.property(doc, (input) => {
        const checked = parseBody(input);
        if (!checked.ok) {
          expect(checked.message).toMatch(/\S/);
          return;
        }
        accepted++;
        const html = render(checked.body);
        assertInert(html);
        const again = parseBody(checked.body);
        expect(again.ok && again.body).toEqual(checked.body);
        expect(render((again as { ok: true; body: BodyDoc }).body)).toBe(html);
      }),
      { numRuns: 1500, seed: 20261127 },
    );
    // The generator is not just producing refusals.
    expect(accepted).toBeGreaterThan(300);
  }, 90_000); // 1,500 renders: seconds alone, longer beside other test files on two cores
});

describe("dateline and credit", () => {
  const body: BodyDoc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Der Haushalt steht." }] }] };
  it("lead the first paragraph as in print: the place in capitals by style, the agency as it writes itself", () => {
    expect(renderToStaticMarkup(<ArticleBody doc={body} dateline="Berlin" credit="dpa" />)).toContain('<p><span class="dateline">Berlin</span> <span class="credit">(dpa)</span> – Der Haushalt steht.</p>');
    expect(renderToStaticMarkup(<ArticleBody doc={body} credit="AFP" />)).toContain('<p><span class="credit">(AFP)</span> – Der Haushalt steht.</p>');
    expect(renderToStaticMarkup(<ArticleBody doc={body} />)).toContain("<p>Der Haushalt steht.</p>");
  });
});
