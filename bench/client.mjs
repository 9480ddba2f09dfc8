// A newsroom client over plain HTTP, as a browser would talk to the production
// server: sign in with next-auth's credentials flow, then call server actions
// by the ids in the build's manifest. Used by the bench and the crash test.
import fs from "node:fs";

export function newsroomClient(base) {
  const jar = new Map();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (r) =>
    r.headers.getSetCookie().forEach((c) => {
      const [kv] = c.split(";");
      const i = kv.indexOf("=");
      jar.set(kv.slice(0, i), kv.slice(i + 1));
    });
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")).node;
  const actionId = (name) => Object.entries(manifest).find(([, v]) => v.exportedName === name)?.[0];
  return {
    cookie,
    async signIn(email, password) {
      let r = await fetch(`${base}/api/auth/csrf`);
      keep(r);
      const { csrfToken } = await r.json();
      r = await fetch(`${base}/api/auth/callback/credentials`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, cookie: cookie() },
        body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
        redirect: "manual",
      });
      keep(r);
    },
    /** Calls a server action; returns its answer as text. */
    async rawAction(name, args) {
      const res = await fetch(`${base}/admin/articles/new`, {
        method: "POST",
        headers: { "Next-Action": actionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base, cookie: cookie() },
        body: JSON.stringify(args),
      });
      const text = await res.text();
      if (!text.includes('"ok":true')) throw new Error(`${name} failed: ${text.slice(0, 300)}`);
      return text;
    },
    /** Calls a server action; returns the article's id and version from its answer, and the time taken. */
    async action(name, args, options = {}) {
      const start = performance.now();
      const res = await fetch(`${base}/admin/articles/new`, {
        method: "POST",
        headers: { "Next-Action": actionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base, cookie: cookie() },
        body: JSON.stringify(args),
        signal: options.signal,
      });
      const text = await res.text();
      const m = /"ok":true,"data":\{"id":"([^"]+)","version":(\d+)/.exec(text);
      if (!m) throw new Error(`${name} failed: ${text.slice(0, 300)}`);
      return { id: m[1], version: Number(m[2]), ms: performance.now() - start, status: res.status };
    },
  };
}
