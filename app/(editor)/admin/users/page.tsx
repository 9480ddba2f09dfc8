import { formatNewsroomDate } from "@/lib/dates";
import { orNotFound } from "@/lib/page-guards";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { listUsers } from "@/modules/users/queries";
import { InviteForm } from "./InviteForm";
import { UserControls } from "./UserControls";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireUserOrRedirect("/admin/users");
  const users = await orNotFound(listUsers(me));
  return (
    <main className="space-y-8">
      <h1 className="text-2xl font-bold">Users</h1>
      <InviteForm />
      <div className="overflow-x-auto rounded border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Everyone with a newsroom account</caption>
          <thead className="border-b border-neutral-200 dark:border-neutral-800">
            <tr>
              <th scope="col" className="px-3 py-2">Name</th>
              <th scope="col" className="px-3 py-2">Email</th>
              <th scope="col" className="px-3 py-2">Role and access</th>
              <th scope="col" className="px-3 py-2">Since</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-neutral-100 last:border-0 dark:border-neutral-800">
                <td className="px-3 py-2 font-semibold">
                  {u.name}
                  {u.pending ? <span className="ml-2 text-xs font-normal text-neutral-600">(cannot sign in yet)</span> : null}
                  {u.disabled ? <span className="ml-2 text-xs font-normal text-red-800">(disabled)</span> : null}
                </td>
                <td className="px-3 py-2">{u.email}</td>
                <td className="px-3 py-2">
                  <UserControls user={u} isSelf={u.id === me.id} />
                </td>
                <td className="whitespace-nowrap px-3 py-2">{formatNewsroomDate(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
