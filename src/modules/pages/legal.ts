import type { BodyDoc, BodyInline } from "../articles/body";
import { bodyText } from "../articles/body";

// The legal pages a German news site must link from every page (§ 5 DDG,
// § 18 MStV; Art. 13 DSGVO). A fresh site starts with drafts of both; what only
// the publisher knows is a placeholder "[Bitte ergänzen: …]", and a page with
// one left is not published (the pre-publish check names them).

export const PLACEHOLDER_PATTERN = /\[Bitte ergänzen:[^\]]*\]/g;

/** The placeholders still in a page's title or body, each once, in order. */
export function placeholdersIn(title: string, body: BodyDoc): string[] {
  return [...new Set(`${title}\n${bodyText(body)}`.match(PLACEHOLDER_PATTERN) ?? [])];
}

/** The pages the footer must offer before the site goes live: slug and title. */
export const LEGAL_PAGES = [
  { slug: "impressum", title: "Impressum" },
  { slug: "datenschutz", title: "Datenschutzerklärung" },
] as const;

const text = (t: string): BodyInline => ({ type: "text", text: t });
const bold = (t: string): BodyInline => ({ type: "text", text: t, marks: [{ type: "bold" }] });
const p = (...content: BodyInline[]) => ({ type: "paragraph" as const, content });
const h = (t: string) => ({ type: "heading" as const, attrs: { level: 2 as const }, content: [text(t)] });
const lines = (...parts: string[]): BodyInline[] => parts.flatMap((part, i) => (i === 0 ? [text(part)] : [{ type: "hardBreak" as const }, text(part)]));

/** The Impressum's draft: what § 5 DDG and § 18 Abs. 2 MStV ask of a journalistic site. */
export function impressumDraft(): BodyDoc {
  return {
    type: "doc",
    content: [
      h("Angaben gemäß § 5 DDG"),
      p(...lines("[Bitte ergänzen: Name des Verlags und Rechtsform]", "[Bitte ergänzen: Straße und Hausnummer]", "[Bitte ergänzen: Postleitzahl und Ort]")),
      p(bold("Vertreten durch: "), text("[Bitte ergänzen: vertretungsberechtigte Person(en)]")),
      h("Kontakt"),
      p(...lines("Telefon: [Bitte ergänzen: Telefonnummer]", "E-Mail: [Bitte ergänzen: E-Mail-Adresse]")),
      h("Registereintrag und Umsatzsteuer"),
      p(...lines("Registergericht: [Bitte ergänzen: Registergericht]", "Registernummer: [Bitte ergänzen: Registernummer]", "Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: [Bitte ergänzen: USt-IdNr.]")),
      h("Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV"),
      p(...lines("[Bitte ergänzen: Name]", "[Bitte ergänzen: Anschrift]")),
    ],
  } as BodyDoc;
}

/** The privacy notice's draft: true to what Redaktion does for readers (no cookies, nothing loaded from elsewhere). */
export function datenschutzDraft(): BodyDoc {
  return {
    type: "doc",
    content: [
      h("Verantwortlich"),
      p(...lines("[Bitte ergänzen: Name und Anschrift des Verantwortlichen]", "E-Mail: [Bitte ergänzen: E-Mail-Adresse für Datenschutzanfragen]")),
      p(bold("Datenschutzbeauftragte Person: "), text("[Bitte ergänzen: Name und Kontakt, falls benannt]")),
      h("Was beim Lesen verarbeitet wird"),
      p(
        text(
          "Beim Aufruf einer Seite verarbeitet unser Server die technisch nötigen Angaben: IP-Adresse, Zeitpunkt, aufgerufene Adresse, übertragene Datenmenge und die Kennung des Browsers. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO (der sichere Betrieb der Website). Die Server-Protokolle werden nach [Bitte ergänzen: Speicherdauer, z. B. 7 Tagen] gelöscht.",
        ),
      ),
      p(text("Diese Website setzt für Leserinnen und Leser keine Cookies, bindet keine Inhalte anderer Anbieter ein (keine Schriften, Skripte oder Tracker von Dritten) und misst keine Reichweite. Teilen-Links sind einfache Verweise: Erst ein Klick darauf führt zum jeweiligen Netzwerk.")),
      h("Ihre Rechte"),
      p(
        text(
          "Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18) und Widerspruch (Art. 21). Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren, etwa bei [Bitte ergänzen: zuständige Aufsichtsbehörde].",
        ),
      ),
    ],
  } as BodyDoc;
}

export const LEGAL_DRAFTS: Record<(typeof LEGAL_PAGES)[number]["slug"], () => BodyDoc> = { impressum: impressumDraft, datenschutz: datenschutzDraft };
