// What `npm start` checks before it migrates, builds or serves anything, so a
// wrong folder or a taken port ends at once with one line that names it and
// exit code 1 (instead of a stack trace, or a server that never comes up).
// Plain JavaScript: server/start.mjs runs before anything is compiled.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const REASONS = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  ENOTDIR: "a part of the path is a file",
  ENOENT: "the folder above it does not accept new folders (a system folder such as /proc?)",
  EEXIST: "something that is not a folder is in the way",
};

const reason = (error) => REASONS[error?.code] ?? String(error?.message ?? error);

/**
 * Makes sure the data folder exists and can be written to. Creates missing
 * folders one level at a time (Node's recursive mkdir can loop forever on
 * /proc) and proves the folder writable with a probe file.
 * Returns null, or a sentence for a person.
 */
export function prepareDataDir(dir) {
  const target = path.resolve(dir);
  let existing = target;
  const missing = [];
  for (;;) {
    let stat = null;
    try {
      stat = fs.statSync(existing);
    } catch (error) {
      if (error?.code !== "ENOENT" && error?.code !== "ENOTDIR") return `DATA_DIR ${target} cannot be used: ${reason(error)}.`;
    }
    if (stat) {
      if (!stat.isDirectory()) {
        return existing === target
          ? `DATA_DIR ${target} is a file, not a folder: point DATA_DIR at a folder (it is created if missing).`
          : `DATA_DIR ${target} cannot be created: ${existing} is a file, not a folder.`;
      }
      break;
    }
    missing.unshift(existing);
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  for (const folder of missing) {
    try {
      fs.mkdirSync(folder);
    } catch (error) {
      if (error?.code === "EEXIST" && fs.statSync(folder).isDirectory()) continue;
      return `DATA_DIR ${target} cannot be created: ${reason(error)}.`;
    }
  }
  const probe = path.join(target, `.write-test-${process.pid}`);
  try {
    fs.writeFileSync(probe, "");
    fs.rmSync(probe, { force: true });
  } catch (error) {
    return `DATA_DIR ${target} cannot be written to: ${reason(error)}.`;
  }
  return null;
}

/**
 * Whether the server could listen on the port; a sentence for a person when not.
 * @param {number | string} port
 * @param {string} hostname
 * @returns {Promise<string | null>}
 */
export function checkPort(port, hostname) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", (error) => {
      if (error?.code === "EADDRINUSE") resolve(`Port ${port} is in use (another Redaktion, or something else): stop it, or set PORT to a free port.`);
      else if (error?.code === "EACCES") resolve(`Port ${port} needs more rights than this user has: set PORT to a number above 1023.`);
      else resolve(`Port ${port} cannot be used: ${reason(error)}.`);
    });
    probe.listen({ port: Number(port), host: hostname, exclusive: true }, () => probe.close(() => resolve(null)));
  });
}

/** Whether the process that wrote a lock still runs (on Linux: and is still a Node process, not a recycled pid). */
function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error?.code !== "EPERM") return false; // EPERM: it exists, but belongs to someone else
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("node");
  } catch {
    return true; // no /proc here: trust the signal check
  }
}

/**
 * One server per SQLite file: a lock file in the data folder names the
 * process that serves it. A lock left by a process that is gone is taken
 * over; a live one refuses the start. PostgreSQL needs no lock (several
 * servers share it on purpose). Returns { release } or { message }.
 * @param {string} dir
 * @param {{ port?: number | string, pid?: number }} [options]
 * @returns {{ release?: () => void, message?: string }}
 */
export function lockDataDir(dir, { port, pid = process.pid } = {}) {
  const file = path.join(path.resolve(dir), "server.lock");
  const mine = JSON.stringify({ pid, port: Number(port) || null, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, mine, { flag: "wx" });
      return {
        release() {
          try {
            if (fs.readFileSync(file, "utf8") === mine) fs.rmSync(file, { force: true });
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if (error?.code !== "EEXIST") return { message: `DATA_DIR ${path.dirname(file)} cannot hold the server's lock file: ${reason(error)}.` };
    }
    let held = null;
    try {
      held = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch {
      held = null;
    }
    if (held && Number.isInteger(held.pid) && held.pid !== pid && alive(held.pid)) {
      const where = held.port ? ` on port ${held.port}` : "";
      return { message: `Another Redaktion (process ${held.pid}${where}) already serves the database in ${path.dirname(file)}: stop it first, or give this one its own DATA_DIR (two servers on one SQLite file would corrupt it; several servers need PostgreSQL).` };
    }
    fs.rmSync(file, { force: true }); // left by a server that is gone
  }
  return { message: `DATA_DIR ${path.dirname(file)}: the server's lock file keeps reappearing; is another Redaktion starting right now?` };
}
