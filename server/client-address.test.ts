// The client's address with forged headers, in both modes, on a real socket.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, parseTrustProxy, settleClientHeaders } from "./client-address.mjs";

describe("clientAddress", () => {
  const forged = { "x-forwarded-for": "6.6.6.6, 7.7.7.7", "x-real-ip": "8.8.8.8" };

  it("without TRUST_PROXY takes the socket and ignores every forwarded header", () => {
    expect(clientAddress("::ffff:192.0.2.10", forged, parseTrustProxy(undefined))).toBe("192.0.2.10");
    expect(clientAddress("192.0.2.10", forged, parseTrustProxy("false"))).toBe("192.0.2.10");
  });

  it("with N trusted proxies skips exactly N hops from the right", () => {
    // nginx (socket 10.0.0.5) appended the address it saw, 203.0.113.9; the client wrote the rest.
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9" };
    expect(clientAddress("10.0.0.5", headers, parseTrustProxy("1"))).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.5", headers, parseTrustProxy("true"))).toBe("203.0.113.9");
    // CDN → nginx → app: two hops of ours.
    expect(clientAddress("10.0.0.5", { "x-forwarded-for": "6.6.6.6, 198.51.100.1, 172.16.0.2" }, parseTrustProxy("2"))).toBe("198.51.100.1");
    // Fewer entries than hops: the leftmost there is.
    expect(clientAddress("10.0.0.5", {}, parseTrustProxy("3"))).toBe("10.0.0.5");
  });

  it("with trusted addresses takes the rightmost address that is not one of them", () => {
    const trust = parseTrustProxy("10.0.0.0/8, 127.0.0.1");
    expect(clientAddress("10.0.0.5", { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.1.2.3" }, trust)).toBe("203.0.113.9");
    // A request that did not come through the proxy: its own header means nothing.
    expect(clientAddress("198.51.100.7", { "x-forwarded-for": "6.6.6.6" }, trust)).toBe("198.51.100.7");
  });

  it("refuses a TRUST_PROXY it cannot read, naming the variable", () => {
    expect(() => parseTrustProxy("nginx")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("10.0.0.0/40")).toThrow(/TRUST_PROXY/);
  });

  it("normalises what it keeps", () => {
    expect(normaliseAddress(" [::1] ")).toBe("::1");
    expect(normaliseAddress("1.2.3.4:5678")).toBe("1.2.3.4");
    expect(normaliseAddress("<script>")).toBe("");
  });
});

describe("settleClientHeaders on a real server", () => {
  let server: http.Server;
  let port = 0;
  let trust = parseTrustProxy(undefined);
  const seen: { address: string; xff: unknown; realIp: unknown; host: unknown }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const address = settleClientHeaders(req, trust);
      seen.push({ address, xff: req.headers["x-forwarded-for"], realIp: req.headers["x-real-ip"], host: req.headers["x-forwarded-host"] });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (headers: Record<string, string>) => fetch(`http://127.0.0.1:${port}/`, { headers });

  it("leaves only the decided address for the app, whatever the client sent", async () => {
    trust = parseTrustProxy(undefined);
    await send({ "X-Forwarded-For": "6.6.6.6", "X-Real-IP": "8.8.8.8", "X-Forwarded-Host": "evil.example" });
    expect(seen.at(-1)).toEqual({ address: "127.0.0.1", xff: "127.0.0.1", realIp: undefined, host: undefined });
    trust = parseTrustProxy("1");
    await send({ "X-Forwarded-For": "6.6.6.6, 203.0.113.9", "X-Forwarded-Host": "www.example.de" });
    expect(seen.at(-1)).toEqual({ address: "203.0.113.9", xff: "203.0.113.9", realIp: undefined, host: "www.example.de" });
  });
});
