import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/modules/auth/session";
import { isSetupNeeded } from "@/modules/users/service";
import { safeNewsroomPath } from "@/lib/safe-redirect";
import { getTranslator } from "@/i18n/server";
import { LoginForm } from "./LoginForm";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("auth.signIn.title"), robots: { index: false } };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const target = safeNewsroomPath(next);
  if (await getCurrentUser()) redirect(target);
  const setupNeeded = await isSetupNeeded();
  const t = await getTranslator();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("auth.signIn.heading")}</h1>
      {setupNeeded ? (
        <p className="mt-3 text-sm">
          {t("auth.signIn.noAccount")}{" "}
          <Link href="/setup" className="font-semibold underline">
            {t("auth.signIn.createFirst")}
          </Link>
        </p>
      ) : null}
      <LoginForm next={target} />
    </>
  );
}
