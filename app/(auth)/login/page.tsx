import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/modules/auth/session";
import { isSetupNeeded } from "@/modules/users/service";
import { safeNewsroomPath } from "@/lib/safe-redirect";
import { LoginForm } from "./LoginForm";

export const metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const target = safeNewsroomPath(next);
  if (await getCurrentUser()) redirect(target);
  const setupNeeded = await isSetupNeeded();
  return (
    <>
      <h1 className="text-2xl font-bold">Sign in to the newsroom</h1>
      {setupNeeded ? (
        <p className="mt-3 text-sm">
          No account exists yet. <Link href="/setup" className="font-semibold underline">Create the first account</Link>.
        </p>
      ) : null}
      <LoginForm next={target} />
    </>
  );
}
