"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { publishArticleAction } from "./actions/publish-article";
import { reopenArticleAction } from "./actions/reopen-article";
import { requestChangesAction } from "./actions/request-changes";
import { saveArticleAction } from "./actions/save-article";
import { scheduleArticleAction, unscheduleArticleAction } from "./actions/schedule-article";
import { submitForReviewAction } from "./actions/submit-for-review";
import { unpublishArticleAction } from "./actions/unpublish-article";
import { PublishingPanel } from "./PublishingPanel";
import type { ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/errors";
import { emptyBody, type BodyDoc } from "@/modules/articles/body";
import type { EditableArticle, ReviewNote } from "@/modules/articles/dto";
import type { TransitionName } from "@/modules/articles/workflow";
import type { SectionOption } from "@/modules/articles/queries";
import { checkArticleFields, LIMITS } from "@/modules/articles/schema";
import { slugify } from "@/modules/articles/slug";
import { Field, SelectField, TextAreaField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { RichTextEditor } from "@/components/editor/RichTextEditor";
import { setFormNotice, useFormNotice } from "./form-notices";

type Fields = { kicker: string; headline: string; teaser: string; sectionId: string; slug: string; body: BodyDoc };
type Alert = { kind: "conflict" | "error"; message: string };

type Ref = { id: string; version: number };
const TRANSITION_ACTIONS: Record<TransitionName, (ref: Ref, argument?: string) => ReturnType<typeof publishArticleAction>> = {
  submit: (ref, note) => submitForReviewAction(ref, note ?? ""),
  requestChanges: (ref, comment) => requestChangesAction(ref, comment ?? ""),
  publish: (ref) => publishArticleAction(ref),
  schedule: (ref, at) => scheduleArticleAction(ref, at),
  unschedule: (ref) => unscheduleArticleAction(ref),
  unpublish: (ref) => unpublishArticleAction(ref),
  reopen: (ref) => reopenArticleAction(ref),
};
const TRANSITION_NOTICES: Record<TransitionName, string> = {
  submit: "Submitted for review",
  requestChanges: "Sent back to the author",
  publish: "Published",
  schedule: "Scheduled",
  unschedule: "Schedule cancelled",
  unpublish: "Unpublished",
  reopen: "Back to draft",
};
// Changes that carry the text forward save pending edits first.
const SAVES_FIRST: TransitionName[] = ["submit", "publish", "schedule"];

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Berlin" });

function fieldsOf(article: EditableArticle | null, sections: SectionOption[]): Fields {
  if (!article) return { kicker: "", headline: "", teaser: "", sectionId: sections[0]?.id ?? "", slug: "", body: emptyBody() };
  const { kicker, headline, teaser, sectionId, slug, body } = article;
  return { kicker, headline, teaser, sectionId, slug, body };
}

type FormProps = {
  article: EditableArticle | null;
  sections: SectionOption[];
  /** For a new article: what this person may do with their own draft. */
  newArticleTransitions?: TransitionName[];
  notes?: ReviewNote[];
};

export function ArticleForm({ article: initial, sections, newArticleTransitions = [], notes = [] }: FormProps) {
  const router = useRouter();
  const [article, setArticle] = useState<EditableArticle | null>(initial);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(initial, sections));
  // The slug follows the headline until someone edits it, or once the article has been out.
  const [slugTouched, setSlugTouched] = useState(() => !!initial && (initial.publishedAt !== null || initial.slug !== slugify(initial.headline)));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<Alert | null>(null);
  // Keyed by article id once there is one ("new" before the first save).
  const noticeKey = article?.id ?? "new";
  const notice = useFormNotice(noticeKey);
  const [pending, setPending] = useState<string | null>(null);
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

  async function run(kind: string, work: () => Promise<void>) {
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

  const onTransition = (name: TransitionName, argument?: string) =>
    run(name, async () => {
      if (name === "unpublish" && !window.confirm("Take this article off the site? Its address will answer “gone”.")) return;
      const current = SAVES_FIRST.includes(name) && !readOnly && (dirty || !article) ? await save() : article;
      if (!current) return;
      const result = await TRANSITION_ACTIONS[name]({ id: current.id, version: current.version }, argument);
      if (!result.ok) return fail(result);
      accept(result.data);
      setNotice(TRANSITION_NOTICES[name], result.data.id);
      router.refresh(); // review notes and the navigation count
    });

  const status = article?.status ?? "DRAFT";

  return (
    <form
      className="grid gap-6 lg:grid-cols-[1fr_18rem]"
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) void onSave();
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
        <PublishingPanel
          status={status}
          transitions={article ? article.transitions : newArticleTransitions}
          canEdit={!readOnly}
          dirty={dirty}
          pending={pending}
          notice={notice}
          scheduledAt={article?.scheduledAt ?? null}
          livePath={article?.path ?? null}
          notes={notes}
          onSave={() => void onSave()}
          onTransition={(name, argument) => void onTransition(name, argument)}
        />
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
