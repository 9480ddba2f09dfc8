export function resolveDataDir(env?: Record<string, string | undefined>): string;
export function resolveDatabaseUrl(env?: Record<string, string | undefined>): string;
