import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { config } from "@server/config.mjs";
import { log } from "@/lib/log";

// Outgoing mail, when SMTP_URL is set: invitations and password reset links
// (nodemailer, the SMTP client most Node projects use). Without it nothing is
// sent and the newsroom shows the link to copy, as it always does. A mail that
// fails is logged and reported as not sent: the link on screen still works.

export type Mail = { to: string; subject: string; text: string };

let transport: { url: string; transporter: Transporter } | null = null;

function transporter(url: string): Transporter {
  if (transport?.url !== url) {
    transport = { url, transporter: nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }) };
  }
  return transport.transporter;
}

/** True when SMTP_URL is configured (the UI says "sent by e-mail" only then). */
export function mailConfigured(): boolean {
  return config().mail !== null;
}

/** Sends `mail`; false when no mail server is configured or it refused (logged, never thrown). */
export async function sendMail(mail: Mail): Promise<boolean> {
  const settings = config().mail;
  if (!settings) return false;
  try {
    const info = await transporter(settings.url).sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    log.info("mail.sent", { to: mail.to, subject: mail.subject, messageId: info.messageId, server: settings.display });
    return true;
  } catch (error) {
    log.error("mail.failed", { to: mail.to, subject: mail.subject, server: settings.display, error });
    return false;
  }
}
