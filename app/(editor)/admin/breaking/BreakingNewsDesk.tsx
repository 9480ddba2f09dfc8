"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field, SelectField } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { FieldErrors } from "@/lib/errors";
import { berlinInputToUtc } from "@/lib/dates";
import { BREAKING_TEXT_MAX } from "@/modules/breaking/schema";
import { endBreakingNewsAction, setBreakingNewsAction } from "./actions";

type Item = { id: string; text: string; href: string; endsAt: string | null; createdAt: string; endedAt: string | null; createdBy: string };
type Props = { running: Omit<Item, "createdAt" | "endedAt"> | null; articles: { id: string; headline: string }[]; history: Item[] };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

export function BreakingNewsDesk({ running, articles, history }: Props) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [articleId, setArticleId] = useState("");
  const [href, setHref] = useState("");
  const [endsAt, setEndsAt] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [notice, setNotice] = useState("");
  const [pending, setPending] = useState(false);

  async function run(work: () => Promise<{ ok: true } | { ok: false; message: string; fieldErrors?: FieldErrors }>, success: string) {
    setPending(true);
    try {
      const result = await work();
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setAlert(result.message);
        setNotice("");
        return false;
      }
      setErrors({});
      setAlert(null);
      setNotice(success);
      router.refresh();
      return true;
    } catch {
      setAlert(UNREACHABLE);
      return false;
    } finally {
      setPending(false);
    }
  }

  async function publish(event: React.FormEvent) {
    event.preventDefault();
    const until = endsAt ? berlinInputToUtc(endsAt) : null;
    if (endsAt && !until) return setErrors({ endsAt: ["Ends at: not a date and time."] });
    const ok = await run(() => setBreakingNewsAction({ text, articleId, href: articleId ? "" : href, endsAt: until?.toISOString() ?? "" }), "Breaking news is live on every reader page");
    if (ok) {
      setText("");
      setArticleId("");
      setHref("");
      setEndsAt("");
    }
  }

  return (
    <div className="space-y-8">
      <p role="status" className="min-h-5 text-sm font-semibold text-green-800 dark:text-green-300">
        {notice}
      </p>
      {alert ? <FormAlert>{alert}</FormAlert> : null}

      <section aria-labelledby="running-heading" className="space-y-3">
        <h2 id="running-heading" className="text-xl font-bold">
          Running now
        </h2>
        {running ? (
          <div className="flex flex-wrap items-center gap-4 rounded border border-red-700 p-3">
            <p className="flex-1">
              <span className="mr-2 font-bold uppercase text-red-800 dark:text-red-300">Eilmeldung</span>
              <a href={running.href} className="underline">
                {running.text}
              </a>
              {running.endsAt ? <span className="block text-sm text-neutral-700 dark:text-neutral-300">Ends {when.format(new Date(running.endsAt))} (Berlin time)</span> : null}
            </p>
            <Button type="button" variant="danger" disabled={pending} onClick={() => void run(() => endBreakingNewsAction(running.id), "Breaking news ended")}>
              End now
            </Button>
          </div>
        ) : (
          <p className="text-neutral-700 dark:text-neutral-300">Nothing is running.</p>
        )}
      </section>

      <form onSubmit={publish} className="max-w-2xl space-y-4" noValidate aria-labelledby="new-heading">
        <h2 id="new-heading" className="text-xl font-bold">
          New breaking news
        </h2>
        <Field label="Text" value={text} onChange={(e) => setText(e.target.value)} maxLength={BREAKING_TEXT_MAX} errors={errors.text} hint={`One line, at most ${BREAKING_TEXT_MAX} characters. ${text.length}/${BREAKING_TEXT_MAX}`} required />
        <SelectField label="Article" value={articleId} onChange={(e) => setArticleId(e.target.value)} errors={errors.articleId} hint="The banner links to it; or leave this empty and give an address below.">
          <option value="">No article: link to an address</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.headline}
            </option>
          ))}
        </SelectField>
        {articleId ? null : <Field label="Link" value={href} onChange={(e) => setHref(e.target.value)} errors={errors.href} hint="An address on this site (/politik/…) or a full https:// address." />}
        <Field label="Ends at" type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} errors={errors.endsAt} hint="Berlin time. Empty: it runs until you end it (at most seven days)." className="max-w-xs" />
        <Button type="submit" disabled={pending}>
          Publish breaking news
        </Button>
      </form>

      {history.length > 0 ? (
        <section aria-labelledby="history-heading" className="space-y-3">
          <h2 id="history-heading" className="text-xl font-bold">
            Recent
          </h2>
          <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
            {history.map((item) => (
              <li key={item.id} className="py-2 text-sm">
                <span className="font-semibold">{item.text}</span> – set {when.format(new Date(item.createdAt))} by {item.createdBy}
                {item.endedAt ? `, ended ${when.format(new Date(item.endedAt))}` : item.endsAt ? `, until ${when.format(new Date(item.endsAt))}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
