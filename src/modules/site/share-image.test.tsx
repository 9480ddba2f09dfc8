// Share images never reach the network: with every way out blocked, headlines
// in German, with emoji, Arabic and Chinese still become a PNG with their text on it.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renderShareImage } from "./share-image";

const blocked = () => {
  throw new Error("network access during a share image");
};
beforeAll(() => {
  vi.spyOn(globalThis, "fetch").mockImplementation(blocked);
  vi.spyOn(http, "request").mockImplementation(blocked);
  vi.spyOn(https, "request").mockImplementation(blocked);
  vi.spyOn(net, "connect").mockImplementation(blocked);
  vi.spyOn(net, "createConnection").mockImplementation(blocked);
});
afterAll(() => vi.restoreAllMocks());

const size = { width: 600, height: 200 };
const card = (text: string) => (
  <div style={{ width: "100%", height: "100%", display: "flex", background: "#ffffff", color: "#000000", fontSize: 48, fontWeight: 700, fontFamily: "Noto Sans", padding: 20 }}>{text}</div>
);
/** Share of dark pixels: how much was drawn. */
async function ink(png: Buffer) {
  const { data } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (const value of data) if (value < 128) dark++;
  return dark / data.length;
}

describe("share images", () => {
  it.each([
    ["German", "„Trump geht auf Putin zu!“ – Außenpolitik"],
    ["emoji", "🎉🔥👩‍💻🇩🇪"],
    ["Arabic", "مرحبا بالعالم"],
    ["Chinese", "世界新闻报道"],
    ["all at once", "Gipfel 🤝 قمة 峰会"],
  ])("%s: a PNG with the text drawn, no network", async (_name, text) => {
    const png = await renderShareImage(card(text), text, size);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 600, 200]);
    expect(await ink(png)).toBeGreaterThan(0.01);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("a script no shipped font has still renders (as boxes), without asking anyone", async () => {
    const png = await renderShareImage(card("שלום עולם"), "שלום עולם", size);
    expect((await sharp(png).metadata()).format).toBe("png");
    expect(fetch).not.toHaveBeenCalled();
  });
});
