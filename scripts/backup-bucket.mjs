// Media in an S3-compatible bucket (MEDIA_STORE=s3), for backup and restore:
// copied into the backup folder with the same layout as a local media folder,
// and put back from it. Same client settings as the app's storage adapter
// (src/modules/media/s3-storage.ts).
import fs from "node:fs";
import path from "node:path";

async function connect(settings) {
  const s3 = await import("@aws-sdk/client-s3");
  const client = new s3.S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const base = settings.prefix ? `${settings.prefix}/` : "";
  async function* objects() {
    let token;
    do {
      const page = await client.send(new s3.ListObjectsV2Command({ Bucket: settings.bucket, Prefix: base, ContinuationToken: token }));
      for (const object of page.Contents ?? []) yield object.Key;
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }
  return { s3, client, base, objects };
}

/** Copies the bucket's objects not yet in `to` (media never change once written); returns how many. */
export async function copyBucketInto(settings, to) {
  const { s3, client, base, objects } = await connect(settings);
  let copied = 0;
  for await (const key of objects()) {
    const relative = key.slice(base.length);
    if (!relative || relative.split("/").some((part) => part === ".." || part === "")) continue;
    const target = path.join(to, ...relative.split("/"));
    if (fs.existsSync(target)) continue;
    const object = await client.send(new s3.GetObjectCommand({ Bucket: settings.bucket, Key: key }));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, Buffer.from(await object.Body.transformToByteArray()));
    copied++;
  }
  return copied;
}

/** Makes the bucket (under its prefix) hold exactly the files of `from`. */
export async function replaceBucketFrom(settings, from) {
  const { s3, client, base, objects } = await connect(settings);
  const wanted = new Set();
  const visit = (dir, prefix) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile()) wanted.add(`${prefix}${entry.name}`);
    }
  };
  visit(from, "");
  const stale = [];
  for await (const key of objects()) if (!wanted.has(key.slice(base.length))) stale.push({ Key: key });
  for (let i = 0; i < stale.length; i += 1000) {
    await client.send(new s3.DeleteObjectsCommand({ Bucket: settings.bucket, Delete: { Objects: stale.slice(i, i + 1000), Quiet: true } }));
  }
  for (const relative of wanted) {
    await client.send(new s3.PutObjectCommand({ Bucket: settings.bucket, Key: `${base}${relative}`, Body: fs.readFileSync(path.join(from, ...relative.split("/"))) }));
  }
  return { restored: wanted.size, removed: stale.length };
}
