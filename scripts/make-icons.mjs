#!/usr/bin/env node
// Makes the fixed-address icons a site needs from app/icon.svg (the favicon
// browsers take from the page): public/apple-touch-icon.png (180 px, opaque,
// as iOS wants), public/icon-192.png and icon-512.png (web app manifest,
// app/manifest.ts) and public/favicon.ico (16 and 32 px, for clients that ask
// for /favicon.ico without reading the page). Run after changing the icon:
// `node scripts/make-icons.mjs`; the results are committed.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const svg = fs.readFileSync(path.join(root, "app", "icon.svg"));
const out = (name) => path.join(root, "public", name);

const png = (size, { opaque = false } = {}) => {
  const image = sharp(svg, { density: Math.ceil((72 * size) / 32) }).resize(size, size);
  return (opaque ? image.flatten({ background: "#b3001b" }) : image).png({ compressionLevel: 9 }).toBuffer();
};

/** An .ico holding PNG images (every browser since 2009 reads those). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

fs.writeFileSync(out("apple-touch-icon.png"), await png(180, { opaque: true }));
fs.writeFileSync(out("icon-192.png"), await png(192));
fs.writeFileSync(out("icon-512.png"), await png(512));
fs.writeFileSync(out("favicon.ico"), ico([{ size: 16, data: await png(16) }, { size: 32, data: await png(32) }]));
console.log("public/: apple-touch-icon.png, icon-192.png, icon-512.png, favicon.ico");
