import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { ReactNode } from "react";
import satori from "satori";
import sharp from "sharp";

/**
 * Share images drawn with the fonts that ship with the app
 * (src/modules/site/share-fonts/README.md) and nothing else. next/og would
 * fetch a missing font from Google Fonts and every emoji from a CDN while the
 * reader waits (or fail without a network); satori is called here without a
 * loader for extra assets, so a request never leaves the server. A character
 * none of the fonts has is drawn as an empty box.
 */
type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "src", "modules", "site", "share-fonts");
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function load(file: string, name: string, weight: 400 | 700): Font {
  return { name, data: fs.readFileSync(path.join(FONT_DIR, file)), weight, style: "normal" };
}

// Read once, kept for the life of the process; satori also keeps its parsed
// fonts per list, so the same two lists are passed every time. Chinese (2.4 MB)
// is parsed only when a card needs it.
let latinArabicEmoji: Font[] | null = null;
let withChinese: Font[] | null = null;
function fontsFor(text: string): Font[] {
  latinArabicEmoji ??= [
    load("NotoSans-Bold-subset.ttf", "Noto Sans", 700),
    load("NotoSans-Regular-subset.ttf", "Noto Sans", 400),
    load("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700),
    load("NotoEmoji-Bold.ttf", "Noto Emoji", 700),
  ];
  if (!CJK.test(text)) return latinArabicEmoji;
  withChinese ??= [...latinArabicEmoji, load("NotoSansSC-Bold-subset.ttf", "Noto Sans SC", 700)];
  return withChinese;
}

/** A PNG of `element` (satori's flexbox subset of CSS), `text` being all the words on it. */
export async function renderShareImage(element: ReactNode, text: string, size: { width: number; height: number }): Promise<Buffer> {
  const svg = await satori(element, { ...size, fonts: fontsFor(text) });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
