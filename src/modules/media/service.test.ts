import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { inEnglish } from "@/i18n/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { pngClaiming } from "@/lib/testing/png-claiming.mjs";
import { setUpTestDatabase } from "@/lib/testing/test-db";

setUpTestDatabase();
const { db } = await import("@/lib/db");
const { uploadImage, updateImageDetails, setFocalPoint, deleteImage } = await import("./service");
const { createArticle } = await import("../articles/service");
const { makeActor } = await import("../auth/actor");
const { ForbiddenError, ValidationError } = await import("@/lib/errors");
const { mediaStorage, rateLimiter } = await import("../infrastructure");
const { keys } = await import("./variants");
const { getImage } = await import("./queries");
const { variantsSettled, makeVariantOnRequest } = await import("./variant-maker");
const { TooManyRequestsError } = await import("@/lib/errors");

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";
async function actor(role: Role) {
  const user = await db.user.create({ data: { name: `${role} Person`, email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.org`, role, passwordHash: "x" } });
  return makeActor({ id: user.id, role, name: user.name, email: user.email, ip: "127.0.0.1" });
}

/**
 * A 3000×2000 photo shot in portrait (EXIF orientation 6: turn 90° clockwise)
 * with GPS and copyright data. Stored left half red, so upright the top half is red.
 */
async function cameraPhoto() {
  const half = (color: string) => sharp({ create: { width: 1500, height: 2000, channels: 3, background: color } }).png().toBuffer();
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#000" } })
    .composite([
      { input: await half("#d00000"), left: 0, top: 0 },
      { input: await half("#0000d0"), left: 1500, top: 0 },
    ])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Copyright: "Agentur Geheim" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "13/1 24/1 0/1" } })
    .toBuffer();
}

let admin: Awaited<ReturnType<typeof actor>>;
let author: Awaited<ReturnType<typeof actor>>;
let sectionId = "";
beforeAll(async () => {
  admin = await actor("ADMIN");
  author = await actor("AUTHOR");
  sectionId = (await db.section.create({ data: { name: "Politik", slug: "politik" } })).id;
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return Object.values((error as InstanceType<typeof ValidationError>).fieldErrors).flat().map(inEnglish).join(" ");
}

describe("upload", () => {
  it("answers with the master and thumbnail, then makes every variant at the right size, stripped of EXIF and GPS", async () => {
    const photo = await cameraPhoto();
    expect((await sharp(photo).metadata()).exif?.toString("latin1")).toContain("Agentur Geheim");
    const media = await uploadImage(author, { fileName: "Kanzleramt.jpg", data: photo });
    // Usable at once: the thumbnail is there, upright (portrait), the variants are still being made.
    const thumb = await sharp((await mediaStorage().get(keys.thumb(media.id)))!).metadata();
    expect([thumb.width, thumb.height]).toEqual([480, 720]);
    expect(media.ready).toBe(false);
    await variantsSettled(media.id);
    expect((await db.mediaAsset.findUniqueOrThrow({ where: { id: media.id } })).readyRev).toBe(1);
    // Rotated upright: the portrait photo is 2000 wide, 3000 high, scaled to at most 2560.
    expect([media.width, media.height]).toEqual([1707, 2560]);
    expect(media.type).toBe("jpeg");
    expect(media.placeholder).toMatch(/^data:image\/webp;base64,/);
    const storage = mediaStorage();
    for (const [key, width, height] of [
      [keys.full(media.id, 480, "avif"), 480, 720],
      [keys.full(media.id, 1600, "webp"), 1600, 2400],
      [keys.crop(media.id, 1, "wide", 1600, "avif"), 1600, 900],
      [keys.crop(media.id, 1, "square", 800, "webp"), 800, 800],
      [keys.share(media.id, 1), 1200, 630],
    ] as const) {
      const file = await storage.get(key);
      expect(file, key).not.toBeNull();
      const meta = await sharp(file!).metadata();
      expect([meta.width, meta.height], key).toEqual([width, height]);
      expect(meta.exif, key).toBeUndefined();
      expect(meta.xmp, key).toBeUndefined();
      expect(file!.toString("latin1"), key).not.toContain("Agentur Geheim");
    }
    expect(fs.readdirSync(path.join(storage.describe(), media.id)).sort()).toContain("master.jpg");
  });

  it("refuses what is not an accepted image, and keeps nothing", async () => {
    const before = { rows: await db.mediaAsset.count(), folders: fs.readdirSync(mediaStorage().describe()).length };
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    expect(await refusal(uploadImage(author, { fileName: "harmlos.png", data: html }))).toMatch(/harmlos\.png: .*not an image/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await refusal(uploadImage(author, { fileName: "logo.svg", data: svg }))).toMatch(/SVG files are not accepted/);
    const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#888" } }).jpeg().toBuffer();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect(await refusal(uploadImage(author, { fileName: "halb.jpg", data: truncated }))).toMatch(/damaged or (not a complete image|incomplete)/);
    const huge = Buffer.concat([jpeg, Buffer.alloc(25 * 1024 * 1024)]);
    expect(await refusal(uploadImage(author, { fileName: "riesig.jpg", data: huge }))).toMatch(/25 MB; at most 20 MB/);
    expect(await refusal(uploadImage(author, { fileName: "../../etc/passwd", data: jpeg }))).toMatch(/must not contain a path/);
    expect(await db.mediaAsset.count()).toBe(before.rows);
    expect(fs.readdirSync(mediaStorage().describe()).length).toBe(before.folders);
  });
});

describe("details, focal point, use in articles and deletion", () => {
  it("needs alt text before an article may use the image", async () => {
    const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#246" } }).png().toBuffer();
    const media = await uploadImage(author, { fileName: "ohne-alt.png", data });
    const article = { kicker: "", headline: "Mit Bild", teaser: "", sectionId, slug: "", leadImageId: media.id, body: { type: "doc", content: [{ type: "image", attrs: { mediaId: media.id } }] } };
    expect(await refusal(createArticle(author, article))).toMatch(/ohne-alt\.png.*add alt text/);
    const updated = await updateImageDetails(author, { id: media.id, version: media.version }, { alt: "Der Reichstag im Abendlicht", caption: "Der Bundestag tagt.", credit: "Foto: dpa" });
    expect(updated.media.credit).toBe("Foto: dpa");
    const created = await createArticle(author, article);
    expect(created.article.leadImage?.alt).toBe("Der Reichstag im Abendlicht");
    expect(await db.articleMedia.count({ where: { mediaId: media.id } })).toBe(1);
    // Alt text cannot be emptied while in use; a stale version is a conflict.
    expect(await refusal(updateImageDetails(author, { id: media.id, version: updated.media.version }, { alt: "" }))).toMatch(/required while an article uses/);
    expect(await updateImageDetails(author, { id: media.id, version: media.version }, { alt: "x" }).catch((e: Error) => inEnglish(e.message))).toMatch(/Someone else changed/);
  });

  it("moves crops with the focal point under a new revision and removes the old one", async () => {
    const photo = await cameraPhoto(); // upright: top half red, bottom half blue
    const media = await uploadImage(admin, { fileName: "focal.jpg", data: photo });
    const storage = mediaStorage();
    const colourOf = async (key: string) => {
      const { dominant } = await sharp((await storage.get(key))!).stats();
      return dominant.r > dominant.b ? "red" : "blue";
    };
    await variantsSettled(media.id);
    const moved = await setFocalPoint(admin, { id: media.id, version: media.version }, { x: 0.5, y: 0.95 });
    expect(moved.media.rev).toBe(2);
    // Until the new crops are made, the old revision's stay for pages still naming them.
    expect(await storage.get(keys.crop(media.id, 1, "wide", 800, "webp"))).not.toBeNull();
    await variantsSettled(media.id);
    expect(await colourOf(keys.crop(media.id, 2, "wide", 800, "webp"))).toBe("blue");
    expect(await storage.get(keys.crop(media.id, 1, "wide", 800, "webp"))).toBeNull();
    const up = await setFocalPoint(admin, { id: media.id, version: moved.media.version }, { x: 0.5, y: 0.05 });
    await variantsSettled(media.id);
    expect(await colourOf(keys.crop(media.id, 3, "wide", 800, "webp"))).toBe("red");
    expect(await colourOf(keys.share(media.id, 3))).toBe("red");
    expect(await refusal(setFocalPoint(admin, { id: media.id, version: up.media.version }, { x: 2, y: 0.5 }))).toMatch(/at most 100 %/);
  });

  it("warns before deleting an image in use and lets only editors do it", async () => {
    const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#642" } }).jpeg().toBuffer();
    const media = await uploadImage(author, { fileName: "benutzt.jpg", data });
    await updateImageDetails(author, { id: media.id, version: 1 }, { alt: "Ein Bild" });
    const other = await actor("AUTHOR");
    await expect(deleteImage(other, media.id)).rejects.toBeInstanceOf(ForbiddenError);
    const article = await createArticle(author, { kicker: "", headline: "Benutzt", teaser: "", sectionId, slug: "", leadImageId: media.id, body: { type: "doc", content: [] } });
    await expect(deleteImage(author, media.id, { confirmInUse: true })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await refusal(deleteImage(admin, media.id))).toMatch(/used in one article/);
    await deleteImage(admin, media.id, { confirmInUse: true });
    expect(await db.mediaAsset.findUnique({ where: { id: media.id } })).toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: article.article.id } })).leadImageId).toBeNull();
    expect(fs.existsSync(path.join(mediaStorage().describe(), media.id))).toBe(false);
  });

  it("“Used in” names only the articles a person may see and counts the others", async () => {
    const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#264" } }).jpeg().toBuffer();
    const media = await uploadImage(author, { fileName: "geteilt.jpg", data });
    await updateImageDetails(author, { id: media.id, version: 1 }, { alt: "Ein geteiltes Bild" });
    const colleague = await actor("CONTRIBUTOR");
    const article = (headline: string) => ({ kicker: "", headline, teaser: "", sectionId, slug: "", leadImageId: media.id, body: { type: "doc", content: [] } });
    await createArticle(author, article("Entwurf der Autorin"));
    await createArticle(colleague, article("Entwurf des Kollegen"));

    const asColleague = (await getImage(colleague, media.id)).usages;
    expect(asColleague.named.map((u) => u.headline)).toEqual(["Entwurf des Kollegen"]);
    expect(asColleague).toMatchObject({ others: 1, total: 2 });
    const asAdmin = (await getImage(admin, media.id)).usages;
    expect(asAdmin.named.map((u) => u.headline).sort()).toEqual(["Entwurf der Autorin", "Entwurf des Kollegen"]);
    expect(asAdmin.others).toBe(0);
  });

});


describe("variants after the upload", () => {
  it("a variant asked for before the background made it is made on request and kept; nothing outside the plan is made", async () => {
    const data = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#357" } }).jpeg().toBuffer();
    const media = await uploadImage(author, { fileName: "sofort.jpg", data });
    const key = keys.crop(media.id, 1, "wide", 1200, "avif");
    const made = await makeVariantOnRequest(key);
    expect(made).not.toBeNull();
    expect(await sharp(made!).metadata()).toMatchObject({ width: 1200, height: 675 });
    expect(await mediaStorage().has(key)).toBe(true);
    // Widths, revisions and files the pages never name are not made for anyone who asks.
    for (const other of [`${media.id}/full-999.webp`, keys.crop(media.id, 7, "wide", 800, "webp"), keys.master(media.id, "jpg"), "0123456789abcdef01234567/full-800.webp"]) {
      expect(await makeVariantOnRequest(other), other).toBeNull();
    }
    expect(await mediaStorage().has(`${media.id}/full-999.webp`)).toBe(false);
    await variantsSettled(media.id);
  });

  it("an image deleted while its variants are made leaves no files behind", async () => {
    const data = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#753" } }).jpeg().toBuffer();
    const media = await uploadImage(author, { fileName: "gleich-weg.jpg", data });
    await deleteImage(author, media.id);
    await variantsSettled(media.id);
    expect(fs.existsSync(path.join(mediaStorage().describe(), media.id))).toBe(false);
  });

  it("the scheduler finishes an image a stopped server left half made", async () => {
    const { completeUnfinishedImages } = await import("./variant-maker");
    const data = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#573" } }).png().toBuffer();
    const media = await uploadImage(author, { fileName: "halb-fertig.png", data });
    await variantsSettled(media.id);
    // As a server killed after the upload leaves it: no variants, not ready, a while ago.
    const share = keys.share(media.id, 1);
    fs.rmSync(path.join(mediaStorage().describe(), ...share.split("/")));
    await db.$executeRaw`UPDATE "MediaAsset" SET "readyRev" = 0, "updatedAt" = ${new Date(Date.now() - 120_000)} WHERE "id" = ${media.id}`;
    expect(await completeUnfinishedImages(Date.now() + 3_600_000)).toBe(1);
    await variantsSettled(media.id);
    expect(await mediaStorage().has(share)).toBe(true);
    expect((await db.mediaAsset.findUniqueOrThrow({ where: { id: media.id } })).readyRev).toBe(1);
  });

  it("an image without a master is recorded as complete instead of being tried again every minute", async () => {
    const { completeVariants } = await import("./variant-maker");
    const row = await db.mediaAsset.create({ data: { id: "f".repeat(24), fileName: "ohne-dateien.jpg", type: "jpeg", bytes: 1, width: 800, height: 600, placeholder: "", uploadedById: author.id } });
    await completeVariants(row.id);
    expect((await db.mediaAsset.findUniqueOrThrow({ where: { id: row.id } })).readyRev).toBe(1);
    expect(await mediaStorage().has(keys.full(row.id, 480, "webp"))).toBe(false);
  });
});

describe("uploads that would starve the server", () => {
  it("a 20,000 × 20,000 image is refused by its header, with its own message", async () => {
    const message = await refusal(uploadImage(author, { fileName: "bombe.png", data: pngClaiming(20_000, 20_000) }));
    expect(message).toBe("bombe.png: the image is 20,000 × 20,000 pixels; at most 100 megapixels.");
  });

  it("a person's 61st upload within ten minutes is refused with a time to wait, before any decoding", async () => {
    const busy = await actor("CONTRIBUTOR");
    for (let i = 0; i < 60; i++) await rateLimiter().consume({ key: `upload:${busy.id}`, limit: 60, windowMs: 600_000 });
    const data = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#000" } }).png().toBuffer();
    const error = await uploadImage(busy, { fileName: "noch-eins.png", data }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect(inEnglish((error as Error).message)).toMatch(/uploaded 60 images .* wait \d+ minutes?/);
    expect(await db.mediaAsset.count({ where: { uploadedById: busy.id } })).toBe(0);
  });
});
