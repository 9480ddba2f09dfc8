"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { publishArticleAction } from "./actions/publish-article";
import { saveArticleAction } from "./actions/save-article";
import { unpublishArticleAction } from "./actions/unpublish-article";
import type { ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/errors";
import { emptyBody, type BodyDoc } from "@/modules/articles/body";
import type { EditableArticle } from "@/modules/articles/dto";
import type { SectionOption } from "@/modules/articles/queries";
import { checkArticleFields, LIMITS } from "@/modules/articles/schema";
import { slugify } from "@/modules/articles/slug";
import { Button } from "@/components/ui/Button";
import { Field, SelectField, TextAreaField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { RichTextEditor } from "@/components/editor/RichTextEditor";
import { StatusBadge } from "@/components/editor/StatusBadge";
import { setFormNotice, useFormNotice } from "./form-notices";

type Fields = { kicker: string; headline: string; teaser: string; sectionId: string; slug: string; body: BodyDoc };
type Alert = { kind: "conflict" | "error"; message: string };

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

function fieldsOf(article: EditableArticle | null, sections: SectionOption[]): Fields {
  if (!article) return { kicker: "", headline: "", teaser: "", sectionId: sections[0]?.id ?? "", slug: "", body: emptyBody() };
  const { kicker, headline, teaser, sectionId, slug, body } = article;
  return { kicker, headline, teaser, sectionId, slug, body };
}

export function ArticleForm({ article: initial, sections }: { article: EditableArticle | null; sections: SectionOption[] }) {
  const [article, setArticle] = useState<EditableArticle | null>(initial);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(initial, sections));
  // The slug follows the headline until someone edits it, or once the article has been out.
  const [slugTouched, setSlugTouched] = useState(() => !!initial && (initial.publishedAt !== null || initial.slug !== slugify(initial.headline)));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<Alert | null>(null);
  // Keyed by article id once there is one ("new" before the first save).
  const noticeKey = article?.id ?? "new";
  const notice = useFormNotice(noticeKey);
  const [pending, setPending] = useState<null | "save" | "publish" | "unpublish">(null);
  const [dirty, setDirty] = useState(false);
  const changeSeq = useRef(0);

  const readOnly = !!article && !article.permissions.edit;
  const section = sections.find((s) => s.id === fields.sectionId);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  function setNotice(message: string, articleId: string = noticeKey) {
    setFormNotice(articleId, message);
  }

  function change<K extends keyof Fields>(key: K, value: Fields[K]) {
    changeSeq.current += 1;
    setDirty(true);
    setFields((prev) => {
      const next = { ...prev, [key]: value };
      if (key === "headline" && !slugTouched) next.slug = slugify(String(value));
      return next;
    });
  }

  function fail(result: Extract<ActionResult<unknown>, { ok: false }>) {
    setFieldErrors(result.fieldErrors ?? {});
    setAlert({ kind: result.code === "CONFLICT" ? "conflict" : "error", message: result.message });
    setNotice("");
  }

  function accept(saved: EditableArticle) {
    setArticle(saved);
    setFields((prev) => ({ ...prev, slug: saved.slug }));
    setFieldErrors({});
    setAlert(null);
    if (!article) window.history.replaceState(null, "", `/admin/articles/${saved.id}`);
  }

  /** Saves when needed; returns the saved article, or null when it failed (the form keeps the text). */
  async function save(): Promise<EditableArticle | null> {
    const check = checkArticleFields(fields);
    if (!check.ok) {
      setFieldErrors(check.fieldErrors);
      setAlert({ kind: "error", message: "Please correct the highlighted fields." });
      return null;
    }
    const seq = changeSeq.current;
    const result = await saveArticleAction(article ? { id: article.id, version: article.version } : null, fields);
    if (!result.ok) {
      fail(result);
      return null;
    }
    accept(result.data);
    if (changeSeq.current === seq) setDirty(false);
    return result.data;
  }

  async function run(kind: "save" | "publish" | "unpublish", work: () => Promise<void>) {
    setPending(kind);
    try {
      await work();
    } catch {
      setAlert({ kind: "error", message: "The newsroom could not be reached. Your text is still here; try again in a moment." });
    } finally {
      setPending(null);
    }
  }

  const onSave = () =>
    run("save", async () => {
      const saved = await save();
      if (saved) setNotice(`Saved ${timeFormat.format(new Date(saved.updatedAt))}${saved.status === "PUBLISHED" ? " – the live article is updated" : ""}`, saved.id);
    });

  const onPublish = () =>
    run("publish", async () => {
      const current = dirty || !article ? await save() : article;
      if (!current) return;
      const result = await publishArticleAction({ id: current.id, version: current.version });
      if (!result.ok) return fail(result);
      accept(result.data);
      setNotice("Published", result.data.id);
    });

  const onUnpublish = () =>
    run("unpublish", async () => {
      if (!article) return;
      if (!window.confirm("Take this article off the site? Readers will no longer find it.")) return;
      const result = await unpublishArticleAction({ id: article.id, version: article.version });
      if (!result.ok) return fail(result);
      accept(result.data);
      setNotice("Unpublished", result.data.id);
    });

  const status = article?.status ?? "DRAFT";
  const canPublish = article ? article.permissions.publish : true;

  return (
    <form
      className="grid gap-6 lg:grid-cols-[1fr_18rem]"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
      noValidate
    >
      <div className="space-y-5">
        <h1 className="text-2xl font-bold">{article ? "Edit article" : "New article"}</h1>
        {alert ? (
          <FormAlert title={alert.kind === "conflict" ? "Not saved: conflicting change" : "Not saved"}>{alert.message}</FormAlert>
        ) : null}
        {readOnly ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            You can read this article but not change it.
          </p>
        ) : null}
        <Field
          label="Kicker"
          value={fields.kicker}
          onChange={(e) => change("kicker", e.target.value)}
          maxLength={LIMITS.kicker}
          errors={fieldErrors.kicker}
          hint="Optional: the short line above the headline (Dachzeile)."
          readOnly={readOnly}
        />
        <Field
          label="Headline"
          value={fields.headline}
          onChange={(e) => change("headline", e.target.value)}
          maxLength={LIMITS.headline}
          errors={fieldErrors.headline}
          readOnly={readOnly}
          className="[&_input]:font-serif [&_input]:text-2xl [&_input]:font-bold"
        />
        <TextAreaField
          label="Teaser"
          value={fields.teaser}
          onChange={(e) => change("teaser", e.target.value)}
          maxLength={LIMITS.teaser}
          rows={3}
          errors={fieldErrors.teaser}
          readOnly={readOnly}
        />
        <div>
          <RichTextEditor
            value={fields.body}
            onChange={(doc) => change("body", doc)}
            readOnly={readOnly}
            invalid={!!fieldErrors.body}
            describedBy={fieldErrors.body ? "body-error" : undefined}
          />
          {fieldErrors.body ? (
            <p id="body-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {fieldErrors.body.join(" ")}
            </p>
          ) : null}
        </div>
      </div>

      <aside className="space-y-5 lg:sticky lg:top-4 lg:self-start" aria-label="Publishing">
        <div className="rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
          <p className="flex items-center gap-2 text-sm">
            Status: <StatusBadge status={status} />
          </p>
          <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm font-semibold text-green-800 dark:text-green-300">
            {notice}
          </p>
          {article && status === "PUBLISHED" ? (
            <p className="mt-1 text-sm">
              <Link href={article.path} className="underline" target="_blank">
                View article
              </Link>
            </p>
          ) : null}
          {dirty && !readOnly ? <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">Unsaved changes</p> : null}
          {!readOnly ? (
            <div className="mt-4 flex flex-wrap gap-2">
              <Button type="submit" variant="secondary" disabled={pending !== null}>
                {pending === "save" ? "Saving…" : status === "PUBLISHED" ? "Save changes" : "Save draft"}
              </Button>
              {canPublish && status !== "PUBLISHED" ? (
                <Button type="button" onClick={onPublish} disabled={pending !== null}>
                  {pending === "publish" ? "Publishing…" : "Publish"}
                </Button>
              ) : null}
            </div>
          ) : null}
          {article?.permissions.unpublish ? (
            <Button type="button" variant="danger" className="mt-2" onClick={onUnpublish} disabled={pending !== null}>
              {pending === "unpublish" ? "Unpublishing…" : "Unpublish"}
            </Button>
          ) : null}
        </div>
        <SelectField
          label="Section"
          value={fields.sectionId}
          onChange={(e) => change("sectionId", e.target.value)}
          errors={fieldErrors.sectionId}
          disabled={readOnly}
        >
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <Field
          label="Slug"
          value={fields.slug}
          onChange={(e) => {
            setSlugTouched(true);
            change("slug", e.target.value);
          }}
          errors={fieldErrors.slug}
          readOnly={readOnly}
          spellCheck={false}
          hint={
            <>
              Address: /{section?.slug ?? "…"}/{fields.slug || "…"}
            </>
          }
        />
      </aside>
    </form>
  );
}
