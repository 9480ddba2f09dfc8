import { inEnglish } from "@/i18n/testing";
import { describe, expect, it } from "vitest";
import { checkFileName, describeRefusal, detectImageType } from "./detect";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("type detection by content", () => {
  it("recognises the accepted formats by their signatures", () => {
    expect(detectImageType(bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF"))).toBe("jpeg");
    expect(detectImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "rest"))).toBe("png");
    expect(detectImageType(bytes("GIF89a", [1, 0, 1, 0]))).toBe("gif");
    expect(detectImageType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("webp");
    expect(detectImageType(bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "avifmif1miaf"))).toBe("avif");
    expect(detectImageType(bytes([0, 0, 0, 0x1c], "ftypmif1", [0, 0, 0, 0], "mif1avifmiaf"))).toBe("avif");
  });
  it("refuses an HTML page renamed .png, with a reason", () => {
    const html = Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>");
    expect(detectImageType(html)).toBeNull();
    expect(inEnglish(describeRefusal(html))).toMatch(/web page or markup, not an image/);
  });
  it("refuses SVG, saying why", () => {
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(detectImageType(svg)).toBeNull();
    expect(inEnglish(describeRefusal(svg))).toMatch(/SVG files are not accepted/);
  });
  it("refuses HEIC, PDF and plain text", () => {
    const heic = bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic");
    expect(detectImageType(heic)).toBeNull();
    expect(inEnglish(describeRefusal(heic))).toMatch(/HEIC/);
    expect(detectImageType(Buffer.from("%PDF-1.7"))).toBeNull();
    expect(inEnglish(describeRefusal(Buffer.from("root:x:0:0:root:/root:/bin/bash")))).toMatch(/not a JPEG, PNG, WebP, AVIF or GIF image/);
  });
});

describe("file names", () => {
  it("refuses names with a path", () => {
    for (const name of ["../../etc/passwd", "..\\..\\boot.ini", "/etc/passwd", "a/b.jpg", "..", "."]) {
      expect(checkFileName(name).ok, name).toBe(false);
    }
  });
  it("keeps an ordinary name with umlauts", () => {
    expect(checkFileName("  Bundestag Plenarsaal – Übersicht.jpg ")).toEqual({ ok: true, name: "Bundestag Plenarsaal – Übersicht.jpg" });
  });
  it("refuses control characters and overlong names", () => {
    expect(checkFileName("a\u0000.jpg").ok).toBe(false);
    expect(checkFileName(`${"x".repeat(300)}.jpg`).ok).toBe(false);
  });
});
