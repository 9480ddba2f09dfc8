"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { useNewsroomDate } from "@/i18n/client";
import { Button } from "@/components/ui/Button";
import { CopyableLink } from "@/components/ui/CopyableLink";
import type { PreviewLinkRow } from "@/modules/articles/previews";
import { createPreviewLinkAction, revokePreviewLinkAction } from "./actions/preview-links";

const DURATIONS = [1, 24, 48, 168];

/** Preview of the saved draft, and links that show it to someone signed out. */
export function SharePreview({ articleId, links: initialLinks, beforePreview }: { articleId: string; links: PreviewLinkRow[]; beforePreview: () => Promise<boolean> }) {
  // Kept here, not re-read from the server: a refresh of the route would remount a form begun at /new.
  const router = useRouter();
  const [links, setLinks] = useState(initialLinks);
  const [hours, setHours] = useState(48);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("articles.share");
  const date = useNewsroomDate();

  async function openPreview() {
    // Open the window first (pop-up blockers allow it only on the click), then save and point it at the preview.
    const win = window.open("about:blank", "_blank");
    if (!(await beforePreview())) return win?.close();
    if (win) win.location.href = `/admin/articles/${articleId}/preview`;
    else router.push(`/admin/articles/${articleId}/preview`); // pop-ups blocked: open it here
  }

  async function share() {
    setError(null);
    if (!(await beforePreview())) return;
    const result = await createPreviewLinkAction(articleId, hours);
    if (!result.ok) return setError(result.message);
    setCreated(new URL(result.data.path, window.location.origin).toString());
    setLinks((list) => [result.data.link, ...list]);
  }

  return (
    <section aria-labelledby="preview-heading" className="space-y-3 rounded border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="preview-heading" className="text-sm font-semibold">
        {t("heading")}
      </h2>
      <Button type="button" variant="secondary" onClick={() => void openPreview()}>
        {t("open")}
      </Button>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block">{t("worksFor")}</span>
          <select
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
            className="mt-1 rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
          >
            {DURATIONS.map((h) => (
              <option key={h} value={h}>
                {h < 24 ? t("hours", { hours: h }) : t("days", { days: h / 24 })}
              </option>
            ))}
          </select>
        </label>
        <Button type="button" variant="secondary" onClick={() => void share()}>
          {t("share")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {created ? <CopyableLink label={t("link")} url={created} /> : null}
      {links.length > 0 ? (
        <ul className="space-y-2 text-sm" aria-label={t("links")}>
          {links.map((link) => (
            <li key={link.id} className="flex items-center justify-between gap-2">
              <span>
                {link.revoked ? t("revoked") : link.active ? t("activeUntil", { at: date(link.expiresAt) }) : t("expired", { at: date(link.expiresAt) })}
                <span className="block text-xs text-neutral-600 dark:text-neutral-400">{t("by", { name: link.createdBy })}</span>
              </span>
              {link.active ? (
                <Button
                  type="button"
                  variant="danger"
                  aria-label={t("revokeLabel", { at: date(link.createdAt) })}
                  onClick={async () => {
                    const result = await revokePreviewLinkAction(link.id);
                    if (!result.ok) return setError(result.message);
                    setLinks((list) => list.map((l) => (l.id === link.id ? { ...l, active: false, revoked: true } : l)));
                  }}
                >
                  {t("revoke")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
