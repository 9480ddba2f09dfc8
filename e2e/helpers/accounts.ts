import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import { exec } from "./db";

export const e2eDataDir = path.resolve(".e2e", "data");
export const adminStorageState = path.resolve(".e2e", "admin.json");

/** The first account, created through /setup by the setup journey. */
export const ADMIN = { name: "Ada Admin", email: "ada@redaktion.test", password: "korrekt Pferd Batterie Klammer" };

export { count } from "./db";

type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR";

/**
 * Adds an account the way an admin will in the users issue (there is no user
 * management screen yet): argon2id hash with the app's parameters.
 */
export async function createAccount(role: Role, name = `${role.toLowerCase()} ${randomBytes(3).toString("hex")}`) {
  const email = `${name.replace(/\W+/g, ".").toLowerCase()}@redaktion.test`;
  const password = `passwort ${randomBytes(6).toString("hex")}`;
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const id = `e2e${randomBytes(10).toString("hex")}`;
  const now = new Date();
  await exec(
    `INSERT INTO "User" ("id", "name", "email", "passwordHash", "role", "sessionVersion", "disabled", "bio", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, 0, ?, '', ?, ?)`,
    [id, name, email, passwordHash, role, false, now, now],
  );
  return { id, name, email, password, role };
}

/** Signs in through the form, in whatever language the browser gets it (fields found by name), and waits for the article list. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  // Several people sign in at once in some journeys (a password check and the newsroom's first render each).
  await expect(page).toHaveURL(/\/admin$/, { timeout: 15_000 });
  await expect(page.getByRole("link", { name: /^(New article|Neuer Artikel)$/ })).toBeVisible();
}

/** A Content API key, stored as the Integrations page stores one (hashed); returns the key itself. */
export async function insertApiKey(name: string): Promise<string> {
  const key = `rk_${randomBytes(24).toString("base64url")}`;
  await exec(`INSERT INTO "ApiKey" ("id", "name", "prefix", "hash", "corsOrigins", "rateLimit", "createdAt") VALUES (?, ?, ?, ?, '', 6000, ?)`, [
    `key${randomBytes(8).toString("hex")}`,
    name,
    key.slice(0, 9),
    createHash("sha256").update(key).digest("hex"),
    new Date(),
  ]);
  return key;
}
