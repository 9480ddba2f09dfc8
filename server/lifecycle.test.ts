import { expect, it } from "vitest";
import { beginShutdown, onShutdown, shuttingDown } from "./lifecycle.mjs";

it("on shutdown, readiness flips first, every hook runs once, and a hung hook cannot hold the exit", async () => {
  const ran: string[] = [];
  onShutdown(() => void ran.push("release lease"));
  onShutdown(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    ran.push("flush");
  });
  onShutdown(() => new Promise<void>(() => {})); // never settles
  onShutdown(() => {
    throw new Error("a failing hook does not stop the others");
  });
  expect(shuttingDown()).toBe(false);
  const started = Date.now();
  const done = beginShutdown(100);
  expect(shuttingDown()).toBe(true);
  await done;
  expect(Date.now() - started).toBeLessThan(1000);
  expect(ran.sort()).toEqual(["flush", "release lease"]);
  await beginShutdown(100);
  expect(ran).toHaveLength(2);
});
