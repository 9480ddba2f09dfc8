import "server-only";
import { createHash } from "node:crypto";
import { ZodError, type z } from "zod";
import { isMessage } from "@/i18n/message";
import { messageIn } from "@/i18n/translator";
import { log } from "@/lib/log";
import { createMemo } from "@/lib/memo";
import { apiRateLimiter } from "../infrastructure";
import { authenticateKey, originAllowedByAnyKey, type AuthenticatedKey } from "./keys";
import { BadCursorError } from "./queries";

// HTTP for the Content API, in one place: bearer keys, a rate limit per key,
// CORS per key, ETags and 304, caching a CDN can use, and errors as
// application/problem+json (RFC 9457). Route handlers only say what to read.

/** Published content: a CDN may keep it a minute and serve it stale while it asks again; per key (Vary). */
export const CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=600";

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

const notFound = (what: string) => new ApiProblem(404, "Not Found", `No published ${what} has this identifier.`);
export { notFound };

function problem(p: ApiProblem, cors: Record<string, string>) {
  return new Response(JSON.stringify({ type: "about:blank", title: p.title, status: p.status, detail: p.detail, ...p.extra }), {
    status: p.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", Vary: "Authorization, Origin", ...cors, ...p.headers },
  });
}

function corsFor(key: AuthenticatedKey | null, origin: string | null): Record<string, string> {
  if (!origin || !key?.corsOrigins.includes(origin)) return {};
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": "ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining" };
}

/** A query string through a zod schema: a wrong parameter is a 400 that names it. */
export function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  throw invalid(parsed.error);
}

function invalid(error: ZodError) {
  const errors: Record<string, string[]> = {};
  // The API speaks English; a schema message from the shared catalogue (a generic check) is put into its words, never sent as a key.
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? "query");
    (errors[name] ??= []).push(isMessage(issue.message) ? `${name}: ${messageIn("en", issue.message)}` : issue.message);
  }
  return new ApiProblem(400, "Bad Request", Object.values(errors).flat().join(" "), { errors });
}

/**
 * Answers already serialised, by address (path and sorted query): what the API
 * shows is published content only, the same for every key, so one answer
 * serves every client until anything is invalidated (src/lib/memo.ts: every
 * publish, correction, section or image change empties it, on every server).
 * Bounded by size, since a page of 100 articles with their text is large.
 */
const answers = createMemo<{ body: string; etag: string }>({ max: 2000, ttlMs: 60_000, weigh: (a) => a.body.length * 2, maxWeight: 16 * 1024 * 1024 });

function addressOf(request: Request) {
  const url = new URL(request.url);
  url.searchParams.sort();
  return `${url.pathname}?${url.searchParams}`;
}

/**
 * Wraps a Content API read: `read` returns the answer's body (already in the
 * API's shape), or throws ApiProblem. The wrapper authenticates, counts the
 * request against the key's rate, and answers 200 with an ETag (304 when the
 * client has it), or a problem. `read` does not see the key: what it returns
 * is shared by every key asking the same address.
 */
export async function contentResponse(request: Request, read: () => Promise<unknown>): Promise<Response> {
  const origin = request.headers.get("origin");
  let key: AuthenticatedKey | null = null;
  try {
    key = await authenticateKey(request.headers.get("authorization"));
    if (!key) {
      throw new ApiProblem(401, "Unauthorized", "Send an API key as Authorization: Bearer rk_… (administrators make keys in the newsroom under Integrations).", {}, { "WWW-Authenticate": 'Bearer realm="content-api"' });
    }
    const used = await apiRateLimiter().consume({ key: `api:${key.id}`, subject: `apikey:${key.id}`, limit: key.rateLimit, windowMs: 60_000 });
    const rate = { "X-RateLimit-Limit": String(key.rateLimit), "X-RateLimit-Remaining": String(Math.max(0, key.rateLimit - used.count)) };
    if (!used.allowed) {
      const seconds = Math.max(1, Math.ceil((used.resetAt.getTime() - Date.now()) / 1000));
      throw new ApiProblem(429, "Too Many Requests", `This key may make ${key.rateLimit} requests a minute; try again in ${seconds} s.`, {}, { "Retry-After": String(seconds), ...rate });
    }
    const { body, etag } = await answers.get(addressOf(request), async () => {
      const body = JSON.stringify(await read());
      return { body, etag: `W/"${createHash("sha1").update(body).digest("base64url")}"` };
    });
    const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Authorization, Origin", ...rate, ...corsFor(key, origin) };
    const known = request.headers.get("if-none-match");
    if (known && known.split(",").some((t) => t.trim() === etag || t.trim() === "*")) return new Response(null, { status: 304, headers });
    return new Response(body, { status: 200, headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });
  } catch (error) {
    if (error instanceof ApiProblem) return problem(error, corsFor(key, origin));
    if (error instanceof BadCursorError) return problem(new ApiProblem(400, "Bad Request", "cursor: not one this API gave out; start again without it.", { errors: { cursor: ["not one this API gave out"] } }), corsFor(key, origin));
    if (error instanceof ZodError) return problem(invalid(error), corsFor(key, origin));
    log.error("content-api.failed", { path: new URL(request.url).pathname, error });
    return problem(new ApiProblem(500, "Internal Server Error", "Something went wrong on our side; it is logged. Try again shortly."), corsFor(key, origin));
  }
}

/** A browser's preflight carries no key: an origin some live key allows gets GET with the headers the API reads. */
export async function contentPreflight(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  const allowed = !!origin && (await originAllowedByAnyKey(origin));
  return new Response(null, {
    status: 204,
    headers: allowed
      ? { "Access-Control-Allow-Origin": origin!, "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Allow-Headers": "Authorization, If-None-Match", "Access-Control-Max-Age": "600", Vary: "Origin" }
      : { Vary: "Origin" },
  });
}
