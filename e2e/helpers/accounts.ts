import { randomBytes } from "node:crypto";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";

export const e2eDataDir = path.resolve(".e2e", "data");
export const adminStorageState = path.resolve(".e2e", "admin.json");

/** The first account, created through /setup by the setup journey. */
export const ADMIN = { name: "Ada Admin", email: "ada@redaktion.test", password: "korrekt Pferd Batterie Klammer" };

/** The test database the server under test uses (read-only questions and test accounts). */
export function openDb() {
  const db = new Database(path.join(e2eDataDir, "redaktion.db"));
  db.pragma("busy_timeout = 5000");
  return db;
}

export function count(table: string, where = "1=1", params: unknown[] = []): number {
  const db = openDb();
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE ${where}`).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

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
  const now = new Date().toISOString().replace("Z", "+00:00");
  const db = openDb();
  try {
    db.prepare(
      `INSERT INTO "User" (id, name, email, passwordHash, role, sessionVersion, disabled, bio, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, 0, 0, '', ?, ?)`,
    ).run(id, name, email, passwordHash, role, now, now);
  } finally {
    db.close();
  }
  return { id, name, email, password, role };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
}
