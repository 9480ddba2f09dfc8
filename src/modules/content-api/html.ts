// The body as HTML for API clients (apps, newsletters, partners): built from
// the block registry's JSON like the reader page, element by element, with
// every text escaped and every link re-checked, so nothing stored can become
// markup. A block added to the registry fails the type check here until it
// has an HTML form.
import { isSafeHref, type BodyBlock, type BodyDoc, type BodyInline } from "../articles/body";

export type HtmlImage = { url: string; width: number; height: number; alt: string; caption: string; credit: string };

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function inline(node: BodyInline): string {
  if (node.type === "hardBreak") return "<br>";
  let out = escape(node.text);
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = `<strong>${out}</strong>`;
    else if (mark.type === "italic") out = `<em>${out}</em>`;
    else if (mark.type === "link" && isSafeHref(mark.attrs.href)) {
      const rel = mark.attrs.href.startsWith("mailto:") ? "" : ' rel="noopener noreferrer nofollow"';
      out = `<a href="${escape(mark.attrs.href)}"${rel}>${out}</a>`;
    }
  }
  return out;
}

const inlines = (nodes?: BodyInline[]) => (nodes ?? []).map(inline).join("");

function block(node: BodyBlock, images: Record<string, HtmlImage>): string {
  const children = (blocks: BodyBlock[]) => blocks.map((b) => block(b, images)).join("");
  switch (node.type) {
    case "paragraph":
      return node.content?.length ? `<p>${inlines(node.content)}</p>` : "";
    case "heading":
      return `<h${node.attrs.level}>${inlines(node.content)}</h${node.attrs.level}>`;
    case "bulletList":
      return `<ul>${node.content.map((item) => `<li>${children(item.content)}</li>`).join("")}</ul>`;
    case "orderedList": {
      const start = node.attrs?.start && node.attrs.start !== 1 ? ` start="${node.attrs.start}"` : "";
      return `<ol${start}>${node.content.map((item) => `<li>${children(item.content)}</li>`).join("")}</ol>`;
    }
    case "blockquote": {
      const quote = `<blockquote>${children(node.content)}</blockquote>`;
      return node.attrs?.citation ? `<figure class="quote">${quote}<figcaption>– <cite>${escape(node.attrs.citation)}</cite></figcaption></figure>` : quote;
    }
    case "infoBox":
      return `<aside class="info-box">${node.attrs.title ? `<p class="info-box-title">${escape(node.attrs.title)}</p>` : ""}${children(node.content)}</aside>`;
    case "image": {
      const image = images[node.attrs.mediaId];
      if (!image) return "";
      const caption = [image.caption, image.credit ? `Foto: ${image.credit}` : ""].filter(Boolean).map(escape).join(" ");
      return `<figure><img src="${escape(image.url)}" width="${image.width}" height="${image.height}" alt="${escape(image.alt)}" loading="lazy">${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
    }
    default: {
      const unhandled: never = node;
      return unhandled;
    }
  }
}

/** The body as sanitised HTML; a dateline and credit lead the first paragraph („Brüssel (dpa) – …“), as on the reader page. */
export function bodyHtml(doc: BodyDoc, images: Record<string, HtmlImage>, dateline = "", credit = ""): string {
  const blocks = doc.content ?? [];
  const html = blocks.map((b) => block(b, images)).join("");
  if (!dateline && !credit) return html;
  const lead = [dateline ? `<span class="dateline">${escape(dateline)}</span>` : "", credit ? `<span class="credit">(${escape(credit)})</span>` : ""].filter(Boolean).join(" ");
  return html.startsWith("<p>") ? `<p>${lead} – ${html.slice(3)}` : `<p>${lead}</p>${html}`;
}
