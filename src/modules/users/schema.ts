// Account fields, shared by the setup form and the server.
import { z } from "zod";
import { typedText } from "@/lib/text";
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

// Names appear in bylines: one line, no direction controls that could make one name look like another.
export const nameSchema = z
  .unknown()
  .refine((v) => typeof v === "string", "Name is required.")
  .pipe(typedText("Name", 100))
  .pipe(z.string().min(1, "Name is required."));

export const setupSchema = z.object({ name: nameSchema, email: emailSchema, password: passwordSchema });

export const ROLES = ["ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR"] as const;
export const roleSchema = z.enum(ROLES, { error: "Role: choose one of admin, editor, author, contributor." });

export const inviteSchema = z.object({ name: nameSchema, email: emailSchema, role: roleSchema });
export const profileSchema = z.object({
  name: nameSchema,
  bio: typedText("Bio", 1000, "lines"),
  // The author page's photo from the media library; null removes it, left out keeps it.
  photoId: z
    .string({ error: "Photo: choose it from the media library." })
    .regex(/^[a-f0-9]{24}$/, "Photo: choose it from the media library.")
    .nullable()
    .optional(),
});
export const passwordChangeSchema = z.object({
  currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(1024),
  newPassword: passwordSchema,
});
export const acceptInvitationSchema = z.object({ token: z.string().min(10).max(200), password: passwordSchema });
