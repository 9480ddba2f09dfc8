type Headers = Record<string, string | string[] | number | undefined>;
export type FrontCacheEntry = { status: number; headers: Headers; body: Buffer; storedAt: number; expires: number };
export type FrontCache = {
  begin(): number;
  readonly size: number;
  get(key: string): FrontCacheEntry | null;
  set(key: string, startedAt: number, status: number, headers: Headers, body: Buffer): boolean;
  purge(scope?: PurgeScope): void;
  purgedSince(key: string, startedAt: number): boolean;
};
export function keyFor(method: string | undefined, url: string | undefined, headers: Headers): string | null;
export function ttlOf(status: number, headers: Headers): number;
export function replayable(headers: Headers): Headers;
export function createFrontCache(options?: { maxEntries?: number; maxBytes?: number; quietMs?: number; now?: () => number }): FrontCache;
export function processFrontCache(): FrontCache;
export type PurgeScope = { paths: string[]; lists: boolean; all: boolean };
export function scopeForTags(tags: readonly string[]): PurgeScope;
export function purgeFrontCache(tags: readonly string[]): void;
export const FRONT_TTL_HEADER: "x-front-cache-ttl";
