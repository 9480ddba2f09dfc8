import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PASSWORD_MIN } from "@/modules/users/schema";
import { findInvitation } from "@/modules/users/service";
import { AcceptInvitationForm } from "./AcceptInvitationForm";

export const metadata = { title: "Join the newsroom", robots: { index: false }, referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const invitation = await findInvitation(token);
  if (!invitation) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">Welcome, {invitation.name}</h1>
      <p className="mt-2 text-sm text-neutral-700 dark:text-neutral-300">
        Choose a password for <strong>{invitation.email}</strong> to join the newsroom.
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} passwordMin={PASSWORD_MIN} />
    </>
  );
}
