import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type PartnerEvent = { type: string; data: { id: string; url: string; article: { headline: string; teaser: string } | null } };

/**
 * A partner's webhook receiver on this machine, checking every delivery with
 * the published Standard Webhooks library: a wrong signature is refused with
 * 401 and never counted. `secret()` is read per delivery (it may be known only
 * once the endpoint is registered).
 */
export async function startPartner(secret: () => string) {
  const events: PartnerEvent[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      try {
        events.push(new Webhook(secret()).verify(body, req.headers as Record<string, string>) as PartnerEvent);
        res.writeHead(204).end();
      } catch {
        res.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { events, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
