import fs from "node:fs";
import { describe, expect, it } from "vitest";
import fixture from "../../../prisma/seed/seed-article.de.json";
import { parseBody } from "./body";
import { cleanPastedHtml, looksLikeSubheading, parsePlainArticle, splitDateline } from "./paste";

const text = fs.readFileSync("prisma/seed/seed-article.de.txt", "utf8");

describe("pasting a whole article as plain text", () => {
  it("turns the fixture into its JSON twin: headline, teaser, 9 blocks, 1 subheading", () => {
    const parsed = parsePlainArticle(text)!;
    expect(parsed.headline).toBe(fixture.headline);
    expect(parsed.teaser).toBe(fixture.teaser);
    expect(parsed.body.content).toHaveLength(9);
    const asFixture = parsed.body.content.map((block) =>
      block.type === "heading"
        ? { type: "subheading", text: block.content?.[0]?.type === "text" ? block.content[0].text : "" }
        : { type: "paragraph", text: block.type === "paragraph" && block.content?.[0]?.type === "text" ? block.content[0].text : "" },
    );
    expect(asFixture).toEqual(fixture.body);
    expect(parsed.body.content.filter((b) => b.type === "heading")).toHaveLength(1);
    expect(parseBody(parsed.body).ok).toBe(true);
  });

  it("keeps „…“ intact and corrects straight quotes", () => {
    const parsed = parsePlainArticle('Titel\nVorspann mit "Zitat"\nEin Absatz, der mit einem Punkt endet.')!;
    expect(parsed.teaser).toBe("Vorspann mit „Zitat“");
  });

  it("needs at least headline, teaser and one line", () => {
    expect(parsePlainArticle("Nur eine Zeile")).toBeNull();
    expect(parsePlainArticle("Zwei\nZeilen")).toBeNull();
  });

  it("treats short lines without closing punctuation as subheadings", () => {
    expect(looksLikeSubheading("USA: Ukraine muss auf Gebiete verzichten")).toBe(true);
    expect(looksLikeSubheading("Ein kurzer Satz.")).toBe(false);
    expect(looksLikeSubheading("Er sagte: „Ja“")).toBe(false);
    expect(looksLikeSubheading("x".repeat(81))).toBe(false);
  });
});

describe("cleaning pasted HTML", () => {
  it("drops Word's clutter, scripts, styles, images and event attributes", () => {
    const word = `<!--[if gte mso 9]><xml>junk</xml><![endif]--><style>p{color:red}</style>
      <p class="MsoNormal" style="margin:0"><span style="font-size:12pt">Hallo <b>Welt</b></span><o:p></o:p></p>
      <script>alert(1)</script><img src=x onerror=alert(1)><a href="https://example.org" onclick="x()">Link</a>`;
    const cleaned = cleanPastedHtml(word);
    expect(cleaned).not.toMatch(/mso|style|script|<img|onerror|onclick|o:p|junk/i);
    expect(cleaned).toContain("Hallo <b>Welt</b>");
    expect(cleaned).toContain('<a href="https://example.org">Link</a>');
  });
  it("unwraps Google Docs' bold wrapper", () => {
    expect(cleanPastedHtml('<b style="font-weight:normal;" id="docs-internal-guid-1"><p>Text</p></b>')).toBe("<p>Text</p>");
  });
});

describe("agency copy keeps its dateline out of the text", () => {
  it("recognises the German forms: Ort (Agentur) –, Ort (Agentur/Agentur) –, ORT (Agentur) –, ORT. –", () => {
    expect(splitDateline("Berlin (dpa) – Die Koalition hat sich geeinigt.")).toEqual({ dateline: "Berlin", credit: "dpa", rest: "Die Koalition hat sich geeinigt." });
    expect(splitDateline("Washington/Moskau (dpa/AFP) - Die Gespräche beginnen.")).toEqual({ dateline: "Washington/Moskau", credit: "dpa/AFP", rest: "Die Gespräche beginnen." });
    expect(splitDateline("FRANKFURT/MAIN (Reuters) — Der Dax steigt.")).toEqual({ dateline: "Frankfurt/Main", credit: "Reuters", rest: "Der Dax steigt." });
    expect(splitDateline("BERLIN. – Der Bundestag tagt.")).toEqual({ dateline: "Berlin", credit: "", rest: "Der Bundestag tagt." });
    expect(splitDateline("Bad Homburg (epd) – Ein Satz.")?.dateline).toBe("Bad Homburg");
  });
  it("leaves ordinary sentences alone", () => {
    for (const text of ["Die Koalition (SPD, Grüne) – so hieß es – einigte sich.", "Er sagte (leise): „Nein.“", "Am Montag – nach langem Streit – kam die Einigung.", "berlin (dpa) – klein geschrieben"]) {
      expect(splitDateline(text), text).toBeNull();
    }
  });
  it("a pasted wire story gives its place to the Ortsmarke and its agency to the credit; the text starts with the news", () => {
    const parsed = parsePlainArticle("Einigung im Haushaltsstreit\nDie Koalition hat sich nach langer Nacht geeinigt.\nBerlin (dpa) - Nach zwölf Stunden Verhandlungen steht der Haushalt.\nMehr folgt.")!;
    expect([parsed.dateline, parsed.credit]).toEqual(["Berlin", "dpa"]);
    expect(parsed.body.content[0]).toEqual({ type: "paragraph", content: [{ type: "text", text: "Nach zwölf Stunden Verhandlungen steht der Haushalt." }] });
    const plain = parsePlainArticle("Titel\nVorspann.\nEin ganz normaler erster Satz.")!;
    expect([plain.dateline, plain.credit]).toEqual(["", ""]);
  });
});
