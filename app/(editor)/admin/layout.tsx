import Link from "next/link";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { SignOutButton } from "./SignOutButton";

export const metadata = { title: { default: "Newsroom", template: "%s – Newsroom" }, robots: { index: false, follow: false } };

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUserOrRedirect("/admin");
  return (
    <div lang="en" className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <nav aria-label="Newsroom" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="font-serif text-xl font-bold">
            Redaktion
          </Link>
          <Link href="/admin" className="text-sm font-semibold hover:underline">
            Articles
          </Link>
          <Link href="/" className="text-sm hover:underline">
            View site
          </Link>
          <span className="ml-auto text-sm text-neutral-600 dark:text-neutral-400">
            {user.name} · {user.role.toLowerCase()}
          </span>
          <SignOutButton />
        </nav>
      </header>
      <div className="mx-auto max-w-6xl px-4 py-6">{children}</div>
    </div>
  );
}
