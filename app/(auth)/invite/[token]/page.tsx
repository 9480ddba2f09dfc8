import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PASSWORD_MIN } from "@/modules/users/schema";
import { findInvitation } from "@/modules/users/service";
import { getTranslator } from "@/i18n/server";
import { AcceptInvitationForm } from "./AcceptInvitationForm";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("auth.invite.title"), robots: { index: false }, referrer: "no-referrer" as const };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const invitation = await findInvitation(token);
  if (!invitation) notFound();
  const t = await getTranslator();
  return (
    <>
      <h1 className="text-2xl font-bold">{invitation.reset ? t("auth.reset.heading", { name: invitation.name }) : t("auth.invite.heading", { name: invitation.name })}</h1>
      <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
        {t.rich(invitation.reset ? "auth.reset.intro" : "auth.invite.intro", { email: invitation.email, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} passwordMin={PASSWORD_MIN} reset={invitation.reset} />
    </>
  );
}
