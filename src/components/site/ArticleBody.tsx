// Renders stored body JSON for readers through the block registry's allowlist:
// every node type maps to one element, text is escaped by React, and links are
// re-checked at render time. There is no path by which stored HTML is emitted.
// A block added to the registry (src/modules/articles/body.ts) fails the type
// check here until it has a rendering.
import { Fragment, useId, type ReactNode } from "react";
import { isSafeHref, type BodyBlock, type BodyDoc, type BodyInline } from "@/modules/articles/body";
import type { ReaderImage } from "@/modules/media/dto";
import { Figure } from "./ResponsiveImage";

/** The article column's width: body images are never shown wider. */
export const BODY_IMAGE_SIZES = "(min-width: 42rem) 42rem, 100vw";

function renderInline(node: BodyInline, key: number): ReactNode {
  if (node.type === "hardBreak") return <br key={key} />;
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link" && isSafeHref(mark.attrs.href)) {
      const external = !mark.attrs.href.startsWith("mailto:");
      out = (
        <a href={mark.attrs.href} rel={external ? "noopener noreferrer nofollow" : undefined}>
          {out}
        </a>
      );
    }
  }
  return <Fragment key={key}>{out}</Fragment>;
}

function renderInlines(nodes?: BodyInline[]) {
  return nodes?.map(renderInline) ?? null;
}

function InfoBox({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <aside className="info-box" aria-labelledby={title ? id : undefined}>
      {title ? (
        <p id={id} className="info-box-title">
          {title}
        </p>
      ) : null}
      {children}
    </aside>
  );
}

type Images = Record<string, ReaderImage>;

function renderBlock(node: BodyBlock, key: number, lead?: ReactNode, images: Images = {}): ReactNode {
  const children = (blocks: BodyBlock[]) => blocks.map((b, j) => renderBlock(b, j, undefined, images));
  switch (node.type) {
    case "paragraph":
      return node.content?.length || lead ? (
        <p key={key}>
          {lead}
          {renderInlines(node.content)}
        </p>
      ) : null;
    case "heading":
      return node.attrs.level === 2 ? <h2 key={key}>{renderInlines(node.content)}</h2> : <h3 key={key}>{renderInlines(node.content)}</h3>;
    case "bulletList":
      return <ul key={key}>{node.content.map((item, i) => <li key={i}>{children(item.content)}</li>)}</ul>;
    case "orderedList":
      return (
        <ol key={key} start={node.attrs?.start && node.attrs.start !== 1 ? node.attrs.start : undefined}>
          {node.content.map((item, i) => <li key={i}>{children(item.content)}</li>)}
        </ol>
      );
    case "blockquote": {
      const quote = <blockquote>{children(node.content)}</blockquote>;
      return node.attrs?.citation ? (
        <figure key={key} className="quote">
          {quote}
          <figcaption>
            – <cite>{node.attrs.citation}</cite>
          </figcaption>
        </figure>
      ) : (
        <Fragment key={key}>{quote}</Fragment>
      );
    }
    case "infoBox":
      return (
        <InfoBox key={key} title={node.attrs.title}>
          {children(node.content)}
        </InfoBox>
      );
    case "image": {
      // An image deleted from the library since is left out, not shown broken.
      const image = images[node.attrs.mediaId];
      return image ? <Figure key={key} image={image} sizes={BODY_IMAGE_SIZES} className="article-figure" /> : null;
    }
    default: {
      const unhandled: never = node;
      return unhandled;
    }
  }
}

/**
 * The body; a dateline ("Brüssel") and the agency's credit lead the first
 * paragraph, as in print: „BRÜSSEL (dpa) – Trump teilte …“ (the place in
 * capitals, the agency as it writes itself).
 */
export function ArticleBody({ doc, dateline = "", credit = "", images, className }: { doc: BodyDoc; dateline?: string; credit?: string; images?: Images; className?: string }) {
  const hasLead = !!(dateline || credit);
  const firstParagraph = hasLead ? doc.content.findIndex((b) => b.type === "paragraph") : -1;
  const lead = hasLead ? (
    <>
      {dateline ? <span className="dateline">{dateline}</span> : null}
      {dateline && credit ? " " : null}
      {credit ? <span className="credit">({credit})</span> : null} –{" "}
    </>
  ) : null;
  return (
    <div className={`article-body ${className ?? ""}`}>
      {hasLead && firstParagraph === -1 ? <p>{lead}</p> : null}
      {doc.content.map((block, i) => renderBlock(block, i, i === firstParagraph ? lead : undefined, images))}
    </div>
  );
}
