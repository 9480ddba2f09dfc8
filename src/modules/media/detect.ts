// What an upload is, decided by its bytes, never by its name or the browser's
// claim: a script renamed `.png` is text, and text is refused.
import { msg } from "@/i18n/message";

export const ACCEPTED_TYPES = ["jpeg", "png", "gif", "webp", "avif"] as const;
export type ImageType = (typeof ACCEPTED_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The image type the bytes start with, or null when they are not one we accept. */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a")) return "gif";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  // ISO base media file: [size]["ftyp"][major brand][minor version][compatible brands…]
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === "ftyp") {
    const boxSize = Math.min(bytes.length, (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!);
    const brands = [ascii(bytes, 8, 12)];
    for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
    if (brands.some((b) => b === "avif" || b === "avis")) return "avif";
  }
  return null;
}

/** A person-readable reason why bytes that are not an accepted image were refused. */
export function describeRefusal(bytes: Uint8Array): string {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg")) || head.includes("<svg")) {
    return msg("media.errors.svg");
  }
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<")) {
    return msg("media.errors.markup");
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return msg("media.errors.pdf");
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return msg("media.errors.tiff");
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp") {
    return msg("media.errors.heic");
  }
  return msg("media.errors.notImage");
}

export const MAX_FILE_NAME = 200;

/**
 * The name an upload was sent with, for display and search only (files are
 * stored under server-made names). A name with a path in it is refused: no
 * browser sends one, so it is someone probing.
 */
export function checkFileName(name: string): { ok: true; name: string } | { ok: false; message: string } {
  const trimmed = name.normalize("NFC").trim();
  if (!trimmed) return { ok: false, message: msg("media.errors.nameMissing") };
  if (/[\\/]/.test(trimmed) || trimmed.split(".").every((p) => p === "") || trimmed.includes("..")) {
    return { ok: false, message: msg("media.errors.namePath") };
  }
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return { ok: false, message: msg("media.errors.nameControl") };
  if (trimmed.length > MAX_FILE_NAME) return { ok: false, message: msg("media.errors.nameLong", { max: MAX_FILE_NAME }) };
  return { ok: true, name: trimmed };
}

/** Megabytes to one decimal, for messages ("{size, number} MB" formats it in the reader's language). */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
