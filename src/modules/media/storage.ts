import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { publicMediaUrl } from "./public-url";

/**
 * Where image files live. Callers only name keys (`<id>/full-800.webp`); the
 * local disk is the default, an object store can implement the same methods
 * for scale-out without touching them. Chosen in src/modules/infrastructure.ts.
 */
export interface MediaStorage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  /** Whether the file is there, without reading it. */
  has(key: string): Promise<boolean>;
  /** Removes every file under `prefix/` (an image, or one revision of its crops). */
  removeFolder(prefix: string): Promise<void>;
  /** The address a browser fetches the file from: the app's /media route here, a CDN or the bucket for an object store. */
  urlFor(key: string): string;
  /** For health and tests: where the files are. */
  describe(): string;
}

const KEY = /^[a-f0-9]{24}(\/[a-z0-9][a-z0-9.-]{0,40}){1,2}$/;
export const FOLDER_KEY = /^[a-f0-9]{24}(\/r\d{1,6})?$/;

/** Keys are made by the server; anything else (a `..`, an absolute path) is a bug or an attack. */
export function assertKey(key: string, pattern = KEY) {
  if (!pattern.test(key) || key.includes("..")) throw new Error(`Invalid media key: ${JSON.stringify(key).slice(0, 80)}`);
}

/** Files under `<data dir>/media`, outside `public/`, written atomically (temp file, then rename). */
export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private file(key: string, pattern = KEY) {
    assertKey(key, pattern);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, data: Buffer) {
    const target = this.file(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(temp, data, { mode: 0o644 });
    await fs.rename(temp, target);
  }

  async get(key: string) {
    try {
      return await fs.readFile(this.file(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async has(key: string) {
    try {
      await fs.access(this.file(key));
      return true;
    } catch {
      return false;
    }
  }

  async removeFolder(prefix: string) {
    await fs.rm(this.file(prefix, FOLDER_KEY), { recursive: true, force: true });
  }

  urlFor(key: string) {
    assertKey(key);
    return publicMediaUrl(key); // app/media/[...key]/route.ts serves it, or a CDN in front of it (MEDIA_PUBLIC_URL)
  }

  describe() {
    return this.root;
  }
}

