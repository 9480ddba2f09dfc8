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

  it("lets a person's job go before background work that has not started, never more than one job behind", async () => {
    const queue = createWorkQueue({ concurrency: 1, maxWaiting: 1, busyMessage: "busy" });
    const order: string[] = [];
    const job = (name: string) => () => new Promise<void>((resolve) => setTimeout(() => (order.push(name), resolve()), 5));
    const work = [queue.run(job("variant 1"), { lane: "background" }), queue.run(job("variant 2"), { lane: "background" }), queue.run(job("variant 3"), { lane: "background" })];
    // Background work does not count against the line: a person is still let in.
    expect(queue.load).toEqual({ running: 1, waiting: 0, background: 2 });
    work.push(queue.run(job("upload")));
    await Promise.all(work);
    expect(order).toEqual(["variant 1", "upload", "variant 2", "variant 3"]);
  });
});
