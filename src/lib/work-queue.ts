import { TooManyRequestsError } from "./errors";

/**
 * Expensive work (decoding and encoding images) a few at a time, with a
 * bounded line: when it is full, the next caller is told to come back instead
 * of piling memory onto the server. A person's upload waits its turn; readers
 * are not starved of the CPU and memory meanwhile.
 *
 * Two lanes: what someone waits for (an upload, a reader's missing image) is
 * never kept waiting by background work (the rest of an image's variants): it
 * starts beside a background job already running. Background work starts only
 * when nobody is working or waiting in the front lane, one small job at a time,
 * so at most one background job ever runs beside the front lane's.
 */
export function createWorkQueue({ concurrency, maxWaiting, busyMessage }: { concurrency: number; maxWaiting: number; busyMessage: string }) {
  let running = 0;
  let backgroundRunning = 0;
  const waiting: (() => void)[] = [];
  const background: (() => void)[] = [];
  const next = () => {
    while (running < concurrency && waiting.length > 0) {
      running++;
      waiting.shift()!();
    }
    if (running === 0 && backgroundRunning === 0 && background.length > 0) {
      backgroundRunning++;
      background.shift()!();
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
        if (lane === "now") running--;
        else backgroundRunning--;
        next();
      }
    },
    get load() {
      return { running: running + backgroundRunning, waiting: waiting.length, background: background.length };
    },
  };
}
