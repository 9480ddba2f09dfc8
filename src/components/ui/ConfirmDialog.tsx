"use client";

import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "use-intl/react";
import { Button } from "./Button";

export type ConfirmRequest = {
  /** The question, as the dialog's heading and accessible name ("Unpublish this article?"). */
  title: string;
  /** What happens, in a sentence or two. */
  body?: ReactNode;
  /** The button that does it, named by what it does ("Unpublish"), never "OK". */
  confirmLabel: string;
  /** Destructive: the confirm button is red, and focus starts on "Cancel". */
  danger?: boolean;
};

type Open = ConfirmRequest & { answer: (yes: boolean) => void };

/**
 * An in-page replacement for `window.confirm()`: a modal `<dialog>` with a
 * heading, a sentence and two named buttons, in the person's language. It
 * keeps focus inside, Esc cancels, and focus returns to the button that asked.
 *
 *   const [confirm, dialog] = useConfirm();
 *   if (!(await confirm({ title, confirmLabel, danger: true }))) return;
 *   …
 *   return <>{…}{dialog}</>;
 */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const [open, setOpen] = useState<Open | null>(null);
  const confirm = useCallback(
    (request: ConfirmRequest) =>
      new Promise<boolean>((resolve) => {
        setOpen({ ...request, answer: resolve });
      }),
    [],
  );
  const element = open ? (
    <ConfirmDialog
      {...open}
      onAnswer={(yes) => {
        open.answer(yes);
        setOpen(null);
      }}
    />
  ) : null;
  return [confirm, element];
}

function ConfirmDialog({ title, body, confirmLabel, danger, onAnswer }: ConfirmRequest & { onAnswer: (yes: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const t = useTranslations("common");

  useEffect(() => {
    const d = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open) d.showModal();
    (danger ? cancelButton : confirmButton).current?.focus();
    return () => {
      d?.close();
      opener?.focus();
    };
  }, [danger]);

  // In <body>, not inside a <form> that may have asked (forms cannot nest, and Enter must not submit it).
  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={body ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
      className="m-auto w-[min(30rem,92vw)] rounded-lg p-0 backdrop:bg-black/50 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="space-y-3 p-5">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        {body ? (
          <div id={bodyId} className="text-sm">
            {body}
          </div>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <Button ref={cancelButton} type="button" variant="secondary" onClick={() => onAnswer(false)}>
            {t("cancel")}
          </Button>
          <Button ref={confirmButton} type="button" variant={danger ? "dangerSolid" : "primary"} onClick={() => onAnswer(true)}>
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}
