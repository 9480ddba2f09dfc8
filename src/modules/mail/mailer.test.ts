import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { setUpTestDatabase } from "@/lib/testing/test-db";

// A local SMTP catcher stands in for the newsroom's mail server: what
// nodemailer really sends over the wire arrives here.
setUpTestDatabase();
const received: { to: string[]; data: string }[] = [];
const catcher = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, done) {
    let data = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => (data += chunk));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      done();
    });
  },
});

const { db } = await import("@/lib/db");
const { reloadConfig } = await import("@server/config.mjs");
const { inviteUser, issuePasswordReset, findInvitation } = await import("../users/service");
const { makeActor } = await import("../auth/actor");

let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => catcher.listen(0, "127.0.0.1", () => resolve()));
  port = (catcher.server.address() as AddressInfo).port;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Redaktion <redaktion@zeitung.example>";
  process.env.SITE_URL = "https://zeitung.example";
  reloadConfig();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  delete process.env.SITE_URL;
  reloadConfig();
  await new Promise<void>((resolve) => catcher.close(() => resolve()));
});

async function admin() {
  const user = await db.user.create({ data: { name: "Ada Admin", email: `ada-${Math.random().toString(36).slice(2)}@example.org`, role: "ADMIN", passwordHash: "x" } });
  return makeActor({ id: user.id, role: "ADMIN", name: user.name, email: user.email, ip: "127.0.0.1" });
}

const decoded = (data: string) => data.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe("mail, when SMTP_URL is set", () => {
  it("sends an invitation with its one-time link, in the site's language, and the link works", async () => {
    const invited = await inviteUser(await admin(), { name: "Clara Neu", email: "clara@zeitung.example", role: "AUTHOR" });
    expect(invited.mailed).toBe(true);
    const mail = received.find((m) => m.to.includes("clara@zeitung.example"))!;
    expect(mail).toBeDefined();
    const text = decoded(mail.data);
    expect(text).toMatch(/^From: Redaktion <redaktion@zeitung\.example>/m);
    expect(text).toContain("Guten Tag Clara Neu");
    expect(text).toContain(`https://zeitung.example${invited.invitePath}`);
    expect(await findInvitation(invited.invitePath.replace("/invite/", ""))).toMatchObject({ email: "clara@zeitung.example", reset: false });
  });

  it("sends a reset link in the person's own language", async () => {
    const person = await db.user.create({ data: { name: "Ben Reset", email: "ben@zeitung.example", role: "EDITOR", passwordHash: "x", locale: "en" } });
    const reset = await issuePasswordReset(await admin(), person.id);
    expect(reset.mailed).toBe(true);
    const text = decoded(received.find((m) => m.to.includes("ben@zeitung.example"))!.data);
    expect(text).toContain("Subject: A new password for the");
    expect(text).toContain(`https://zeitung.example${reset.linkPath}`);
  });

  it("reports a mail server that is away as not sent, and the link is made all the same", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    reloadConfig();
    try {
      const invited = await inviteUser(await admin(), { name: "Dora Offline", email: "dora@zeitung.example", role: "AUTHOR" });
      expect(invited.mailed).toBe(false);
      expect(await findInvitation(invited.invitePath.replace("/invite/", ""))).not.toBeNull();
    } finally {
      process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
      reloadConfig();
    }
  });
});
