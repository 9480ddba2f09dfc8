import "server-only";
import type { S3Client } from "@aws-sdk/client-s3";
import { assertKey, FOLDER_KEY, type MediaStorage } from "./storage";
import { mediaUrl } from "./variants";

export type S3Settings = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Where browsers fetch variants directly (a CDN or the bucket's public address); unset: through the app's /media route. */
  publicUrl?: string;
  /** A folder inside the bucket, so one bucket can hold several sites (no leading or trailing slash). */
  prefix?: string;
};

const CONTENT_TYPES: Record<string, string> = { webp: "image/webp", avif: "image/avif", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif" };

/**
 * Image files in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …),
 * so every app server sees every upload. Same keys and guarantees as the
 * local folder: a put is whole or absent (S3 writes an object atomically),
 * keys are checked before they reach the store.
 */
export class S3Storage implements MediaStorage {
  // The SDK is loaded on first use: a site on the local folder never pays for it.
  private sdk: Promise<{ client: S3Client; s3: typeof import("@aws-sdk/client-s3") }> | null = null;

  constructor(private readonly settings: S3Settings) {}

  private connect() {
    this.sdk ??= import("@aws-sdk/client-s3").then((s3) => ({
      s3,
      client: new s3.S3Client({
        region: this.settings.region,
        endpoint: this.settings.endpoint,
        forcePathStyle: this.settings.forcePathStyle,
        credentials:
          this.settings.accessKeyId && this.settings.secretAccessKey ? { accessKeyId: this.settings.accessKeyId, secretAccessKey: this.settings.secretAccessKey } : undefined,
        // The SDK's newer default (a CRC32 trailer on every upload, aws-chunked
        // bodies) is refused by many S3-compatible servers with
        // SignatureDoesNotMatch; checksums only where the API requires them.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      }),
    }));
    return this.sdk;
  }

  private objectKey(key: string) {
    return this.settings.prefix ? `${this.settings.prefix}/${key}` : key;
  }

  async put(key: string, data: Buffer) {
    assertKey(key);
    const extension = key.slice(key.lastIndexOf(".") + 1);
    const { client, s3 } = await this.connect();
    await client.send(
      new s3.PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.objectKey(key),
        Body: data,
        ContentType: CONTENT_TYPES[extension] ?? "application/octet-stream",
        // Variant keys never change content (a new crop gets a new revision folder).
        CacheControl: "public, max-age=31536000, immutable",
      }),
    );
  }

  async get(key: string) {
    assertKey(key);
    const { client, s3 } = await this.connect();
    try {
      const object = await client.send(new s3.GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof s3.NoSuchKey || (error as { name?: string }).name === "NoSuchKey" || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async has(key: string) {
    assertKey(key);
    const { client, s3 } = await this.connect();
    try {
      await client.send(new s3.HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if ((error as { name?: string }).name === "NotFound" || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw error;
    }
  }

  async removeFolder(prefix: string) {
    assertKey(prefix, FOLDER_KEY);
    const folder = `${this.objectKey(prefix)}/`;
    const { client, s3 } = await this.connect();
    let token: string | undefined;
    do {
      const page = await client.send(new s3.ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: folder, ContinuationToken: token }));
      const keys = (page.Contents ?? []).map((o) => ({ Key: o.Key! }));
      if (keys.length > 0) await client.send(new s3.DeleteObjectsCommand({ Bucket: this.settings.bucket, Delete: { Objects: keys, Quiet: true } }));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  urlFor(key: string) {
    assertKey(key);
    return this.settings.publicUrl ? `${this.settings.publicUrl}/${this.objectKey(key)}` : mediaUrl(key);
  }

  describe() {
    return `s3://${this.settings.bucket}${this.settings.prefix ? `/${this.settings.prefix}` : ""}${this.settings.endpoint ? ` at ${this.settings.endpoint}` : ""}`;
  }
}
