import { redirect } from "next/navigation";
import { connection } from "next/server";
import { isSetupNeeded } from "@/modules/users/service";
import { PASSWORD_MIN } from "@/modules/users/schema";
import { getTranslator } from "@/i18n/server";
import { SetupForm } from "./SetupForm";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("auth.setup.title"), robots: { index: false } };
}

export default async function SetupPage() {
  await connection(); // depends on the database, never prerendered
  // Setup exists only until the first administrator does.
  if (!(await isSetupNeeded())) redirect("/login");
  const t = await getTranslator();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("auth.setup.heading")}</h1>
      <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
        {t("auth.setup.intro")}
      </p>
      <SetupForm passwordMin={PASSWORD_MIN} />
    </>
  );
}
