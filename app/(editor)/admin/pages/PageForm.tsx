"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useTranslations } from "use-intl/react";
import { RichTextEditor } from "@/components/editor/RichTextEditor";
import { Button } from "@/components/ui/Button";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { Field } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { useWarnBeforeLeaving } from "@/components/ui/use-warn-before-leaving";
import { refused, succeeded, useActionForm } from "@/components/ui/use-action-form";
import { useMessage } from "@/i18n/client";
import { formatNewsroomDate, formatNewsroomTimestamp } from "@/lib/dates";
import { emptyBody, type BodyDoc } from "@/modules/articles/body";
import type { EditablePage } from "@/modules/pages/queries";
import { createPageAction, publishPageAction, savePageAction, unpublishPageAction } from "./actions";

type Draft = { title: string; slug: string; body: BodyDoc; inFooter: boolean; footerOrder: number };

const draftOf = (page: EditablePage | null, template: { title: string; slug: string; body: BodyDoc } | null): Draft =>
  page
    ? { title: page.title, slug: page.slug, body: page.body, inFooter: page.inFooter, footerOrder: page.footerOrder }
    : { title: template?.title ?? "", slug: template?.slug ?? "", body: template?.body ?? emptyBody(), inFooter: !!template, footerOrder: 0 };

/**
 * A standalone page in the article editor's body editor. No autosave: a draft
 * is saved with "Save draft", a published page changes with "Update" (never
 * while someone types), and leaving with unsaved changes asks first.
 */
export function PageForm({ page, template, siteUrl }: { page: EditablePage | null; template: { title: string; slug: string; body: BodyDoc } | null; siteUrl: string }) {
  const t = useTranslations("pages");
  const locale = useLocale();
  const router = useRouter();
  const { fieldErrors, message } = useMessage();
  const [draft, setDraft] = useState<Draft>(() => draftOf(page, template));
  const [saved, setSaved] = useState<Draft>(() => draftOf(page, null));
  const [resetToken, setResetToken] = useState(0);
  const { outcome, pending, submit, setOutcome } = useActionForm();
  const [confirm, dialog] = useConfirm();
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const published = page?.status === "PUBLISHED";
  const errors = fieldErrors(outcome.errors);

  useWarnBeforeLeaving(dirty);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const fields = { ...draft, footerOrder: Number(draft.footerOrder) };
  const now = () => formatNewsroomTimestamp(new Date().toISOString(), locale);

  async function run(work: () => Promise<{ ok: true; data: { id: string } } | { ok: false; message: string | null; fieldErrors?: Record<string, string[]> }>, done: (id: string) => string) {
    await submit(async () => {
      const result = await work();
      if (!result.ok) return refused(result as never);
      setSaved(draft);
      if (!page) router.replace(`/admin/pages/${result.data.id}`);
      else router.refresh();
      return succeeded(done(result.data.id));
    });
  }

  return (
    <form
      noValidate
      className="max-w-3xl space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (!page) void run(() => createPageAction(fields), () => t("saved", { time: now() }));
        else void run(() => savePageAction({ id: page.id, version: page.version }, fields), () => (published ? t("updated") : t("saved", { time: now() })));
      }}
    >
      {dialog}
      <p className="rounded border border-neutral-300 bg-neutral-50 p-3 text-sm dark:border-neutral-700 dark:bg-neutral-900">
        {published ? t("publishedNote") : t("draftNote")}{" "}
        {published ? (
          <a href={`/${page.slug}`} className="font-semibold underline">
            {t("view")}
          </a>
        ) : null}
      </p>
      {/* What is wrong, named at the top (the body's own message may be a screen further down). */}
      {Object.keys(errors).length > 0 ? (
        <FormAlert title={outcome.message ? message(outcome.message) : undefined}>{Object.values(errors).flat().join(" ")}</FormAlert>
      ) : outcome.message ? (
        <FormAlert>{outcome.message}</FormAlert>
      ) : null}
      <Field label={t("fields.title")} value={draft.title} onChange={(e) => set("title", e.target.value)} errors={outcome.errors.title} maxLength={120} />
      <Field
        label={t("fields.slug")}
        value={draft.slug}
        onChange={(e) => set("slug", e.target.value.toLowerCase())}
        errors={outcome.errors.slug}
        hint={t("slugHint", { site: siteUrl, slug: draft.slug || "…" })}
        className="max-w-md"
        spellCheck={false}
        autoCapitalize="none"
      />
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <label className="flex items-center gap-2 text-sm font-semibold">
          <input type="checkbox" checked={draft.inFooter} onChange={(e) => set("inFooter", e.target.checked)} className="h-4 w-4" />
          {t("fields.inFooter")}
        </label>
        {draft.inFooter ? (
          <Field
            label={t("fields.footerOrder")}
            type="number"
            min={0}
            max={99}
            value={String(draft.footerOrder)}
            onChange={(e) => set("footerOrder", Number(e.target.value))}
            errors={outcome.errors.footerOrder}
            hint={t("footerOrderHint")}
            className="w-40"
          />
        ) : null}
      </div>
      <div data-check="body">
        <RichTextEditor value={draft.body} resetToken={resetToken} onChange={(body) => set("body", body)} label={t("fields.body")} invalid={!!outcome.errors.body} describedBy={outcome.errors.body ? "page-body-error" : undefined} />
        {errors.body ? (
          <p id="page-body-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {errors.body.join(" ")}
          </p>
        ) : null}
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t("placeholderHint")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {!page ? (
          <Button type="submit" disabled={pending}>
            {t("create")}
          </Button>
        ) : published ? (
          <>
            <Button type="submit" disabled={pending}>
              {t("update")}
            </Button>
            <Button
              type="button"
              variant="danger"
              disabled={pending}
              onClick={async () => {
                if (!(await confirm({ title: t("confirmUnpublish", { title: page.title }), confirmLabel: t("unpublish"), danger: true }))) return;
                void run(() => unpublishPageAction({ id: page.id, version: page.version }), () => t("unpublished"));
              }}
            >
              {t("unpublish")}
            </Button>
          </>
        ) : (
          <>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t("saveDraft")}
            </Button>
            <Button type="button" disabled={pending} onClick={() => void run(() => publishPageAction({ id: page.id, version: page.version }, fields), () => t("published", { path: `/${draft.slug || page.slug}` }))}>
              {t("publish")}
            </Button>
          </>
        )}
        <p role="status" className="text-sm font-semibold text-green-800 dark:text-green-300">
          {dirty ? <span className="text-neutral-700 dark:text-neutral-300">{t("unsaved")}</span> : outcome.done}
        </p>
      </div>
      {page && page.revisions.length > 0 ? (
        <section aria-labelledby="page-revisions" className="border-t border-neutral-200 pt-4 dark:border-neutral-800">
          <h2 id="page-revisions" className="text-lg font-bold">
            {t("revisions")}
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {page.revisions.map((r) => (
              <li key={r.version} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span>{t("revision", { version: r.version, status: t(`status.${r.status}`), name: r.authorName, time: formatNewsroomDate(r.createdAt, locale) })}</span>
                {r.version !== page.version ? (
                  <button
                    type="button"
                    className="underline"
                    onClick={() => {
                      setDraft((d) => ({ ...d, title: r.title, slug: r.slug, body: r.body }));
                      setResetToken((n) => n + 1);
                      setOutcome({ errors: {}, message: null, done: t("revisionLoaded", { version: r.version }) });
                    }}
                  >
                    {t("loadRevision", { version: r.version })}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/admin/pages" className="text-sm underline">
          {t("back")}
        </Link>
      </p>
    </form>
  );
}
