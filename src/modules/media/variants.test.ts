import { describe, expect, it } from "vitest";
import { cropPicture, focalCrop, fullPicture, imageIdOf, isPublicKey, keys, shareUrl, variantsOf, widthsFor } from "./variants";

describe("focal-point crops", () => {
  it("keeps a focal point on the left edge in a 16:9 crop of a portrait photo", () => {
    // 3000×4000 portrait → 16:9 crop is 3000×1688; the face at 20 % from the top stays in it
    const r = focalCrop(3000, 4000, 0.5, 0.2, 16 / 9);
    expect(r).toEqual({ left: 0, top: 0, width: 3000, height: 1688 });
    const face = focalCrop(3000, 4000, 0.5, 0.6, 16 / 9);
    expect(face.top).toBe(Math.round(0.6 * 4000 - 1688 / 2));
    expect(face.top + face.height).toBeLessThanOrEqual(4000);
  });
  it("centres on the focal point and stays inside the image", () => {
    const r = focalCrop(4000, 2000, 0.9, 0.5, 1);
    expect(r).toEqual({ left: 2000, top: 0, width: 2000, height: 2000 });
    const mid = focalCrop(4000, 2000, 0.5, 0.5, 1);
    expect(mid.left).toBe(1000);
    const edge = focalCrop(4000, 2000, 0, 1, 1);
    expect(edge).toEqual({ left: 0, top: 0, width: 2000, height: 2000 });
  });
  it("the focal point lies inside every crop unless the crop is the whole side", () => {
    for (const [w, h] of [[4000, 3000], [1200, 1600], [800, 800], [5000, 1000]] as const) {
      for (const ratio of [16 / 9, 1, 1200 / 630]) {
        for (const fx of [0, 0.1, 0.33, 0.5, 0.8, 1]) {
          for (const fy of [0, 0.25, 0.5, 0.9, 1]) {
            const r = focalCrop(w, h, fx, fy, ratio);
            expect(r.left).toBeGreaterThanOrEqual(0);
            expect(r.top).toBeGreaterThanOrEqual(0);
            expect(r.left + r.width).toBeLessThanOrEqual(w);
            expect(r.top + r.height).toBeLessThanOrEqual(h);
            expect(Math.abs(r.width / r.height - ratio)).toBeLessThan(0.01);
            expect(fx * w).toBeGreaterThanOrEqual(r.left - 1);
            expect(fx * w).toBeLessThanOrEqual(r.left + r.width + 1);
            expect(fy * h).toBeGreaterThanOrEqual(r.top - 1);
            expect(fy * h).toBeLessThanOrEqual(r.top + r.height + 1);
          }
        }
      }
    }
  });
});

describe("variant widths and URLs", () => {
  it("never upscales and always offers one file", () => {
    expect(widthsFor(2560, [480, 800, 1200, 1600])).toEqual([480, 800, 1200, 1600]);
    expect(widthsFor(1000, [480, 800, 1200, 1600])).toEqual([480, 800, 1000]);
    expect(widthsFor(300, [480, 800])).toEqual([300]);
  });
  it("builds srcset for AVIF and WebP with widths", () => {
    const id = "0123456789abcdef01234567";
    const full = fullPicture({ id, width: 1000, height: 750 });
    expect(full.sources.map((s) => s.type)).toEqual(["image/avif", "image/webp"]);
    expect(full.sources[1]!.srcSet).toBe(`/media/${id}/full-480.webp 480w, /media/${id}/full-800.webp 800w, /media/${id}/full-1000.webp 1000w`);
    expect([full.width, full.height]).toEqual([1000, 750]);
    const wide = cropPicture({ id, rev: 4, width: 1000, height: 750 }, "wide");
    expect([wide.width, wide.height]).toEqual([1000, 563]);
    expect(wide.src).toBe(`/media/${id}/r4/wide-800.webp`);
  });
  it("serves variants, never the master or anything outside an image folder", () => {
    const id = "0123456789abcdef01234567";
    expect(isPublicKey(keys.full(id, 800, "avif"))).toBe(true);
    expect(isPublicKey(keys.crop(id, 2, "square", 400, "webp"))).toBe(true);
    expect(isPublicKey(keys.share(id, 2))).toBe(true);
    expect(isPublicKey(keys.thumb(id))).toBe(true);
    expect(isPublicKey(keys.master(id, "jpg"))).toBe(false);
    expect(isPublicKey(keys.master(id, "webp"))).toBe(false);
    expect(isPublicKey(`${id}/../../etc/passwd`)).toBe(false);
    expect(isPublicKey(`../${id}/thumb.webp`)).toBe(false);
  });
});

describe("the variants of an image", () => {
  it("are exactly the files the reader pages name, at the current revision", () => {
    const image = { id: "0123456789abcdef01234567", rev: 3, width: 1000, height: 750, focalX: 0.2, focalY: 0.5 };
    const named = new Set<string>();
    const add = (srcSet: string) => srcSet.split(", ").forEach((entry) => named.add(entry.split(" ")[0]!.replace("/media/", "")));
    for (const picture of [fullPicture(image), cropPicture(image, "wide"), cropPicture(image, "square")]) picture.sources.forEach((s) => add(s.srcSet));
    named.add(shareUrl(image).replace("/media/", ""));
    const planned = variantsOf(image);
    expect(new Set(planned.map((v) => v.key))).toEqual(named);
    expect(planned.every((v) => isPublicKey(v.key) && imageIdOf(v.key) === image.id)).toBe(true);
    // The crops follow the focal point: the square of a 1000×750 image at 20 % from the left starts at the edge.
    expect(planned.find((v) => v.key.endsWith("square-400.webp"))).toMatchObject({ kind: "crop", rect: { left: 0, top: 0, width: 750, height: 750 } });
    expect(imageIdOf(keys.master(image.id, "jpg"))).toBeNull();
  });
});
