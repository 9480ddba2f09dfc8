export function resolveDataDir(env?: Record<string, string | undefined>): string;
export function resolveDatabaseUrl(env?: Record<string, string | undefined>): string;
export function isPostgresUrl(url: unknown): boolean;
export function prismaLayout(url: string): { provider: "sqlite" | "postgresql"; schema: string; migrations: string };
export function redactUrl(url: string): string;
