import { describe, expect, it } from "vitest";
import { TooManyRequestsError } from "./errors";
import { createWorkQueue } from "./work-queue";

describe("work queue", () => {
  it("runs one at a time in arrival order and turns away callers beyond the line", async () => {
    const queue = createWorkQueue({ concurrency: 1, maxWaiting: 2, busyMessage: "busy" });
    const order: string[] = [];
    let active = 0;
    let most = 0;
    const job = (name: string) => () =>
      new Promise<string>((resolve) => {
        active++;
        most = Math.max(most, active);
        order.push(`start ${name}`);
        setTimeout(() => {
          active--;
          order.push(`end ${name}`);
          resolve(name);
        }, 10);
      });
    const runs = [queue.run(job("a")), queue.run(job("b")), queue.run(job("c"))];
    await expect(queue.run(job("d"))).rejects.toBeInstanceOf(TooManyRequestsError);
    expect(await Promise.all(runs)).toEqual(["a", "b", "c"]);
    expect(most).toBe(1);
    expect(order).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
    // A failing job frees its place.
    await expect(queue.run(() => Promise.reject(new Error("kaputt")))).rejects.toThrow("kaputt");
    expect(await queue.run(async () => "wieder frei")).toBe("wieder frei");
    expect(queue.load).toEqual({ running: 0, waiting: 0, background: 0 });
  });

  it("never keeps a person waiting for background work, and starts background work only when nobody works or waits", async () => {
    const queue = createWorkQueue({ concurrency: 1, maxWaiting: 1, busyMessage: "busy" });
    const events: string[] = [];
    const job = (name: string, ms = 20) => () =>
      new Promise<void>((resolve) => {
        events.push(`start ${name}`);
        setTimeout(() => (events.push(`end ${name}`), resolve()), ms);
      });
    const work = [queue.run(job("variant 1"), { lane: "background" }), queue.run(job("variant 2"), { lane: "background" }), queue.run(job("variant 3"), { lane: "background" })];
    // Background work does not count against the line: a person is still let in, at once, beside the running variant.
    expect(queue.load).toEqual({ running: 1, waiting: 0, background: 2 });
    work.push(queue.run(job("upload", 40)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual(["start variant 1", "start upload"]);
    await Promise.all(work);
    // Variant 2 waited for the upload to finish, not only for variant 1.
    expect(events.slice(2)).toEqual(["end variant 1", "end upload", "start variant 2", "end variant 2", "start variant 3", "end variant 3"]);
    expect(queue.load).toEqual({ running: 0, waiting: 0, background: 0 });
  });
});
