// Reader pages fetch images from MEDIA_PUBLIC_URL (a CDN or the bucket) when it is set.
import { afterEach, expect, it } from "vitest";
import { reloadConfig } from "@server/config.mjs";
import { absoluteMediaUrl, publicMediaUrl } from "./public-url";
import { cropPicture } from "./variants";

const key = "0123456789abcdef01234567/full-800.webp";
afterEach(() => {
  for (const name of ["MEDIA_PUBLIC_URL", "MEDIA_STORE", "S3_BUCKET", "S3_PREFIX"]) delete process.env[name];
  reloadConfig();
});

it("without MEDIA_PUBLIC_URL the app's /media route serves the file", () => {
  reloadConfig();
  expect(publicMediaUrl(key)).toBe(`/media/${key}`);
  expect(absoluteMediaUrl(publicMediaUrl(key), "https://zeitung.example")).toBe(`https://zeitung.example/media/${key}`);
});

it("with a CDN in front of a local folder, and with a bucket under a prefix, reader pictures point there", () => {
  process.env.MEDIA_PUBLIC_URL = "https://cdn.zeitung.example/media/";
  reloadConfig();
  expect(publicMediaUrl(key)).toBe(`https://cdn.zeitung.example/media/${key}`);
  expect(absoluteMediaUrl(publicMediaUrl(key), "https://zeitung.example")).toBe(`https://cdn.zeitung.example/media/${key}`);
  Object.assign(process.env, { MEDIA_STORE: "s3", S3_BUCKET: "medien", S3_PREFIX: "zeitung", MEDIA_PUBLIC_URL: "https://medien.s3.eu-central-1.amazonaws.com" });
  reloadConfig();
  const picture = cropPicture({ id: "0123456789abcdef01234567", rev: 2, width: 3000, height: 2000 }, "wide", publicMediaUrl);
  expect(picture.src).toMatch(/^https:\/\/medien\.s3\.eu-central-1\.amazonaws\.com\/zeitung\/0123456789abcdef01234567\/r2\/wide-\d+\.webp$/);
  expect(picture.sources[0]!.srcSet.split(", ").every((entry) => entry.startsWith("https://medien.s3.eu-central-1.amazonaws.com/zeitung/"))).toBe(true);
});
