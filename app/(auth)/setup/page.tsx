import { redirect } from "next/navigation";
import { connection } from "next/server";
import { isSetupNeeded } from "@/modules/users/service";
import { PASSWORD_MIN } from "@/modules/users/schema";
import { SetupForm } from "./SetupForm";

export const metadata = { title: "First-run setup", robots: { index: false } };

export default async function SetupPage() {
  await connection(); // depends on the database, never prerendered
  // Setup exists only until the first administrator does.
  if (!(await isSetupNeeded())) redirect("/login");
  return (
    <>
      <h1 className="text-2xl font-bold">Set up Redaktion</h1>
      <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
        Create the first account. It will be the administrator of this newsroom.
      </p>
      <SetupForm passwordMin={PASSWORD_MIN} />
    </>
  );
}
