import { requireUserOrRedirect } from "@/modules/auth/session";
import { maxUploadBytes } from "@/modules/media/service";
import { getProfile } from "@/modules/users/queries";
import { PASSWORD_MIN } from "@/modules/users/schema";
import { PasswordForm, ProfileForm } from "./ProfileForms";
import { SignOutEverywhere } from "./SignOutEverywhere";

export const metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const me = await requireUserOrRedirect("/admin/profile");
  const profile = await getProfile(me);
  return (
    <main className="max-w-xl space-y-8">
      <h1 className="text-2xl font-bold">Your profile</h1>
      <p className="text-sm">
        {profile.email} · {profile.role.toLowerCase()}
      </p>
      <ProfileForm name={profile.name} bio={profile.bio} photo={profile.photo} path={profile.path} mediaMaxBytes={maxUploadBytes()} />
      <PasswordForm email={profile.email} passwordMin={PASSWORD_MIN} />
      <SignOutEverywhere />
    </main>
  );
}
