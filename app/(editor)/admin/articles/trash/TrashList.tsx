"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { ArticleTable } from "@/components/editor/ArticleTable";
import { Button } from "@/components/ui/Button";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { FormAlert, UNREACHABLE } from "@/components/ui/FormAlert";
import type { NewsroomRow } from "@/modules/articles/dto";
import { purgeArticleAction, restoreFromTrashAction } from "../actions/trash-article";

/** The trash: restore (as a draft) for whoever may; delete for good for admins, after an in-page question. */
export function TrashList({ articles, canPurge }: { articles: NewsroomRow[]; canPurge: boolean }) {
  const t = useTranslations("trash");
  const router = useRouter();
  const [confirm, dialog] = useConfirm();
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function act(a: NewsroomRow, work: () => Promise<{ ok: true } | { ok: false; message: string }>, done: string) {
    setBusy(a.id);
    try {
      const result = await work();
      setOutcome(result.ok ? { ok: true, text: done } : { ok: false, text: result.message });
      if (result.ok) router.refresh();
    } catch {
      setOutcome({ ok: false, text: UNREACHABLE });
    } finally {
      setBusy(null);
    }
  }

  const name = (a: NewsroomRow) => a.headline || t("noHeadline");
  return (
    <>
      <p role="status" className="mt-4 min-h-5 text-sm font-semibold text-green-800 dark:text-green-300">
        {outcome?.ok ? outcome.text : null}
      </p>
      {outcome && !outcome.ok ? <FormAlert title={t("failed")}>{outcome.text}</FormAlert> : null}
      {articles.length === 0 ? <p className="mt-2">{t("empty")}</p> : null}
      {articles.length === 0 ? null : <ArticleTable
        articles={articles}
        caption={t("caption")}
        dateLabel={t("deletedAt")}
        date={(a) => a.trashedAt ?? a.updatedAt}
        actionsLabel={t("actions")}
        actions={(a) => (
          <>
            <Button
              type="button"
              variant="secondary"
              disabled={busy !== null}
              aria-label={t("restoreNamed", { headline: name(a) })}
              onClick={() => void act(a, () => restoreFromTrashAction({ id: a.id, version: a.version }), t("restored", { headline: name(a) }))}
            >
              {t("restore")}
            </Button>
            {canPurge ? (
              <Button
                type="button"
                variant="danger"
                disabled={busy !== null}
                aria-label={t("purgeNamed", { headline: name(a) })}
                onClick={async () => {
                  const yes = await confirm({ title: t("confirmPurge", { headline: name(a) }), body: t("confirmPurgeBody"), confirmLabel: t("purge"), danger: true });
                  if (yes) await act(a, () => purgeArticleAction(a.id), t("purged", { headline: name(a) }));
                }}
              >
                {t("purge")}
              </Button>
            ) : null}
          </>
        )}
      />}
      {dialog}
    </>
  );
}
