// Renders stored body JSON for readers through the block registry's allowlist:
// every node type maps to one element, text is escaped by React, and links are
// re-checked at render time. There is no path by which stored HTML is emitted.
import { Fragment, type ReactNode } from "react";
import { isSafeHref, type BodyBlock, type BodyDoc, type BodyInline } from "@/modules/articles/body";

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

function renderBlock(node: BodyBlock, key: number): ReactNode {
  switch (node.type) {
    case "paragraph":
      return node.content?.length ? <p key={key}>{renderInlines(node.content)}</p> : null;
    case "heading":
      return node.attrs.level === 2 ? <h2 key={key}>{renderInlines(node.content)}</h2> : <h3 key={key}>{renderInlines(node.content)}</h3>;
    case "bulletList":
      return <ul key={key}>{node.content.map((item, i) => <li key={i}>{item.content.map(renderBlock)}</li>)}</ul>;
    case "orderedList":
      return (
        <ol key={key} start={node.attrs?.start && node.attrs.start !== 1 ? node.attrs.start : undefined}>
          {node.content.map((item, i) => <li key={i}>{item.content.map(renderBlock)}</li>)}
        </ol>
      );
    case "blockquote":
      return <blockquote key={key}>{node.content.map(renderBlock)}</blockquote>;
    default:
      return null;
  }
}

export function ArticleBody({ doc, className }: { doc: BodyDoc; className?: string }) {
  return <div className={`article-body ${className ?? ""}`}>{doc.content.map(renderBlock)}</div>;
}
