import Link from "next/link";
import { can } from "@/modules/access/policy";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { countReviewQueue } from "@/modules/articles/queries";
import { getTranslator } from "@/i18n/server";
import { NewsroomMenu } from "./NewsroomMenu";
import { SignOutButton } from "./SignOutButton";

const linkClass = "text-sm font-semibold hover:underline";

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUserOrRedirect("/admin");
  const inReview = await countReviewQueue(user);
  const t = await getTranslator();
  return (
    <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <nav aria-label={t("nav.label")} className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
          <Link href="/admin" className="font-serif text-xl font-bold">
            {t("nav.home")}
          </Link>
          <NewsroomMenu label={t("nav.menu")}>
          {/* On a wide screen two deliberate rows: the person and the way out beside the name, the desks below. */}
          <div className="flex flex-col gap-3 sm:order-2 sm:w-full sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-5 sm:gap-y-2">
          <Link href="/admin/articles" className={linkClass}>
            {t("nav.articles")}
          </Link>
          {can(user, "review.queue") ? (
            <Link href="/admin/review" className={linkClass}>
              {t("nav.review")}{" "}
              <span className="ml-1 rounded-full bg-amber-200 px-2 py-0.5 text-xs text-amber-950" aria-label={t("nav.waiting", { count: inReview })}>
                {inReview}
              </span>
            </Link>
          ) : null}
          <Link href="/admin/media" className={linkClass}>
            {t("nav.media")}
          </Link>
          {can(user, "taxonomy.manage") ? (
            <Link href="/admin/sections" className={linkClass}>
              {t("nav.sections")}
            </Link>
          ) : null}
          {can(user, "front.manage") ? (
            <Link href="/admin/fronts" className={linkClass}>
              {t("nav.fronts")}
            </Link>
          ) : null}
          {can(user, "page.manage") ? (
            <Link href="/admin/pages" className={linkClass}>
              {t("nav.pages")}
            </Link>
          ) : null}
          {can(user, "breaking.manage") ? (
            <Link href="/admin/breaking" className={linkClass}>
              {t("nav.breaking")}
            </Link>
          ) : null}
          {can(user, "user.manage") ? (
            <Link href="/admin/users" className={linkClass}>
              {t("nav.users")}
            </Link>
          ) : null}
          {can(user, "integrations.manage") ? (
            <Link href="/admin/integrations" className={linkClass}>
              {t("nav.integrations")}
            </Link>
          ) : null}
          {can(user, "audit.view") ? (
            <Link href="/admin/audit" className={linkClass}>
              {t("nav.audit")}
            </Link>
          ) : null}
          </div>
          <div className="flex flex-col gap-3 sm:order-1 sm:ml-auto sm:flex-row sm:items-center sm:gap-x-4">
          {/* A full page load: reader pages run without React (server/lean-page.mjs), so no client-side navigation into them. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" className="text-sm hover:underline">
            {t("nav.viewSite")}
          </a>
          <Link href="/admin/profile" className="text-sm hover:underline">
            {t("nav.me", { name: user.name, role: t(`common.role.${user.role}`) })}
          </Link>
          <SignOutButton />
          </div>
          </NewsroomMenu>
        </nav>
      </header>
      <div className="mx-auto max-w-6xl px-4 py-6">{children}</div>
    </div>
  );
}
