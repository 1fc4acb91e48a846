// A PostgreSQL for the benchmark: BENCH_DATABASE_URL or TEST_DATABASE_URL when set (a fresh
// database is created in it and dropped afterwards), else a throwaway cluster started with
// initdb/pg_ctl on a loopback port, as src/test/global-setup.ts does for the tests.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.ts";

export type BenchPostgres = {
  url: string;
  server: string;
  /** The postmaster's pid when this benchmark started the cluster (for CPU accounting). */
  pid: number | null;
  stop: () => Promise<void>;
};

function findPgBin(name: string): string | null {
  const candidates = [
    "/usr/local/bin",
    "/usr/lib/postgresql/17/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/15/bin",
  ];
  for (const dir of candidates) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

function asPostgresUser(cmd: string, args: string[]): string {
  const isRoot = process.getuid?.() === 0;
  const out = isRoot
    ? execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" })
    : execFileSync(cmd, args, { stdio: "pipe" });
  return out.toString();
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Starts a cluster (fsync off, like the tests) and returns its URL and a synchronous stop. */
function startCluster(): { url: string; version: string; pid: number; stop: () => void } {
  const initdb = findPgBin("initdb");
  const pgCtl = findPgBin("pg_ctl");
  if (!initdb || !pgCtl)
    throw new Error("PostgreSQL binaries (initdb, pg_ctl) not found: install postgresql");
  const dir = mkdtempSync(join(tmpdir(), "mamori-bench-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = join(dir, "data");
  const port = 20000 + Math.floor(Math.random() * 20000);
  let started = false;
  let pid = 0;
  let version = "";
  const stop = () => {
    try {
      if (started) asPostgresUser(pgCtl, ["-D", dataDir, "-m", "immediate", "stop"]);
    } catch {
      // already stopped
    } finally {
      started = false;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
    asPostgresUser(initdb, [
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
    started = true;
    asPostgresUser(pgCtl, ["-D", dataDir, "-o", opts, "-l", join(dir, "log"), "-w", "start"]);
    pid = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    version = asPostgresUser(pgCtl, ["--version"]).trim();
  } catch (err) {
    stop();
    throw err;
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, pid, stop };
}

// Stopped on any exit, even when the run is cut short (process.exit in the watchdog).
const pending = new Set<() => void>();
process.on("exit", () => {
  for (const stop of pending) stop();
});

export async function startBenchPostgres(): Promise<BenchPostgres> {
  const external = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const cluster = external ? null : startCluster();
  if (cluster) pending.add(cluster.stop);
  const serverUrl = external ?? cluster?.url ?? "";
  const name = `mamori_bench_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  try {
    const admin = await openDatabase({ databaseUrl: serverUrl, dataDir: "" });
    try {
      await admin.query(`create database ${name}`);
    } finally {
      await admin.close();
    }
  } catch (err) {
    cluster?.stop();
    if (cluster) pending.delete(cluster.stop);
    throw err;
  }
  return {
    url: withDatabase(serverUrl, name),
    server: cluster ? cluster.version : "external (BENCH_DATABASE_URL / TEST_DATABASE_URL)",
    pid: cluster?.pid ?? null,
    stop: async () => {
      if (cluster) {
        cluster.stop();
        pending.delete(cluster.stop);
        return;
      }
      const admin = await openDatabase({ databaseUrl: serverUrl, dataDir: "" });
      try {
        await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.close();
      }
    },
  };
}
