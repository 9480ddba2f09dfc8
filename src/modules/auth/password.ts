import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum profile (19 MiB, 2 passes, 1 lane): memory-hard,
// no 72-byte truncation as in bcrypt, and a prebuilt binary that needs no compiler.
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, not importable under isolatedModules)
export const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), HASH_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash (unknown account) it verifies
 * against a dummy hash anyway, so both cases take the same time.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const target = stored ?? (await (dummyHash ??= hashPassword("redaktion-dummy-password-for-timing")));
  try {
    const ok = await verify(target, password.normalize("NFC"));
    return ok && !!stored;
  } catch {
    return false;
  }
}
