"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl/react";
import { useConfirm } from "@/components/ui/ConfirmDialog";
import { Button } from "@/components/ui/Button";
import { restoreRevisionAction } from "../../actions/restore-revision";

export function RestoreButton({ articleId, version, revisionId, revisionVersion }: { articleId: string; version: number; revisionId: string; revisionVersion: number }) {
  const router = useRouter();
  const t = useTranslations("revisions");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirm, dialog] = useConfirm();
  return (
    <span>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          if (!(await confirm({ title: t("confirmRestore", { version: revisionVersion }), confirmLabel: t("restore", { version: revisionVersion }) }))) return;
          setPending(true);
          const result = await restoreRevisionAction({ id: articleId, version }, revisionId);
          setPending(false);
          if (!result.ok) return setError(result.message);
          router.push(`/admin/articles/${articleId}`);
        }}
      >
        {t("restore", { version: revisionVersion })}
      </Button>
      {error ? (
        <span role="alert" className="block text-xs text-red-700">
          {error}
        </span>
      ) : null}
      {dialog}
    </span>
  );
}
