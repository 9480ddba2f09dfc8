export function shuttingDown(): boolean;
export function onShutdown(fn: () => Promise<void> | void): void;
export function beginShutdown(timeoutMs?: number): Promise<void>;
