// The object-store adapter against a local S3-compatible server (s3rver, from
// the npm registry: MinIO is not available here), as the storage contract
// the upload path relies on.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3Storage } from "./s3-storage";

let server: InstanceType<typeof S3rver>;
let endpoint = "";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-s3-"));

beforeAll(async () => {
  // allowMismatchedSignatures: s3rver 4.0.4 computes bucket-level signatures
  // (list, multi-delete) differently from the current AWS SDK and refuses them
  // with SignatureDoesNotMatch, while object-level ones (put, get) match; real
  // stores (AWS S3, MinIO, R2) verify the SDK's signatures themselves.
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: dir, configureBuckets: [{ name: "medien" }], allowMismatchedSignatures: true });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const storage = (extra: Partial<ConstructorParameters<typeof S3Storage>[0]> = {}) =>
  new S3Storage({ bucket: "medien", region: "us-east-1", endpoint, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true, ...extra });

const id = "0123456789abcdef01234567";

describe("media in an S3-compatible bucket", () => {
  it("stores, reads back and removes a folder of variants, page by page", async () => {
    const s = storage({ prefix: "zeitung" });
    await s.put(`${id}/master`, Buffer.from("original"));
    for (let i = 0; i < 3; i++) await s.put(`${id}/full-${400 + i}.webp`, Buffer.from(`webp ${i}`));
    await s.put(`${id}/r2/c16x9-800.avif`, Buffer.from("crop"));
    expect((await s.get(`${id}/full-401.webp`))?.toString()).toBe("webp 1");
    expect(await s.get(`${id}/full-999.webp`)).toBeNull();
    expect(await s.has(`${id}/full-401.webp`)).toBe(true);
    expect(await s.has(`${id}/full-999.webp`)).toBe(false);
    await s.removeFolder(`${id}/r2`);
    expect(await s.get(`${id}/r2/c16x9-800.avif`)).toBeNull();
    expect((await s.get(`${id}/master`))?.toString()).toBe("original");
    await s.removeFolder(id);
    expect(await s.get(`${id}/master`)).toBeNull();
    expect(s.describe()).toBe(`s3://medien/zeitung at ${endpoint}`);
  });

  it("refuses keys the server did not make, before they reach the bucket", async () => {
    const s = storage();
    await expect(s.put("../../etc/passwd", Buffer.from("x"))).rejects.toThrow("Invalid media key");
    await expect(s.get(`${id}/../other`)).rejects.toThrow("Invalid media key");
    await expect(s.removeFolder("")).rejects.toThrow("Invalid media key");
  });

  it("gives browsers the app's /media route, or the CDN when one is configured", () => {
    expect(storage().urlFor(`${id}/full-800.webp`)).toBe(`/media/${id}/full-800.webp`);
    expect(storage({ publicUrl: "https://cdn.zeitung.example", prefix: "zeitung" }).urlFor(`${id}/full-800.webp`)).toBe(`https://cdn.zeitung.example/zeitung/${id}/full-800.webp`);
  });
});
