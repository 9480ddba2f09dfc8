"use client";

import { signIn } from "next-auth/react";
import type { useRouter } from "next/navigation";

/** After an account got its password (setup, invitation): sign in with it and open the newsroom. */
export async function signInAndOpenNewsroom(router: ReturnType<typeof useRouter>, email: string, password: string) {
  const signedIn = await signIn("credentials", { email, password, redirect: false });
  router.replace(signedIn && !signedIn.error ? "/admin" : "/login");
  router.refresh();
}
