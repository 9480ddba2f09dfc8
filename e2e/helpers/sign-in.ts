import type { APIRequestContext } from "@playwright/test";

export type SignInAnswer = "signed-in" | "wrong" | "throttled" | "refused";

/** next-auth's CSRF token for this request context (double-submit cookie). */
export async function csrfToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/**
 * Posts a sign-in straight to next-auth, as a script would, from the address
 * given (the test server trusts one proxy hop). Pass a token from csrfToken()
 * to fire many at once from one context.
 */
export async function signInByApi(request: APIRequestContext, baseURL: string, email: string, password: string, address?: string, token?: string): Promise<SignInAnswer> {
  const forwarded: Record<string, string> = address ? { "X-Forwarded-For": address } : {};
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { Origin: baseURL, ...forwarded },
    form: { csrfToken: token ?? (await csrfToken(request)), email, password, json: "true", callbackUrl: `${baseURL}/admin` },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  if (response.status() === 403) return "refused";
  const { url } = (await response.json().catch(() => ({ url: "" }))) as { url?: string };
  const params = new URL(url || "/?error=unreadable", baseURL).searchParams;
  if (params.has("csrf")) return "refused";
  const error = params.get("error");
  if (!error) return "signed-in";
  return error.startsWith("THROTTLED:") ? "throttled" : "wrong";
}
