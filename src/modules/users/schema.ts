// Account fields, shared by the setup form and the server.
import { z } from "zod";
import { msg } from "@/i18n/message";
import { typedText } from "@/lib/text";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN = 12;
// Long passphrases are welcome; the cap only stops a hashing denial of service.
export const PASSWORD_MAX = 256;

export const passwordSchema = z
  .string({ error: msg("users.passwordRequired") })
  .min(PASSWORD_MIN, msg("users.passwordTooShort", { min: PASSWORD_MIN }))
  .max(PASSWORD_MAX, msg("users.passwordTooLong", { max: PASSWORD_MAX }))
  .refine((p) => !isCommonPassword(p), msg("users.passwordCommon"));

export const emailSchema = z
  .string({ error: msg("users.emailRequired") })
  .trim()
  .toLowerCase()
  .min(1, msg("users.emailRequired"))
  .max(254, msg("users.emailTooLong"))
  .pipe(z.email(msg("users.emailInvalid")));

// Names appear in bylines: one line, no direction controls that could make one name look like another.
export const nameSchema = z
  .unknown()
  .refine((v) => typeof v === "string", msg("validation.required", { field: msg("users.field.name") }))
  .pipe(typedText(msg("users.field.name"), 100))
  .pipe(z.string().min(1, msg("validation.required", { field: msg("users.field.name") })));

export const setupSchema = z.object({ name: nameSchema, email: emailSchema, password: passwordSchema });

export const ROLES = ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"] as const;
export const roleSchema = z.enum(ROLES, { error: msg("users.roleInvalid") });

export const inviteSchema = z.object({ name: nameSchema, email: emailSchema, role: roleSchema });
export const profileSchema = z.object({
  name: nameSchema,
  bio: typedText(msg("users.field.bio"), 1000, "lines"),
  // The author page's photo from the media library; null removes it, left out keeps it.
  photoId: z
    .string({ error: msg("users.photoChoose") })
    .regex(/^[a-f0-9]{24}$/, msg("users.photoChoose"))
    .nullable()
    .optional(),
});
/** The newsroom language a person chose; null: automatic (their browser's). */
export const localeSchema = z.object({ locale: z.enum(["de", "en"], { error: msg("users.localeInvalid") }).nullable() });
export const passwordChangeSchema = z.object({
  currentPassword: z.string({ error: msg("users.currentPasswordRequired") }).min(1, msg("users.currentPasswordRequired")).max(1024),
  newPassword: passwordSchema,
});
export const acceptInvitationSchema = z.object({ token: z.string().min(10).max(200), password: passwordSchema });
