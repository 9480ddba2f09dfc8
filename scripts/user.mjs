#!/usr/bin/env node
// For the day the only administrator forgot the password, or there is none:
//   npm run user -- reset-password <email>        prints a one-time link (a day) to choose a new password
//   npm run user -- create-admin <email> <name>   creates an administrator and prints the link to choose a password (7 days)
// Works on the database `npm start` uses (DATA_DIR / DATABASE_URL), SQLite or
// PostgreSQL, with or without a running server. The link is printed, not
// mailed: pass it on the way you trust.
import { createHash, randomBytes } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { ConfigError, readConfig } from "../server/config.mjs";
import { isPostgresUrl, resolveDatabaseUrl } from "../server/runtime-config.mjs";

const DAY = 24 * 3600_000;
const [command, emailArg, ...nameParts] = process.argv.slice(2);
const usage = "Usage: npm run user -- reset-password <email>\n       npm run user -- create-admin <email> <name>";

function fail(message) {
  console.error(message);
  process.exit(1);
}

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
if (command !== "reset-password" && command !== "create-admin") fail(usage);
const email = String(emailArg ?? "").trim().toLowerCase();
if (!/^[^\s@]+@[^\s@]+$/.test(email)) fail(`${command}: give the person's email address.\n${usage}`);

const url = resolveDatabaseUrl(process.env);
const onPostgres = isPostgresUrl(url);
const pool = onPostgres ? new pg.Pool({ connectionString: url, max: 1 }) : null;
const sqlite = onPostgres ? null : new Database(url.slice("file:".length), { fileMustExist: true });
sqlite?.pragma("busy_timeout = 5000");

/** One statement on either database: `?` placeholders, dates as the app stores them. */
async function query(sql, params = []) {
  if (pool) {
    let n = 0;
    const result = await pool.query(sql.replace(/\?/g, () => `$${++n}`), params.map((p) => (p instanceof Date ? p.toISOString() : p)));
    return result.rows;
  }
  const values = params.map((p) => (p instanceof Date ? p.toISOString().replace("Z", "+00:00") : typeof p === "boolean" ? Number(p) : p));
  const statement = sqlite.prepare(sql);
  if (statement.reader) return statement.all(...values);
  statement.run(...values);
  return [];
}

const id = () => `c${randomBytes(12).toString("hex")}`;
const hashToken = (token) => createHash("sha256").update(token).digest("hex");

async function link(userId, purpose, ttl) {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  // One live link per person, valid under the person's present sessionVersion (as src/modules/users/service.ts makes them).
  await query(`UPDATE "Invitation" SET "usedAt" = ? WHERE "userId" = ? AND "usedAt" IS NULL`, [now, userId]);
  const [{ sessionVersion }] = await query(`SELECT "sessionVersion" FROM "User" WHERE "id" = ?`, [userId]);
  await query(`INSERT INTO "Invitation" ("id", "tokenHash", "userId", "createdById", "expiresAt", "usedAt", "createdAt", "purpose", "sessionVersion") VALUES (?, ?, ?, NULL, ?, NULL, ?, ?, ?)`, [
    id(),
    hashToken(token),
    userId,
    new Date(now.getTime() + ttl),
    now,
    purpose,
    Number(sessionVersion),
  ]);
  return { url: `${config.site.url}/invite/${token}`, expiresAt: new Date(now.getTime() + ttl) };
}

async function audit(action, userId, detail) {
  await query(`INSERT INTO "AuditEvent" ("id", "at", "actorId", "actorEmail", "action", "targetType", "targetId", "ip", "outcome", "detail") VALUES (?, ?, NULL, 'shell', ?, 'user', ?, '', 'ok', ?)`, [id(), new Date(), action, userId, detail]);
}

try {
  const [user] = await query(`SELECT "id", "name", "disabled" FROM "User" WHERE "email" = ?`, [email]);
  if (command === "reset-password") {
    if (!user) fail(`No account has the email ${email}. To add an administrator: npm run user -- create-admin ${email} "<name>"`);
    if (user.disabled === true || user.disabled === 1) fail(`The account of ${email} is disabled; an administrator enables it first (or: npm run user -- create-admin with another email).`);
    const { url: resetUrl, expiresAt } = await link(user.id, "reset", DAY);
    await audit("user.reset-link", user.id, `${email} (from the shell)`);
    console.log(`Password reset link for ${user.name} <${email}>, valid once until ${expiresAt.toISOString()}:\n${resetUrl}`);
  } else {
    const name = nameParts.join(" ").trim();
    if (!name) fail(`create-admin: give the person's name too.\n${usage}`);
    if (user) fail(`An account with the email ${email} exists already: npm run user -- reset-password ${email}`);
    const userId = id();
    const now = new Date();
    await query(`INSERT INTO "User" ("id", "name", "email", "passwordHash", "role", "sessionVersion", "disabled", "bio", "createdAt", "updatedAt") VALUES (?, ?, ?, NULL, 'ADMIN', 0, ?, '', ?, ?)`, [
      userId,
      name,
      email,
      false,
      now,
      now,
    ]);
    const { url: inviteUrl, expiresAt } = await link(userId, "invite", 7 * DAY);
    await audit("user.invite", userId, `${email} as ADMIN (from the shell)`);
    console.log(`Administrator ${name} <${email}> created. Link to choose the password, valid once until ${expiresAt.toISOString()}:\n${inviteUrl}`);
  }
} catch (error) {
  fail(`The database at ${onPostgres ? "the PostgreSQL server" : path.dirname(url.slice("file:".length))} could not be used: ${error instanceof Error ? error.message : error}. Has \`npm start\` run once (it creates the database)?`);
} finally {
  sqlite?.close();
  await pool?.end();
}
