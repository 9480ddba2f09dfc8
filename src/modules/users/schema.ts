// Account fields, shared by the setup form and the server.
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN = 12;
// Long passphrases are welcome; the cap only stops a hashing denial of service.
export const PASSWORD_MAX = 256;

export const passwordSchema = z
  .string({ error: "Password is required." })
  .min(PASSWORD_MIN, `Password: at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Password: at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), "Password: this one is on lists of very common passwords; choose another.");

export const emailSchema = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .min(1, "Email is required.")
  .max(254, "Email: at most 254 characters.")
  .pipe(z.email("Email: enter an address like name@example.com."));

export const nameSchema = z
  .string({ error: "Name is required." })
  .trim()
  .min(1, "Name is required.")
  .max(100, "Name: at most 100 characters.");

export const setupSchema = z.object({ name: nameSchema, email: emailSchema, password: passwordSchema });
export type SetupInput = z.input<typeof setupSchema>;
