import type { Redis } from "ioredis";
export const PURGE_CHANNEL: "redaktion:purge";
export type PurgeBus = { id: string; publish(tags: readonly string[]): Promise<void>; close(): void };
export function createPurgeBus(options: {
  publisher: Redis;
  subscriber: Redis;
  deliver: (tags: string[]) => Promise<void> | void;
  everything: string;
  onError?: (error: unknown) => void;
  id?: string;
}): PurgeBus;
