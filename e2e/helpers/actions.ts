import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";

type Manifest = { node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }> };

let read: { at: number; actions: Record<string, { id: string; page: string }> } | null = null;

/** Server action ids by exported name, read from the production build's manifest (once per build). */
export function serverActions(): Record<string, { id: string; page: string }> {
  const at = fs.statSync(".next/server/server-reference-manifest.json").mtimeMs;
  if (read?.at !== at) read = { at, actions: readServerActions() };
  return read.actions;
}

function readServerActions(): Record<string, { id: string; page: string }> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  const out: Record<string, { id: string; page: string }> = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)[0] ?? "";
    // "app/(editor)/admin/articles/new/page" → "/admin/articles/new"
    const page = "/" + worker.replace(/^app\//, "").replace(/\/page$/, "").replace(/\([^)]+\)\//g, "").replace(/\[[^\]]+\]/g, "x");
    if (entry.exportedName) out[entry.exportedName] = { id, page };
  }
  return out;
}

/**
 * Calls a server action the way an attacker would: a bare HTTP POST with the
 * action id, no page, no client code. Returns the status and the raw response.
 */
export async function callAction(
  request: APIRequestContext,
  baseURL: string,
  name: string,
  args: unknown[],
  origin: string | null = baseURL,
  extraHeaders: Record<string, string> = {},
) {
  const action = serverActions()[name];
  if (!action) throw new Error(`No server action named ${name} in the build`);
  const response = await request.post(action.page, {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      ...(origin === null ? {} : { Origin: origin }),
      ...extraHeaders,
    },
    data: JSON.stringify(args),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return { status: response.status(), body: await response.text() };
}
