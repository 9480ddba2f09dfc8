import { TooManyRequestsError } from "./errors";

/**
 * Expensive work (decoding and encoding images) a few at a time, first come
 * first served, with a bounded line: when it is full, the next caller is told
 * to come back instead of piling memory onto the server. A person's upload
 * waits its turn; readers are not starved of the CPU and memory meanwhile.
 */
export function createWorkQueue({ concurrency, maxWaiting, busyMessage }: { concurrency: number; maxWaiting: number; busyMessage: string }) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    if (running >= concurrency) return;
    const start = waiting.shift();
    if (start) {
      running++;
      start();
    }
  };
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (running >= concurrency && waiting.length >= maxWaiting) throw new TooManyRequestsError(busyMessage, 30);
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        next();
      });
      try {
        return await work();
      } finally {
        running--;
        next();
      }
    },
    get load() {
      return { running, waiting: waiting.length };
    },
  };
}
