import Link from "next/link";
import type { ReactNode } from "react";
import { getNewsroomLocale, getTranslator } from "@/i18n/server";
import { formatDeskTime, formatWaiting } from "@/lib/dates";
import { can } from "@/modules/access/policy";
import { requireUserOrRedirect } from "@/modules/auth/session";
import { deskOverview, type DeskStory } from "@/modules/desk/queries";
import { DeskRefresher } from "./DeskRefresher";

export async function generateMetadata() {
  const t = await getTranslator();
  return { title: t("desk.title") };
}

export const dynamic = "force-dynamic";

function Panel({ id, heading, action, children }: { id: string; heading: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={id} className="text-lg font-bold">
          {heading}
        </h2>
        {action}
      </div>
      <div className="mt-3 text-sm">{children}</div>
    </section>
  );
}

const itemClass = "flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-1.5";

/** Stories, each a link to its editor, with section, author and a time in words (`when`). */
function StoryList({ stories, empty, meta }: { stories: DeskStory[]; empty: string; meta: (s: DeskStory) => string }) {
  if (stories.length === 0) return <p className="text-neutral-600 dark:text-neutral-400">{empty}</p>;
  return (
    <ul className="divide-y divide-neutral-100 dark:divide-neutral-800">
      {stories.map((s) => (
        <li key={s.id} className={itemClass}>
          <Link href={`/admin/articles/${s.id}`} className="min-w-0 break-words font-semibold underline-offset-2 hover:underline">
            {s.headline}
          </Link>
          <span className="text-neutral-600 dark:text-neutral-400">{meta(s)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The newsroom home: the desk's day at a glance, each line a click to act. */
export default async function DeskPage() {
  const me = await requireUserOrRedirect("/admin");
  const [desk, t, locale] = await Promise.all([deskOverview(me), getTranslator(), getNewsroomLocale()]);
  const time = (iso: string) => formatDeskTime(iso, locale);
  const edit = (id: string) => `/admin/articles/${id}`;
  const meta = (s: DeskStory, when: string | null) => `${t("desk.meta", { section: s.sectionName, author: s.authorName })}${when ? ` · ${when}` : ""}`;
  const { firstSteps } = desk;
  const steps = [
    ...firstSteps.legalPages.map((p) => ({ key: p.slug, href: can(me, "page.manage") ? (p.id ? `/admin/pages/${p.id}` : `/admin/pages/new?vorlage=${p.slug}`) : null, text: t("desk.firstSteps.legal", { title: p.title }) })),
    ...(firstSteps.inviteColleagues && can(me, "user.manage") ? [{ key: "invite", href: "/admin/users", text: t("desk.firstSteps.invite") }] : []),
    ...(firstSteps.writeFirstArticle ? [{ key: "write", href: "/admin/articles/new", text: t("desk.firstSteps.write") }] : []),
  ];
  return (
    <main className="space-y-6">
      <DeskRefresher />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("desk.heading")}</h1>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("desk.refreshed", { time: time(new Date().toISOString()) })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/admin/articles" className="text-sm underline">
            {t("desk.allArticles")}
          </Link>
          <Link href="/admin/articles/new" className="rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900">
            {t("desk.newArticle")}
          </Link>
        </div>
      </div>

      {steps.length > 0 ? (
        <section aria-labelledby="first-steps" className="rounded border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <h2 id="first-steps" className="font-bold">
            {t("desk.firstSteps.heading")}
          </h2>
          {firstSteps.legalPages.length > 0 ? (
            <p className="mt-1 text-sm">{t("pages.legal.missing", { count: firstSteps.legalPages.length, titles: new Intl.ListFormat(locale).format(firstSteps.legalPages.map((l) => l.title)) })}</p>
          ) : null}
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm font-semibold">
            {steps.map((s) => (
              <li key={s.key}>{s.href ? <Link href={s.href} className="underline">{s.text}</Link> : s.text}</li>
            ))}
          </ol>
          {firstSteps.legalPages.length > 0 && !can(me, "page.manage") ? <p className="mt-2 text-sm">{t("pages.legal.noRights")}</p> : null}
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Panel id="desk-live" heading={t("desk.live.heading")} action={can(me, "breaking.manage") ? <Link href="/admin/breaking" className="text-sm underline">{t("desk.live.manageBreaking")}</Link> : null}>
          {desk.breaking ? (
            <p className="rounded bg-red-700 px-3 py-2 font-semibold text-white">
              {t("desk.live.breaking", { text: desk.breaking.text })}
              {desk.breaking.endsAt ? ` (${t("desk.live.breakingUntil", { time: time(desk.breaking.endsAt) })})` : ""}
            </p>
          ) : (
            <p className="text-neutral-600 dark:text-neutral-400">{t("desk.live.noBreaking")}</p>
          )}
          {desk.tickers.length === 0 ? (
            <p className="mt-2 text-neutral-600 dark:text-neutral-400">{t("desk.live.noTickers")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-neutral-100 dark:divide-neutral-800">
              {desk.tickers.map((ticker) => (
                <li key={ticker.articleId} className={itemClass}>
                  <Link href={`/admin/articles/${ticker.articleId}/live`} className="min-w-0 break-words font-semibold underline-offset-2 hover:underline">
                    <span className="mr-2 rounded-sm bg-red-700 px-1.5 py-0.5 text-xs font-bold tracking-wider text-white">{t("desk.live.mark")}</span>
                    {ticker.headline}
                  </Link>
                  <span className="text-neutral-600 dark:text-neutral-400">
                    {t("desk.live.tickerFacts", { entries: ticker.entries, last: ticker.lastEntryAt ? time(ticker.lastEntryAt) : "none" })}
                    {ticker.published ? "" : ` · ${t("desk.live.tickerDraft")}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="desk-front" heading={t("desk.front.heading")} action={can(me, "front.manage") ? <Link href="/admin/fronts/home" className="text-sm underline">{t("desk.front.arrange")}</Link> : null}>
          {desk.front.lead ? (
            <>
              <p className="text-xs font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">{t("desk.front.lead")}</p>
              <p className="mt-1">
                <Link href={edit(desk.front.lead.id)} className="font-serif text-lg font-bold underline-offset-2 hover:underline">
                  {desk.front.lead.headline}
                </Link>
              </p>
              {desk.front.top.length > 0 ? (
                <>
                  <p className="mt-3 text-xs font-bold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">{t("desk.front.top")}</p>
                  <ol className="mt-1 list-decimal space-y-1 pl-5">
                    {desk.front.top.map((s) => (
                      <li key={s.id}>
                        <Link href={edit(s.id)} className="font-semibold underline-offset-2 hover:underline">
                          {s.headline}
                        </Link>
                      </li>
                    ))}
                  </ol>
                </>
              ) : null}
            </>
          ) : (
            <p className="text-neutral-600 dark:text-neutral-400">{t("desk.front.empty")}</p>
          )}
        </Panel>

        <Panel id="desk-scheduled" heading={t("desk.scheduled.heading")}>
          <StoryList stories={desk.scheduledToday} empty={t("desk.scheduled.none")} meta={(s) => meta(s, s.at ? t("desk.scheduled.at", { time: time(s.at) }) : null)} />
        </Panel>

        {desk.review ? (
          <Panel id="desk-review" heading={t("desk.review.heading")} action={<Link href="/admin/review" className="text-sm underline">{t("desk.review.open")}</Link>}>
            {desk.review.items.length === 0 ? (
              <p className="text-neutral-600 dark:text-neutral-400">{t("desk.review.none")}</p>
            ) : (
              <ul className="divide-y divide-neutral-100 dark:divide-neutral-800">
                {desk.review.items.map((r) => (
                  <li key={r.id} className={itemClass}>
                    <Link href={edit(r.id)} className="min-w-0 break-words font-semibold underline-offset-2 hover:underline">
                      {r.headline}
                    </Link>
                    <span className="text-neutral-600 dark:text-neutral-400">
                      {t("desk.review.waiting", { waiting: formatWaiting(r.waitingMs, locale) })}
                      {r.submittedBy ? ` · ${t("desk.review.by", { name: r.submittedBy })}` : ""}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {desk.review.total > desk.review.items.length ? <p className="mt-2">{t("desk.review.more", { count: desk.review.total - desk.review.items.length })}</p> : null}
          </Panel>
        ) : null}

        <Panel id="desk-published" heading={t("desk.published.heading")}>
          <StoryList stories={desk.recentlyPublished} empty={t("desk.published.none")} meta={(s) => meta(s, s.at ? time(s.at) : null)} />
        </Panel>

        <Panel id="desk-drafts" heading={t("desk.drafts.heading")}>
          <StoryList stories={desk.myDrafts} empty={t("desk.drafts.none")} meta={(s) => meta(s, s.at ? t("desk.drafts.changed", { time: time(s.at) }) : null)} />
        </Panel>
      </div>
    </main>
  );
}
