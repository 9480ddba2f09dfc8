"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { useNewsroomDate } from "@/i18n/client";
import { Button } from "@/components/ui/Button";
import { Field, SelectField } from "@/components/ui/Field";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { FieldErrors } from "@/lib/errors";
import { berlinInputToUtc } from "@/lib/dates";
import { BREAKING_TEXT_MAX } from "@/modules/breaking/schema";
import { endBreakingNewsAction, setBreakingNewsAction } from "./actions";

type Item = { id: string; text: string; href: string; endsAt: string | null; createdAt: string; endedAt: string | null; createdBy: string };
type Props = { running: Omit<Item, "createdAt" | "endedAt"> | null; articles: { id: string; headline: string }[]; history: Item[] };


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
  const t = useTranslations("breaking");
  const date = useNewsroomDate();

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
    if (endsAt && !until) return setErrors({ endsAt: [t("endsInvalid")] });
    const ok = await run(() => setBreakingNewsAction({ text, articleId, href: articleId ? "" : href, endsAt: until?.toISOString() ?? "" }), t("live"));
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
          {t("running")}
        </h2>
        {running ? (
          <div className="flex flex-wrap items-center gap-4 rounded border border-red-700 p-3">
            <p className="flex-1">
              <span className="mr-2 font-bold uppercase text-red-800 dark:text-red-300">{t("label")}</span>
              <a href={running.href} className="underline">
                {running.text}
              </a>
              {running.endsAt ? <span className="block text-sm text-neutral-700 dark:text-neutral-300">{t("ends", { at: date(running.endsAt) })}</span> : null}
            </p>
            <Button type="button" variant="danger" disabled={pending} onClick={() => void run(() => endBreakingNewsAction(running.id), t("ended"))}>
              {t("endNow")}
            </Button>
          </div>
        ) : (
          <p className="text-neutral-700 dark:text-neutral-300">{t("nothing")}</p>
        )}
      </section>

      <form onSubmit={publish} className="max-w-2xl space-y-4" noValidate aria-labelledby="new-heading">
        <h2 id="new-heading" className="text-xl font-bold">
          {t("new")}
        </h2>
        <Field label={t("text")} value={text} onChange={(e) => setText(e.target.value)} maxLength={BREAKING_TEXT_MAX} errors={errors.text} hint={t("textHint", { max: BREAKING_TEXT_MAX, used: text.length })} required />
        <SelectField label={t("article")} value={articleId} onChange={(e) => setArticleId(e.target.value)} errors={errors.articleId} hint={t("articleHint")}>
          <option value="">{t("noArticle")}</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.headline}
            </option>
          ))}
        </SelectField>
        {articleId ? null : <Field label={t("link")} value={href} onChange={(e) => setHref(e.target.value)} errors={errors.href} hint={t("linkHint")} />}
        <Field label={t("endsAt")} type="datetime-local" value={endsAt} onChange={(e) => setEndsAt(e.target.value)} errors={errors.endsAt} hint={t("endsAtHint")} className="max-w-xs" />
        <Button type="submit" disabled={pending}>
          {t("publish")}
        </Button>
      </form>

      {history.length > 0 ? (
        <section aria-labelledby="history-heading" className="space-y-3">
          <h2 id="history-heading" className="text-xl font-bold">
            {t("recent")}
          </h2>
          <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
            {history.map((item) => (
              <li key={item.id} className="py-2 text-sm">
                <span className="font-semibold">{item.text}</span> {t("historyLine", { at: date(item.createdAt), name: item.createdBy })}
                {item.endedAt ? t("historyEnded", { at: date(item.endedAt) }) : item.endsAt ? t("historyUntil", { at: date(item.endsAt) }) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
