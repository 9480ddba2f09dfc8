// Reader pages are complete HTML from the server and need none of React or
// Next's router in the browser: their few interactive bits are one small
// script of ours (public/reader.js). Next has no switch for a page without
// its client runtime, so the server's front door (server/serve.mjs) takes
// its scripts out of pages that ask for this by loading /reader.js: about
// 150 KB (gzip) of JavaScript and the page's inline RSC payload less per page.
// Newsroom pages are never touched.

/** The marker: the reader layout loads our script (src="/reader.js"). */
const READER_SCRIPT = /<script\b[^>]*\bsrc="\/reader\.js"[^>]*>\s*<\/script>/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Our own scripts in public/: the reader's, and the live ticker's on ticker pages. */
const OWN_SCRIPT = /\bsrc="\/(reader|live-ticker)\.js"/i;
const DATA_BLOCK = /\btype\s*=\s*["']?application\/(ld\+)?json/i;
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi;

export function isLeanPage(html) {
  return READER_SCRIPT.test(html);
}

/**
 * The page without Next's scripts: external chunks, inline bootstrap and RSC
 * payload, and script preloads go; data blocks (JSON-LD) and our own scripts stay.
 */
export function leanPage(html) {
  if (!isLeanPage(html)) return html;
  return html
    .replace(SCRIPT, (whole, attributes) => (DATA_BLOCK.test(attributes) || OWN_SCRIPT.test(attributes) ? whole : ""))
    .replace(SCRIPT_PRELOAD, "");
}
