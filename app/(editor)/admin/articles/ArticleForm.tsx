"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl/react";
import { Field, TextAreaField } from "@/components/ui/Field";
import { FormAlert } from "@/components/ui/FormAlert";
import { useWarnBeforeLeaving } from "@/components/ui/use-warn-before-leaving";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import type { ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/errors";
import type { EditableArticle, ReviewNote } from "@/modules/articles/dto";
import { toLeadImageSummary } from "@/modules/media/summary";
import { parsePlainArticle } from "@/modules/articles/paste";
import { bodyText } from "@/modules/articles/body";
import type { PreviewLinkRow } from "@/modules/articles/previews";
import type { MediaItem } from "@/modules/media/dto";
import type { SectionOption, TagOption } from "@/modules/articles/queries";
import { checkArticleFields, LIMITS } from "@/modules/articles/schema";
import { slugify } from "@/modules/articles/slug";
import type { TransitionName } from "@/modules/articles/workflow";
import { changeAuthorsAction } from "./actions/change-authors";
import { openingText, prepublishCheck } from "@/modules/articles/checklist";
import { PrepublishChecklist } from "./PrepublishChecklist";
import { discardWorkingCopyAction, saveArticleAction } from "./actions/save-article";
import { searchLinkTargetsAction } from "./actions/link-targets";
import { BylineEditor, RelatedPicker, TagPicker } from "./BylineAndTags";
import { useMediaPicker } from "../media/MediaPicker";
import { Counters } from "./Counters";
import { LeadImageField } from "./LeadImageField";
import { EditorBanners } from "./EditorBanners";
import { setFormNotice, useFormNotice } from "./form-notices";
import { carriedFormState, rememberFormState } from "./form-state";
import { PublishingPanel } from "./PublishingPanel";
import { BodyField } from "./BodyField";
import { SectionAndAddress } from "./SectionAndAddress";
import { SeoAndCorrection } from "./SeoAndCorrection";
import { SharePreview } from "./SharePreview";
import { CONFIRMS, TRANSITION_ACTIONS, SAVES_FIRST } from "./transition-actions";
import { useEditingLock } from "./use-editing-lock";
import { useLocalCopy } from "./use-local-copy";
import { useTypography } from "./use-typography";
import { fieldsOf, isEmpty, type Fields } from "./article-fields";
import { useAutosave } from "./use-autosave";

type Alert = { kind: "conflict" | "error"; message: string };

type FormProps = {
  article: EditableArticle | null;
  sections: SectionOption[];
  tags: TagOption[];
  people?: { id: string; name: string }[];
  /** Published articles for "Mehr zum Thema". */
  relatedOptions?: { id: string; headline: string }[];
  newArticleTransitions?: TransitionName[];
  notes?: ReviewNote[];
  previewLinks?: PreviewLinkRow[];
  /** The upload limit, so the picker can refuse a too-large file before sending it. */
  mediaMaxBytes?: number;
  /** Whether this person may create tags from the editor (taxonomy.manage). */
  canCreateTags?: boolean;
  /** A new article's section until the person chooses: the one they wrote for last (empty for a first article). */
  newSectionId?: string;
};

export function ArticleForm({ article: initial, sections, tags, people = [], relatedOptions = [], newArticleTransitions = [], notes = [], previewLinks = [], mediaMaxBytes = 20 * 1024 * 1024, canCreateTags = false, newSectionId = "" }: FormProps) {
  const router = useRouter();
  const t = useTranslations("articles.form");
  const common = useTranslations("common");
  const transitions = useTranslations("articles.transitions");
  const panel = useTranslations("articles.panel");
  const page = useTranslations("articles.page");
  const banners = useTranslations("articles.banners");
  const [confirm, confirmDialog] = useConfirm();
  const [carried] = useState(() => carriedFormState<Fields>(initial?.id));
  const [article, setArticle] = useState<EditableArticle | null>(initial);
  const [fields, setFields] = useState<Fields>(() => carried?.fields ?? fieldsOf(initial, newSectionId));
  const [serverFields] = useState<Fields>(() => fieldsOf(initial, newSectionId));
  // The slug follows the headline until someone edits it, or once the article has been out.
  const [slugTouched, setSlugTouched] = useState(
    () => carried?.slugTouched || (!!initial && (initial.publishedAt !== null || initial.slug !== slugify(initial.headline))),
  );
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [alert, setAlert] = useState<Alert | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [dirty, setDirty] = useState(() => !!carried);
  const [resetToken, setResetToken] = useState(0);
  // The media picker, for the lead image or an image in the body.
  const picker = useMediaPicker(mediaMaxBytes);
  const changeSeq = useRef(0);
  const saving = useRef<Promise<EditableArticle | null> | null>(null);

  const { lock, takeOver, recheck } = useEditingLock(article?.id ?? null, !!article?.permissions.edit);
  const lockedOut = lock?.state === "held";
  const readOnly = (!!article && !article.permissions.edit) || lockedOut;
  const noticeKey = article?.id ?? "new";
  const notice = useFormNotice(noticeKey);
  // "Saved 10:31" is true only until the next keystroke: then the panel says "Unsaved changes" alone, never both.
  const [lastSaveNotice, setLastSaveNotice] = useState("");
  const setNotice = useCallback((message: string, key: string = noticeKey) => setFormNotice(key, message), [noticeKey]);
  const local = useLocalCopy<Fields>(noticeKey, fields, dirty, serverFields);

  // A concurrent render may have read the carried state before the previous
  // instance wrote its last keystroke; on mount, take the newest.
  useLayoutEffect(() => {
    const latest = carriedFormState<Fields>(initial?.id);
    if (!latest || latest === carried) return;
    // Catching up with state written outside React (the previous instance's last keystrokes) is what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFields(latest.fields);
    setSlugTouched(latest.slugTouched);
    setDirty(true);
    setResetToken((n) => n + 1);
    // Only at mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Survive a remount (see form-state.ts): keep the latest unsaved work where the next instance finds it.
  useEffect(() => {
    rememberFormState(article?.id ?? "new", { fields, slugTouched, dirty });
  }, [article?.id, fields, slugTouched, dirty]);

  useWarnBeforeLeaving(dirty);

  function change<K extends keyof Fields>(key: K, value: Fields[K]) {
    changeSeq.current += 1;
    setDirty(true);
    setFields((prev) => {
      const next = { ...prev, [key]: value };
      if (key === "headline" && !slugTouched) next.slug = slugify(String(value));
      return next;
    });
  }

  function setLeadImage(media: MediaItem | null) {
    changeSeq.current += 1;
    setDirty(true);
    setFields((prev) => ({ ...prev, leadImageId: media?.id ?? null, leadImage: media ? toLeadImageSummary(media) : null }));
  }

  const typed = useTypography<"kicker" | "headline" | "dateline" | "credit" | "teaser" | "seoTitle" | "seoDescription" | "updateNote">(change);

  /** A whole article pasted into an empty form fills headline, teaser and body. */
  function pastePlainArticle(text: string): boolean {
    if (!isEmpty(fields)) return false;
    const parsed = parsePlainArticle(text);
    if (!parsed) return false;
    changeSeq.current += 1;
    setDirty(true);
    setFields((prev) => ({
      ...prev,
      headline: parsed.headline,
      teaser: parsed.teaser,
      body: parsed.body,
      // Agency copy: its dateline ("Berlin (dpa) –") leaves the text for the Ortsmarke and the credit.
      dateline: parsed.dateline || prev.dateline,
      credit: parsed.credit || prev.credit,
      slug: slugTouched ? prev.slug : slugify(parsed.headline),
    }));
    setResetToken((n) => n + 1);
    setNotice(parsed.dateline ? t("pastedDateline", { dateline: parsed.dateline, credit: parsed.credit || "–" }) : t("pastedSorted"));
    return true;
  }

  function fail(result: Extract<ActionResult<unknown>, { ok: false }>) {
    setFieldErrors(result.fieldErrors ?? {});
    setAlert({ kind: result.code === "CONFLICT" ? "conflict" : "error", message: result.message });
    setNotice("");
    if (result.code === "CONFLICT") void recheck(); // perhaps someone took the article over
  }

  function accept(saved: EditableArticle) {
    setArticle(saved);
    setFields((prev) => ({ ...prev, slug: saved.slug }));
    setFieldErrors({});
    setAlert(null);
    if (!article) {
      local.rename(saved.id);
      window.history.replaceState(null, "", `/admin/articles/${saved.id}`);
    }
  }

  /** Saves when needed; returns the saved article, or null when it failed (the form keeps the text). */
  /** `quiet`: a background autosave, which shows no field errors (the person did not ask for it). */
  async function save(mode: "save" | "autosave" = "save", quiet = mode === "autosave"): Promise<EditableArticle | null> {
    if (saving.current) await saving.current;
    const check = checkArticleFields(fields);
    if (!check.ok) {
      if (quiet) return null;
      setFieldErrors(check.fieldErrors);
      setAlert({ kind: "error", message: common("correctFields") });
      return null;
    }
    const seq = changeSeq.current;
    const work = (async () => {
      // A slug nobody typed is left to the server, which picks a free one (…-2) instead of refusing.
      const payload = slugTouched ? fields : { ...fields, slug: "" };
      const result = await saveArticleAction(article ? { id: article.id, version: article.version } : null, payload, mode).catch((error: unknown) => {
        autosave.retryLater(); // the server did not answer (it may be restarting): the text stays, the save is tried again
        throw error;
      });
      if (!result.ok) {
        if (result.code === "UNAVAILABLE") {
          fail({ ...result, message: t("unavailable") });
          autosave.retryLater();
        } else fail(result);
        return null;
      }
      autosave.saved();
      accept(result.data);
      if (changeSeq.current === seq) {
        setDirty(false);
        local.clear();
      }
      const time = new Date(result.data.updatedAt);
      // A live article's autosave is its working copy (readers see nothing yet); its "Update" puts the changes live.
      const savedNotice = result.data.status !== "PUBLISHED" ? t("saved", { time }) : mode === "autosave" ? t("savedWorkingCopy", { time }) : t("updatedLive", { time });
      setLastSaveNotice(savedNotice);
      setNotice(savedNotice, result.data.id);
      return result.data;
    })();
    saving.current = work;
    try {
      return await work;
    } finally {
      saving.current = null;
    }
  }

  // Autosave (see use-autosave.ts); a new article once it has some text.
  const autosave = useAutosave({
    // A new article is first saved once it has a section (the choice is the editor's, not a silent default).
    enabled: dirty && !readOnly && !pending && alert?.kind !== "conflict" && !isEmpty(fields) && !!fields.sectionId,
    change: fields,
    save: () => {
      setNotice(t("saving"));
      void save("autosave").catch(() => setNotice(t("offline")));
    },
  });

  async function run(kind: string, work: () => Promise<void>) {
    setPending(kind);
    try {
      await work();
    } catch {
      setAlert({ kind: "error", message: t("unreachable") });
    } finally {
      setPending(null);
    }
  }

  const onSave = () => run("save", async () => void (await save()));

  const onTransition = (name: TransitionName, argument?: string) =>
    run(name, async () => {
      const question = CONFIRMS[name];
      if (question && !(await confirm({ title: t(question.title), body: t(question.body), confirmLabel: panel(question.button), danger: true }))) return;
      // A live article's changes are saved to its working copy first (submitting them must not publish them).
      const current = SAVES_FIRST.includes(name) && !readOnly && (dirty || !article) ? await save(status === "PUBLISHED" ? "autosave" : "save", false) : article;
      if (!current) return;
      const result = await TRANSITION_ACTIONS[name]({ id: current.id, version: current.version }, argument);
      if (!result.ok) return fail(result);
      accept(result.data);
      setNotice(transitions(`done.${name}`), result.data.id);
      // Sent back: this article is the author's again; on to the next in the queue.
      if (name === "requestChanges") router.push("/admin/review");
      // Review notes and the navigation count; not for a form that began at /new,
      // whose route is still /new to the router (a refresh would remount it).
      else if (initial) router.refresh();
    });

  /** Back to the live text: the working copy is thrown away (it stays in the revisions). */
  const onDiscardChanges = () =>
    run("discard", async () => {
      if (!article) return;
      if (!(await confirm({ title: banners("confirmDiscard"), body: banners("confirmDiscardBody"), confirmLabel: banners("discardChanges"), danger: true }))) return;
      if (saving.current) await saving.current;
      const result = await discardWorkingCopyAction({ id: article.id, version: article.version });
      if (!result.ok) return fail(result);
      accept(result.data);
      changeSeq.current += 1;
      setFields(fieldsOf(result.data));
      setResetToken((n) => n + 1);
      setDirty(false);
      local.clear();
      setNotice(banners("discarded"), result.data.id);
    });

  const onTakeOver = () =>
    run("takeover", async () => {
      if (!lock || lock.state !== "held") return;
      const who = lock.byYou ? t("yourOtherWindow") : lock.holderName;
      if (!(await confirm({ title: t("confirmTakeOver", { who }), body: t("confirmTakeOverBody"), confirmLabel: t("takeOverButton") }))) return;
      await takeOver();
      setAlert(null);
    });

  const status = article?.status ?? "DRAFT";
  const allowed = article ? article.transitions : newArticleTransitions;
  const has = (name: TransitionName) => allowed.includes(name);
  const checks = prepublishCheck({ ...fields, bodyEmpty: !bodyText(fields.body).trim(), bodyStart: openingText(fields.body) });

  return (
    <form
      className="grid gap-6 lg:grid-cols-[1fr_19rem]"
      onSubmit={(event) => {
        event.preventDefault();
        if (!readOnly) void onSave();
      }}
      noValidate
    >
      <div className="min-w-0 space-y-5">
        {article ? (
          // From the first save on (a new article gets its address then, without a reload).
          <p className="text-sm">
            <Link href={`/admin/articles/${article.id}/live`} className="font-semibold underline">
              {page("liveTicker")}
            </Link>{" "}
            <span className="text-neutral-600 dark:text-neutral-400">{page("liveTickerHint")}</span>
          </p>
        ) : null}
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">{article ? t("edit") : t("new")}</h1>
          {article ? (
            <Link href={`/admin/articles/${article.id}/revisions`} className="text-sm underline">
              {t("revisions")}
            </Link>
          ) : null}
        </div>
        <EditorBanners
          offerSavedAt={local.offer?.savedAt ?? null}
          onRestore={() => {
            setFields(local.offer!.fields);
            setResetToken((n) => n + 1);
            changeSeq.current += 1;
            setDirty(true);
            local.dismiss();
            setNotice(t("restoredLocal"));
          }}
          onDiscard={local.dismiss}
          lock={lock}
          onTakeOver={() => void onTakeOver()}
          workingCopy={article?.workingCopy ?? null}
          onDiscardChanges={!readOnly ? () => void onDiscardChanges() : null}
        />
        {alert ? <FormAlert title={alert.kind === "conflict" ? t("notSavedConflict") : t("notSaved")}>{alert.message}</FormAlert> : null}
        {article && !article.permissions.edit ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t("readOnly")}</p>
        ) : null}
        {!article ? (
          <SectionAndAddress parts="section" sections={sections} sectionId={fields.sectionId} slug={fields.slug} errors={fieldErrors} readOnly={readOnly} onSection={(id) => change("sectionId", id)} onSlug={() => {}} />
        ) : null}
        <Field label={t("kicker")} value={fields.kicker} onChange={typed("kicker")} maxLength={LIMITS.kicker} errors={fieldErrors.kicker} hint={t("kickerHint")} readOnly={readOnly} />
        <Field
          label={t("headline")}
          value={fields.headline}
          onChange={typed("headline")}
          onPaste={(e) => {
            if (pastePlainArticle(e.clipboardData.getData("text/plain"))) e.preventDefault();
          }}
          maxLength={LIMITS.headline}
          errors={fieldErrors.headline}
          data-check="headline"
          readOnly={readOnly}
          className="[&_input]:font-serif [&_input]:text-2xl [&_input]:font-bold"
        />
        <TextAreaField data-check="teaser" label={t("teaser")} value={fields.teaser} onChange={typed("teaser")} maxLength={LIMITS.teaser} rows={3} errors={fieldErrors.teaser} readOnly={readOnly} />
        <LeadImageField
          check="leadImage"
          image={fields.leadImage}
          readOnly={readOnly}
          errors={fieldErrors.leadImageId}
          onRemove={() => setLeadImage(null)}
          onChoose={() => picker.open(t("chooseLeadImage"), setLeadImage)}
        />
        <div className="flex flex-wrap gap-x-4 gap-y-5">
          <Field label={t("dateline")} value={fields.dateline} onChange={typed("dateline")} maxLength={LIMITS.dateline} errors={fieldErrors.dateline} hint={t("datelineHint")} readOnly={readOnly} className="w-full max-w-xs" />
          <Field label={t("credit")} value={fields.credit} onChange={typed("credit")} maxLength={LIMITS.credit} errors={fieldErrors.credit} hint={t("creditHint")} readOnly={readOnly} className="w-full max-w-xs" />
        </div>
        <BodyField
          value={fields.body}
          onChange={(doc) => change("body", doc)}
          readOnly={readOnly}
          errors={fieldErrors.body}
          resetToken={resetToken}
          onPastePlainText={pastePlainArticle}
          searchLinks={searchLinkTargetsAction}
          onPickImage={(insert) => picker.open(t("insertImage"), (media) => insert(media.id))}
        />
        <Counters headline={fields.headline} teaser={fields.teaser} body={fields.body} />
      </div>

      <aside className="min-w-0 space-y-5 lg:sticky lg:top-4 lg:self-start" aria-label={t("publishing")}>
        <PublishingPanel
          status={status}
          transitions={allowed}
          canEdit={!readOnly}
          dirty={dirty}
          pending={pending}
          notice={dirty && notice === lastSaveNotice ? "" : notice}
          scheduledAt={article?.scheduledAt ?? null}
          trashedAt={article?.trashedAt ?? null}
          livePath={article?.path ?? null}
          notes={notes}
          onSave={() => void onSave()}
          onTransition={(name, argument) => void onTransition(name, argument)}
        />
        {!readOnly && (has("publish") || has("schedule") || has("submit")) ? <PrepublishChecklist items={checks} /> : null}
        <SectionAndAddress
          parts={article ? "both" : "address"}
          sections={sections}
          sectionId={fields.sectionId}
          slug={fields.slug}
          errors={fieldErrors}
          readOnly={readOnly}
          onSection={(id) => change("sectionId", id)}
          onSlug={(slug) => {
            setSlugTouched(true);
            change("slug", slug);
          }}
        />
        <SeoAndCorrection
          published={status === "PUBLISHED"}
          values={{ seoTitle: fields.seoTitle, seoDescription: fields.seoDescription, updateNote: fields.updateNote }}
          onChange={typed}
          errors={fieldErrors}
          readOnly={readOnly}
        />
        <TagPicker
          tags={tags}
          selected={fields.tagIds}
          onChange={(ids) => change("tagIds", ids)}
          disabled={readOnly}
          canCreate={canCreateTags}
        />
        <RelatedPicker options={relatedOptions.filter((o) => o.id !== article?.id)} selected={fields.relatedIds} onChange={(ids) => change("relatedIds", ids)} disabled={readOnly} />
        {article ? (
          <BylineEditor
            authors={article.authors}
            people={people}
            canChange={article.permissions.changeAuthor && !readOnly}
            onSave={async (ids) => {
              const result = await changeAuthorsAction({ id: article.id, version: article.version }, ids);
              if (!result.ok) return fail(result);
              accept(result.data);
              setNotice(t("bylineSaved"), result.data.id);
            }}
          />
        ) : null}
        {article ? <SharePreview articleId={article.id} links={previewLinks} beforePreview={async () => (readOnly || !dirty ? true : !!(await save()))} /> : null}
      </aside>
      {picker.element}
      {confirmDialog}
    </form>
  );
}
