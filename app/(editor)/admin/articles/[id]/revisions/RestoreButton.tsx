"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { restoreRevisionAction } from "../../actions/restore-revision";

export function RestoreButton({ articleId, version, revisionId, label }: { articleId: string; version: number; revisionId: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <span>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          if (!window.confirm(`${label}? Its text becomes a new version; nothing is deleted.`)) return;
          setPending(true);
          const result = await restoreRevisionAction({ id: articleId, version }, revisionId);
          setPending(false);
          if (!result.ok) return setError(result.message);
          router.push(`/admin/articles/${articleId}`);
        }}
      >
        {label}
      </Button>
      {error ? (
        <span role="alert" className="block text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
