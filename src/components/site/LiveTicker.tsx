// A live ticker on the article page: the summary the desk keeps current, then
// the entries, newest first, key events marked. Rendered on the server (it
// works without JavaScript, as of the last render); public/live-ticker.js brings
// new entries in without a reload while the ticker is live (data-poll: the
// server's interval; its feed says when to slow down or stop).
import { formatDateTimeDe, formatTickerTime } from "@/lib/dates";
import type { LiveFeed } from "@/modules/live/queries";
import { ArticleBody } from "./ArticleBody";

export function LiveTicker({ feed }: { feed: LiveFeed }) {
  const newest = feed.entries[0]?.at ?? feed.startedAt;
  const summary = feed.summary.split("\n").map((l) => l.replace(/^[-•*]\s*/, "").trim()).filter(Boolean);
  return (
    <>
      <section aria-labelledby="liveticker" data-live-ticker={feed.articleId} data-rev={feed.rev} data-poll={feed.live ? feed.pollMs : undefined} className="mt-8">
        <h2 id="liveticker" className="flex items-center gap-2 font-serif text-2xl font-bold">
          Liveticker
          {feed.live ? <span className="rounded bg-red-700 px-2 py-0.5 font-sans text-xs font-bold uppercase tracking-wide text-white">live</span> : null}
        </h2>
        {!feed.live && feed.endedAt ? (
          <p className="mt-2 rounded border-l-4 border-neutral-500 bg-neutral-100 px-3 py-2 text-sm dark:bg-neutral-800">
            <strong>Ticker beendet</strong> am <time dateTime={feed.endedAt}>{formatDateTimeDe(feed.endedAt)}</time>.
          </p>
        ) : null}
        {summary.length > 0 ? (
          <div className="mt-4 rounded bg-neutral-100 p-4 dark:bg-neutral-900">
            <h3 className="font-bold">Das Wichtigste in Kürze</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {summary.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {feed.entries.length === 0 ? <p className="mt-4 text-neutral-700 dark:text-neutral-300">Noch keine Einträge.</p> : null}
        <ol className="mt-6 space-y-6" aria-label="Einträge, neueste zuerst">
          {feed.entries.map((e) => (
            <li key={e.id} id={`eintrag-${e.id}`} className={e.keyEvent ? "border-l-4 border-red-700 pl-4" : "border-l-4 border-neutral-200 pl-4 dark:border-neutral-700"}>
              <article aria-label={`Eintrag von ${formatTickerTime(e.at, newest)}`}>
                <p className="text-sm font-semibold text-neutral-700 dark:text-neutral-300">
                  <time dateTime={e.at}>{formatTickerTime(e.at, newest)}</time>
                  {e.keyEvent ? <span className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold uppercase text-white">Wichtig</span> : null}
                </p>
                <ArticleBody doc={e.body} images={feed.images} className="mt-1" />
                {e.quote ? (
                  <blockquote className="mt-3 border-l-2 border-neutral-400 pl-3 font-serif text-lg italic">
                    <p>„{e.quote.replace(/^[„“"]+|[“”"]+$/g, "")}“</p>
                    {e.quoteBy ? <footer className="mt-1 text-sm not-italic">– {e.quoteBy}</footer> : null}
                  </blockquote>
                ) : null}
                {e.author ? <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">{e.author}</p> : null}
              </article>
            </li>
          ))}
        </ol>
      </section>
      {feed.live ? (
        <>
          <p role="status" aria-live="polite" className="sr-only" data-live-updates="" />
          <script src="/live-ticker.js" defer />
        </>
      ) : null}
    </>
  );
}
