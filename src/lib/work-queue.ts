import { TooManyRequestsError } from "./errors";

/**
 * Expensive work (decoding and encoding images) a few at a time, with a
 * bounded line: when it is full, the next caller is told to come back instead
 * of piling memory onto the server. A person's upload waits its turn; readers
 * are not starved of the CPU and memory meanwhile.
 *
 * Two lanes: what someone waits for (an upload, a reader's missing image) goes
 * first, in arrival order; background work (the rest of an image's variants)
 * takes a free place only when nobody is waiting, one small job at a time, so
 * a person never waits behind more than the one job already running.
 */
export function createWorkQueue({ concurrency, maxWaiting, busyMessage }: { concurrency: number; maxWaiting: number; busyMessage: string }) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const background: (() => void)[] = [];
  const next = () => {
    if (running >= concurrency) return;
    const start = waiting.shift() ?? background.shift();
    if (start) {
      running++;
      start();
    }
  };
  return {
    async run<T>(work: () => Promise<T>, { lane = "now" }: { lane?: "now" | "background" } = {}): Promise<T> {
      if (lane === "now" && running >= concurrency && waiting.length >= maxWaiting) throw new TooManyRequestsError(busyMessage, 30);
      await new Promise<void>((resolve) => {
        (lane === "now" ? waiting : background).push(resolve);
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
      return { running, waiting: waiting.length, background: background.length };
    },
  };
}
