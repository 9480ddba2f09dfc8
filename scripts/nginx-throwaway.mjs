// nginx in front of app servers for tests, with the production recipe
// (deploy/nginx.conf) and its upstream pointed at the given ports. Debian's
// `nginx` package provides it (.ci/run installs it when missing).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

/** The nginx binary: on PATH, or where Debian puts it (/usr/sbin is not on every user's PATH). */
function nginxBinary() {
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  return ["/usr/sbin/nginx", "/usr/local/sbin/nginx"].find((file) => fs.existsSync(file)) ?? null;
}

export const nginxInstalled = () => nginxBinary() !== null;

/**
 * Starts nginx (on `port`, or a free one); resolves to { base, stop() }. With
 * `refreshToken`, the app servers may refresh its micro-cache (PROXY_REFRESH_URLS).
 */
export async function startNginx({ upstreams, port: wanted, refreshToken }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redaktion-nginx-"));
  // nginx workers run as an unprivileged user: they must be able to read and write here.
  fs.chmodSync(dir, 0o777);
  for (const sub of ["cache", "tmp"]) fs.mkdirSync(path.join(dir, sub), { mode: 0o777 });
  const port = wanted ?? (await freePort());
  const recipe = fs
    .readFileSync("deploy/nginx.conf", "utf8")
    .replace("/var/cache/nginx/redaktion", path.join(dir, "cache"))
    .replace(/server 127\.0\.0\.1:3000[^;]*;/, upstreams.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n    "))
    .replace("listen 8080;", `listen 127.0.0.1:${port};`)
    .replace('"CHANGE-ME-to-the-PROXY_REFRESH_TOKEN"', JSON.stringify(refreshToken ?? "CHANGE-ME-to-the-PROXY_REFRESH_TOKEN"));
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 2; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 4096; }
http { access_log off; client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  default_type text/html;
  ${recipe}
}`,
  );
  const proc = spawn(nginxBinary() ?? "nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" });
  proc.unref();
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (await fetch(`${base}/api/health/live`).then((r) => r.ok, () => false)) break;
    if (proc.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8").slice(-2000) : ""}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    proc.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  return { base, stop };
}
