"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { Button } from "@/components/ui/Button";
import type { UserRow } from "@/modules/users/queries";
import { ROLES } from "@/modules/users/schema";
import { useNewsroomDate } from "@/i18n/client";
import { CopyableLink } from "@/components/ui/CopyableLink";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { changeRoleAction, issuePasswordResetAction, reissueInvitationAction, revokeInvitationAction, setUserDisabledAction, unlockSignInAction } from "./actions";

export function UserControls({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [reset, setReset] = useState<{ url: string; expiresAt: string; mailed: boolean } | null>(null);
  const t = useTranslations("users");
  const date = useNewsroomDate();
  const [confirm, dialog] = useConfirm();

  async function apply(work: () => Promise<{ ok: boolean; message?: string }>) {
    setPending(true);
    setError(null);
    try {
      const result = await work();
      if (!result.ok) setError(result.message ?? null);
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        {t("roleOf", { name: user.name })}
      </label>
      <select
        id={`role-${user.id}`}
        value={user.role}
        disabled={pending}
        onChange={(e) => void apply(() => changeRoleAction(user.id, e.target.value))}
        className="rounded border border-neutral-400 px-2 py-1 text-sm dark:border-neutral-600 dark:bg-neutral-900"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roleOption.${r}`)}
          </option>
        ))}
      </select>
      {!isSelf ? (
        <Button
          type="button"
          variant={user.disabled ? "secondary" : "danger"}
          disabled={pending}
          aria-label={user.disabled ? t("enableLabel", { name: user.name }) : t("disableLabel", { name: user.name })}
          onClick={() => void apply(() => setUserDisabledAction(user.id, !user.disabled))}
        >
          {user.disabled ? t("enable") : t("disable")}
        </Button>
      ) : null}
      {!user.disabled && !user.bylineOnly ? (
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          aria-label={user.pending ? t("reinviteLabel", { name: user.name }) : t("resetLabel", { name: user.name })}
          onClick={async () => {
            setPending(true);
            setError(null);
            try {
              const result = await (user.pending ? reissueInvitationAction(user.id) : issuePasswordResetAction(user.id));
              if (!result.ok) setError(result.message);
              else setReset({ url: new URL(result.data.linkPath, window.location.origin).toString(), expiresAt: result.data.expiresAt, mailed: result.data.mailed });
              if (result.ok) router.refresh();
            } finally {
              setPending(false);
            }
          }}
        >
          {user.pending ? t("reinvite") : t("reset")}
        </Button>
      ) : null}
      {(user.pending && !user.disabled) || user.resetLinkUntil ? (
        // One link to take back: an invitation nobody accepted (the account goes), or an open reset link (the account stays).
        <Button
          type="button"
          variant="danger"
          disabled={pending}
          aria-label={user.pending ? t("revokeLabel", { name: user.name }) : t("revokeLinkLabel", { name: user.name })}
          onClick={async () => {
            const question = user.pending
              ? { title: t("confirmRevoke", { name: user.name }), body: t("confirmRevokeBody"), confirmLabel: t("revoke") }
              : { title: t("confirmRevokeLink", { name: user.name }), body: t("confirmRevokeLinkBody"), confirmLabel: t("revokeLink") };
            if (await confirm({ ...question, danger: true })) {
              setReset(null);
              void apply(() => revokeInvitationAction(user.id));
            }
          }}
        >
          {user.pending ? t("revoke") : t("revokeLink")}
        </Button>
      ) : null}
      {reset ? (
        <div className="w-full">
          <CopyableLink label={user.pending ? t("reinviteLink", { name: user.name }) : t("resetLink", { name: user.name })} url={reset.url} />
          <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{user.pending ? t("reinviteCreated", { name: user.name, at: date(reset.expiresAt) }) : t("resetCreated", { name: user.name, at: date(reset.expiresAt) })}</p>
          {reset.mailed ? <p className="mt-1 text-xs text-green-800 dark:text-green-300">{t("mailed", { email: user.email })}</p> : null}
        </div>
      ) : null}
      {user.lockedUntil ? (
        <>
          <span className="text-sm text-red-800">{t("lockedUntil", { at: date(user.lockedUntil) })}</span>
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            aria-label={t("unlockLabel", { name: user.name })}
            onClick={() => void apply(() => unlockSignInAction(user.id))}
          >
            {t("unlock")}
          </Button>
        </>
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {dialog}
    </div>
  );
}
