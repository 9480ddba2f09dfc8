import Link from "next/link";
import { can } from "@/modules/access/policy";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { countReviewQueue } from "@/modules/articles/queries";
import { SignOutButton } from "./SignOutButton";

export const metadata = { title: { default: "Newsroom", template: "%s – Newsroom" }, robots: { index: false, follow: false } };

const linkClass = "text-sm font-semibold hover:underline";

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUserOrRedirect("/admin");
  const inReview = await countReviewQueue(user);
  return (
    <div lang="en" className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <nav aria-label="Newsroom" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
          <Link href="/admin" className="font-serif text-xl font-bold">
            Redaktion
          </Link>
          <Link href="/admin" className={linkClass}>
            Articles
          </Link>
          {can(user, "review.queue") ? (
            <Link href="/admin/review" className={linkClass}>
              Review{" "}
              <span className="ml-1 rounded-full bg-amber-200 px-2 py-0.5 text-xs text-amber-950" aria-label={`${inReview} waiting`}>
                {inReview}
              </span>
            </Link>
          ) : null}
          <Link href="/admin/media" className={linkClass}>
            Media
          </Link>
          {can(user, "taxonomy.manage") ? (
            <Link href="/admin/sections" className={linkClass}>
              Sections &amp; tags
            </Link>
          ) : null}
          {can(user, "front.manage") ? (
            <Link href="/admin/fronts" className={linkClass}>
              Fronts
            </Link>
          ) : null}
          {can(user, "breaking.manage") ? (
            <Link href="/admin/breaking" className={linkClass}>
              Breaking news
            </Link>
          ) : null}
          {can(user, "user.manage") ? (
            <Link href="/admin/users" className={linkClass}>
              Users
            </Link>
          ) : null}
          {can(user, "audit.view") ? (
            <Link href="/admin/audit" className={linkClass}>
              Audit log
            </Link>
          ) : null}
          {/* A full page load: reader pages run without React (src/lib/lean-page.mjs), so no client-side navigation into them. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" className="text-sm hover:underline">
            View site
          </a>
          <Link href="/admin/profile" className="ml-auto text-sm hover:underline">
            {user.name} · {user.role.toLowerCase()}
          </Link>
          <SignOutButton />
        </nav>
      </header>
      <div className="mx-auto max-w-6xl px-4 py-6">{children}</div>
    </div>
  );
}
