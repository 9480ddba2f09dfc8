import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { log } from "@/lib/log";
import { ipFromHeaders } from "@/lib/request";
import { verifyCredentials } from "./service";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60; // one long shift

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; role: string; sv: number };
  }
  interface User {
    role: string;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: string;
    sv?: number;
  }
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const ip = ipFromHeaders(new Headers((req?.headers ?? {}) as Record<string, string>));
        const user = await verifyCredentials(credentials?.email ?? "", credentials?.password ?? "", ip);
        if (!user) return null;
        return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
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
      };
      return session;
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
