// Backup and restore when media live in a bucket (MEDIA_STORE=s3), against a
// local s3rver: the backup holds the bucket's files, restore makes the bucket
// hold exactly them again (lost files back, files added since removed).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import { afterAll, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-db";
import { backup, restore } from "./backup-lib.mjs";

const url = setUpTestDatabase();
const onSqlite = url.startsWith("file:");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-s3-backup-"));
const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(dir, "s3"), configureBuckets: [{ name: "medien" }], allowMismatchedSignatures: true });
afterAll(() => server.close());

it("backs up the bucket's media with the database and restores the bucket to exactly that", async () => {
  const { port } = await server.run();
  const bucket = { bucket: "medien", region: "us-east-1", endpoint: `http://127.0.0.1:${port}`, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true, prefix: "zeitung" };
  const { S3Storage } = await import("@/modules/media/s3-storage");
  const storage = new S3Storage(bucket);
  const id = "0123456789abcdef01234567";
  await storage.put(`${id}/master`, Buffer.from("original"));
  await storage.put(`${id}/thumb.webp`, Buffer.from("bild"));
  const dataDir = process.env.DATA_DIR!;
  const dest = path.join(dir, "backup");
  const database = onSqlite ? { databaseFile: url.slice("file:".length) } : { databaseUrl: url };
  const manifest = await backup({ dataDir, ...database, mediaDir: path.join(dataDir, "media"), mediaBucket: bucket, dest });
  expect(manifest.mediaFiles).toBe(2);
  expect(fs.readFileSync(path.join(dest, "media", id, "thumb.webp"), "utf8")).toBe("bild");

  // The site moves on: a file is lost, another added.
  await storage.removeFolder(id);
  await storage.put(`fedcba9876543210fedcba98/master`, Buffer.from("neu"));
  await restore({ from: dest, dataDir, ...database, mediaDir: path.join(dataDir, "media"), mediaBucket: bucket });
  expect((await storage.get(`${id}/thumb.webp`))?.toString()).toBe("bild");
  expect((await storage.get(`${id}/master`))?.toString()).toBe("original");
  expect(await storage.get(`fedcba9876543210fedcba98/master`)).toBeNull();
}, 60_000);
