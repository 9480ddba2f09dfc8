import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { config } from "@server/config.mjs";
import { log } from "@/lib/log";
import { ipFromHeaders } from "@/lib/request";
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS, issueDeviceCookie } from "./device";
import { verifyCredentials } from "./service";
import { endSession, startSession } from "./sessions";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60; // one long shift

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: string; sv: number; sid: string };
  }
  interface User {
    role: string;
    sessionVersion: number;
    /** The server-side session row started for this sign-in. */
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: string;
    sv?: number;
    sid?: string;
  }
}

export const authOptions: NextAuthOptions = {
  get secret() {
    return config().auth.secret;
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const ip = ipFromHeaders(new Headers((req?.headers ?? {}) as Record<string, string>));
        const jar = await cookies();
        const user = await verifyCredentials(credentials?.email ?? "", credentials?.password ?? "", ip, jar.get(DEVICE_COOKIE)?.value);
        if (!user) return null;
        // This browser is now known for this account (a fresh device id each time).
        jar.set(DEVICE_COOKIE, issueDeviceCookie(user.email, jar.get(DEVICE_COOKIE)?.value), {
          httpOnly: true,
          sameSite: "lax",
          secure: config().auth.url?.startsWith("https://") ?? false,
          path: "/",
          maxAge: DEVICE_MAX_AGE_SECONDS,
        });
        const sessionId = await startSession(user.id, ip, SESSION_MAX_AGE_SECONDS);
        return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        name: token.name ?? "",
        email: token.email ?? "",
        role: token.role ?? "",
        sv: token.sv ?? -1,
        sid: token.sid ?? "",
      };
      return session;
    },
  },
  events: {
    // The row goes, so the cookie is refused from now on wherever a copy of it is.
    async signOut({ token }) {
      await endSession(token?.sid);
    },
  },
  logger: {
    error(code, metadata) {
      log.error("auth.error", { code, metadata });
    },
    warn(code) {
      log.warn("auth.warn", { code });
    },
    debug() {},
  },
};
