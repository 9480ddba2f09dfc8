/** What each database adapter (./sqlite.ts, ./postgres.ts) gives src/lib/db.ts. */
export type Database<Client> = {
  provider: "sqlite" | "postgresql";
  client: Client;
  /** True when a failed transaction may simply be run again (a serialization conflict or deadlock). */
  retryable(error: unknown): boolean;
  /** Keeps the planner's statistics fresh; run at start-up and every few hours. */
  optimize(): Promise<{ ms: number }>;
  /** Throws when the database does not run as Redaktion requires; returns what it checked. */
  check(): Promise<Record<string, string | number>>;
};
