"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/errors";
import { UNREACHABLE } from "./FormAlert";

export type FormOutcome = { errors: FieldErrors; message: string | null; done: string | null };
const idle: FormOutcome = { errors: {}, message: null, done: null };

/** The outcome of a refused action, for the form to show next to its fields. */
export function refused(result: Extract<ActionResult<unknown>, { ok: false }>): FormOutcome {
  return { errors: result.fieldErrors ?? {}, message: result.message, done: null };
}

export function succeeded(done: string | null = null): FormOutcome {
  return { ...idle, done };
}

/**
 * State for a form backed by a server action: field errors, one message,
 * a success line, and "pending"; a network failure becomes a plain message.
 */
export function useActionForm() {
  const [outcome, setOutcome] = useState<FormOutcome>(idle);
  const [pending, setPending] = useState(false);
  async function submit(work: () => Promise<FormOutcome>) {
    setPending(true);
    try {
      setOutcome(await work());
    } catch {
      setOutcome({ ...idle, message: UNREACHABLE });
    } finally {
      setPending(false);
    }
  }
  return { outcome, pending, submit, setOutcome };
}
