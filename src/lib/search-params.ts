// Reading a page's address (searchParams) the same way everywhere: a value
// that is not what it should be is simply absent, so a hand-edited or
// outdated link shows the page, never an error.

export type SearchParams = Record<string, string | string[] | undefined>;
type Value = string | string[] | undefined;

/** The first value, trimmed; "" when absent. */
export const firstParam = (v: Value) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** A record id (cuid and the like), or null. */
export function idParam(v: Value): string | null {
  const s = firstParam(v);
  return /^[A-Za-z0-9_-]{1,64}$/.test(s) ? s : null;
}

/** One of `values`, or null. */
export function oneOfParam<T extends string>(values: readonly T[], v: Value): T | null {
  const s = firstParam(v);
  return (values as readonly string[]).includes(s) ? (s as T) : null;
}
