// A PostgreSQL for the benchmark: BENCH_DATABASE_URL or TEST_DATABASE_URL when set (a fresh
// database is created in it and dropped afterwards), else a throwaway cluster started the way
// the tests start theirs (src/test/pg-cluster.ts: the machine's binaries, else npm's).
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { startPgCluster } from "../src/test/pg-cluster.ts";

export type BenchPostgres = {
  url: string;
  server: string;
  /** The postmaster's pid when this benchmark started the cluster (for CPU accounting). */
  pid: number | null;
  stop: () => Promise<void>;
};

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

// Stopped on any exit, even when the run is cut short (process.exit in the watchdog).
const pending = new Set<() => void>();
process.on("exit", () => {
  for (const stop of pending) stop();
});

export async function startBenchPostgres(): Promise<BenchPostgres> {
  const external = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const cluster = external ? null : await startPgCluster();
  if (cluster) pending.add(cluster.stop);
  const serverUrl = external ?? cluster?.url ?? "";
  const name = `mamori_bench_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  let version = "";
  try {
    const admin = await openDatabase({ databaseUrl: serverUrl, dataDir: "" });
    try {
      await admin.query(`create database ${name}`);
      const [row] = await admin.query<{ v: string }>("select version() as v");
      version = `${row?.v ?? "?"} (${cluster?.origin ?? "external"})`;
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
    server: cluster ? version : "external (BENCH_DATABASE_URL / TEST_DATABASE_URL)",
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

/**
 * A fresh, empty database of one kind for a benchmark: PGlite in a temporary folder, or a
 * throwaway PostgreSQL cluster. `close` closes it and removes the folder or stops the cluster.
 */
export async function openBenchDatabase(kind: "pglite" | "postgres", prefix: string) {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), `mamori-bench-${prefix}-`));
    const removeDir = () => rmSync(dir, { recursive: true, force: true });
    process.on("exit", removeDir);
    const database = await openDatabase({ dataDir: dir }).catch((err) => {
      removeDir();
      throw err;
    });
    const close = async () => {
      try {
        await database.close();
      } finally {
        removeDir();
        process.off("exit", removeDir);
      }
    };
    return { database, postgresPid: null, url: null, close };
  }
  const pgServer = await startBenchPostgres();
  const database = await openDatabase({ databaseUrl: pgServer.url, dataDir: "" }).catch(
    async (err) => {
      await pgServer.stop();
      throw err;
    },
  );
  const close = async () => {
    try {
      await database.close();
    } finally {
      await pgServer.stop();
    }
  };
  return { database, postgresPid: pgServer.pid, url: pgServer.url, close };
}
