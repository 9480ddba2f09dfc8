// The newsroom speaks each person's language, so its components take every
// word from the catalogues (src/i18n/messages): this rule finds words typed
// straight into JSX (text, and the attributes people read or hear: label,
// aria-label, title, placeholder, alt, hint…) and sentences in string
// literals (a notice, a confirm()). Class names, addresses, keys and the
// like are not words and pass; so do symbols ("↑", "·", "…").

const READ_ATTRIBUTES = new Set(["label", "aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "title", "placeholder", "alt", "hint", "legend", "description", "heading", "summary", "caption"]);
const HAS_LETTER = /\p{L}/u;
// A sentence or a phrase a person reads: a capitalised word followed by another word or by punctuation.
const PROSE = /^\s*\p{Lu}\p{Ll}+(?:[\s,.:;!?…]+\p{L}|[.!?…:]\s*$)/u;

function isWords(text) {
  return HAS_LETTER.test(text);
}

function literalText(node) {
  if (!node) return null;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral") return node.quasis.map((q) => q.value.cooked ?? "").join(" ");
  return null;
}

/** @type {import("eslint").Rule.RuleModule} */
export const noNewsroomLiterals = {
  meta: {
    type: "problem",
    docs: { description: "Newsroom components take their words from the message catalogues (src/i18n/messages)." },
    messages: {
      text: 'Words in the newsroom come from the catalogues: "{{text}}" (add a key to src/i18n/messages/{en,de}.json and use t()).',
    },
    schema: [],
  },
  create(context) {
    const report = (node, text) => context.report({ node, messageId: "text", data: { text: text.trim().slice(0, 60) } });
    return {
      JSXText(node) {
        if (isWords(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type !== "JSXElement" && node.parent?.type !== "JSXFragment") return;
        const text = literalText(node.expression);
        if (text !== null && isWords(text)) report(node, text);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === "string" ? node.name.name : "";
        if (!READ_ATTRIBUTES.has(name) || !node.value) return;
        const text = node.value.type === "JSXExpressionContainer" ? literalText(node.value.expression) : literalText(node.value);
        if (text !== null && isWords(text)) report(node, text);
      },
      "Literal, TemplateLiteral"(node) {
        if (node.parent?.type === "JSXAttribute" || node.parent?.type === "JSXExpressionContainer") return;
        // A word chosen by a condition ({copied ? "Copied" : "Copy"}) is read like any other.
        let up = node.parent;
        while (up && (up.type === "ConditionalExpression" || up.type === "LogicalExpression")) up = up.parent;
        if (up !== node.parent && up && up.type === "JSXExpressionContainer") {
          const where = up.parent;
          const shown = where?.type === "JSXElement" || where?.type === "JSXFragment" || (where?.type === "JSXAttribute" && READ_ATTRIBUTES.has(String(where.name.name)));
          const isTest = node.parent.type === "ConditionalExpression" && node.parent.test === node;
          const text = literalText(node);
          if (shown && !isTest && text !== null && isWords(text)) {
            report(node, text);
            return;
          }
        }
        if (node.parent?.type === "ImportDeclaration" || node.parent?.type === "ExportNamedDeclaration" || node.parent?.type === "ExportAllDeclaration") return;
        if (node.parent?.type === "Property" && node.parent.key === node) return;
        if (node.parent?.type === "ExpressionStatement") return; // "use client"
        const text = literalText(node);
        if (text !== null && PROSE.test(text)) report(node, text);
      },
    };
  },
};
