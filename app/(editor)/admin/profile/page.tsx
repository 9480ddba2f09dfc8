import { requireUserOrRedirect } from "@/modules/auth/session";
import { maxUploadBytes } from "@/modules/media/service";
import { getProfile } from "@/modules/users/queries";
import { PASSWORD_MIN } from "@/modules/users/schema";
import { getTranslator } from "@/i18n/server";
import { LanguageForm } from "./LanguageForm";
import { PasswordForm, ProfileForm } from "./ProfileForms";
import { SignOutEverywhere } from "./SignOutEverywhere";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("profile.title") };
}

export default async function ProfilePage() {
  const me = await requireUserOrRedirect("/admin/profile");
  const profile = await getProfile(me);
  const t = await getTranslator();
  return (
    <main className="max-w-xl space-y-8">
      <h1 className="text-2xl font-bold">{t("profile.title")}</h1>
      <p className="text-sm">{t("profile.summary", { email: profile.email, role: t(`common.role.${profile.role}`) })}</p>
      <ProfileForm name={profile.name} bio={profile.bio} photo={profile.photo} path={profile.path} mediaMaxBytes={maxUploadBytes()} />
      <LanguageForm locale={profile.locale} />
      <PasswordForm email={profile.email} passwordMin={PASSWORD_MIN} />
      <SignOutEverywhere />
    </main>
  );
}
