// The server process's life: whether it is shutting down, and what must run
// before it exits. Plain JavaScript on globalThis, because the front door
// (server/serve.mjs) and the app's bundles are separate module graphs in the
// same process.
const KEY = Symbol.for("redaktion.lifecycle");
/** @type {{ shuttingDown: boolean, hooks: Array<() => Promise<void> | void> }} */
const state = (globalThis[KEY] ??= { shuttingDown: false, hooks: [] });

/** True once the server was asked to stop: readiness fails so load balancers send no more requests. */
export function shuttingDown() {
  return state.shuttingDown;
}

/** Runs `fn` when the server stops (e.g. giving up the scheduler's lease so another server takes over at once). */
export function onShutdown(fn) {
  state.hooks.push(fn);
}

/** Marks the process as stopping and runs the hooks, each given at most `timeoutMs`. */
export async function beginShutdown(timeoutMs = 2000) {
  state.shuttingDown = true;
  const hooks = state.hooks.splice(0);
  await Promise.all(
    hooks.map((fn) =>
      Promise.race([
        Promise.resolve()
          .then(fn)
          .catch(() => {}),
        new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ]),
    ),
  );
}
