import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { formatNewsroomDate } from "@/lib/dates";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listUsers } from "@/modules/users/queries";
import { InviteForm } from "./InviteForm";
import { UserControls } from "./UserControls";
import { DataTable } from "@/components/ui/DataTable";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("users.title") };
}

export default async function UsersPage() {
  const me = await requireUserOrRedirect("/admin/users");
  const users = await orNotFound(listUsers(me));
  const [t, locale] = await Promise.all([getTranslator(), getNewsroomLocale()]);
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-bold">{t("users.title")}</h1>
      <InviteForm />
      <DataTable caption={t("users.caption")} columns={[t("users.name"), t("users.email"), t("users.roleAndAccess"), t("users.since")]}>
        {users.map((u) => (
          <tr key={u.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
            <td className="px-3 py-2 font-semibold">
              {u.name}
              {u.pending ? (
                <span className="ml-2 text-xs font-normal text-neutral-600 dark:text-neutral-400">
                  {u.invitationExpiresAt ? t("users.invitedUntil", { at: formatNewsroomDate(u.invitationExpiresAt, locale) }) : t("users.invitationRanOut")}
                </span>
              ) : null}
              {u.resetLinkUntil ? (
                <span className="ml-2 text-xs font-normal text-neutral-600 dark:text-neutral-400">{t("users.resetLinkUntil", { at: formatNewsroomDate(u.resetLinkUntil, locale) })}</span>
              ) : null}
              {u.bylineOnly ? <span className="ml-2 text-xs font-normal text-neutral-600 dark:text-neutral-400">{t("users.bylineOnly")}</span> : null}
              {u.disabled ? <span className="ml-2 text-xs font-normal text-red-800">{t("users.disabled")}</span> : null}
            </td>
            <td className="px-3 py-2">{u.email}</td>
            <td className="px-3 py-2">
              <UserControls user={u} isSelf={u.id === me.id} />
            </td>
            <td className="whitespace-nowrap px-3 py-2">{formatNewsroomDate(u.createdAt, locale)}</td>
          </tr>
        ))}
      </DataTable>
    </main>
  );
}
