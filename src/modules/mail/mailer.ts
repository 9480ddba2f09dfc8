import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { log } from "@/lib/log";

// Outgoing mail, when SMTP_URL is set: invitations and password reset links
// (nodemailer, the SMTP client most Node projects use). Without it nothing is
// sent and the newsroom shows the link to copy, as it always does. A mail that
// fails is logged and reported as not sent: the link on screen still works.

export type Mail = { to: string; subject: string; text: string };

/** Where mail goes: src/modules/infrastructure.ts picks one (server/adapters.mjs). */
export interface Mailer {
  /** True when mail is really sent (the UI says "sent by e-mail" only then). */
  readonly configured: boolean;
  /** Sends `mail`; false when nothing was sent (no mail server, or it refused: logged, never thrown). */
  send(mail: Mail): Promise<boolean>;
}

/** No mail server: nothing is sent, the newsroom shows the link to copy. */
export const noMail: Mailer = { configured: false, send: async () => false };

/** An SMTP server (SMTP_URL), through nodemailer. */
export function smtpMailer(settings: { url: string; display: string; from: string }): Mailer {
  const transporter: Transporter = nodemailer.createTransport(settings.url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    configured: true,
    async send(mail) {
      try {
        const info = await transporter.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
        log.info("mail.sent", { to: mail.to, subject: mail.subject, messageId: info.messageId, server: settings.display });
        return true;
      } catch (error) {
        log.error("mail.failed", { to: mail.to, subject: mail.subject, server: settings.display, error });
        return false;
      }
    },
  };
}
