// The request-path benchmark's data and servers: one database of either kind, migrated, with an
// owner signed up through the app and an organization of BENCH_ITEMS register items (bulk
// inserted, as the readiness benchmark does); the real app in this process, logging at info
// level as in production (to /dev/null), and, on PostgreSQL, the same app in a node:cluster of
// one or more worker processes on the same database (cluster-server.ts).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import pino from "pino";
import type { Database } from "../../src/db/client.ts";
import { type ApiApp, buildApp } from "../../src/server/app.ts";
import { loadConfig } from "../../src/server/config.ts";
import { type Cookies, signIn } from "../breakdown.ts";
import { benchEnv } from "../origin.ts";
import { openBenchDatabase } from "../postgres.ts";
import { fillOrg } from "../readiness/setup.ts";
import { type Owner, type Served, signUp } from "../registers/setup.ts";

export type Kind = "pglite" | "postgres";

export const benchConfigEnv = { ...benchEnv, HOST: "127.0.0.1", LOG_LEVEL: "info" };

export type PathServed = {
  kind: Kind;
  database: Database;
  /** The real app, logging at info level to /dev/null (what production does, minus the pipe). */
  app: ApiApp;
  address: string;
  /** The same app without a logger: the difference is the logging's cost. */
  quietAddress: string;
  databaseUrl: string | null;
  server: string;
  postgresPid: number | null;
  owner: Owner;
  orgId: string;
  personId: string;
  items: number;
  fillMs: number;
  cookies: Cookies;
  close: () => Promise<void>;
};

export async function servePath(
  kind: Kind,
  opts: { items: number; risksPerItem: number },
): Promise<PathServed> {
  const { database, postgresPid, url, close } = await openBenchDatabase(kind, "path");
  const closers: (() => Promise<unknown>)[] = [close];
  const closeAll = async () => {
    for (const c of closers.reverse()) await c().catch(() => {});
  };
  try {
    await database.migrate();
    const [{ version } = { version: "?" }] = await database.query<{ version: string }>(
      "select version()",
    );
    const config = loadConfig(benchConfigEnv);
    const sink = pino.destination({ dest: "/dev/null", sync: true });
    const app = await buildApp(database, config, { logStream: sink });
    closers.push(() => app.close());
    const address = await app.listen({ host: "127.0.0.1", port: 0 });
    const quiet = await buildApp(database, config, { logger: false });
    closers.push(() => quiet.close());
    const quietAddress = await quiet.listen({ host: "127.0.0.1", port: 0 });
    const owner = await signUp(app, `owner-path-${kind}@bench.example.co.jp`);
    const cookies = await signIn(app, owner);
    const served = { kind, app, database } as unknown as Served;
    const today = new Date().toISOString().slice(0, 10);
    const org = await fillOrg(served, cookies, opts.items, opts.risksPerItem, today);
    await database.query("vacuum analyze");
    return {
      kind,
      database,
      app,
      address,
      quietAddress,
      databaseUrl: url,
      server: version,
      postgresPid,
      owner,
      orgId: org.orgId,
      personId: "p1",
      items: org.items,
      fillMs: org.fillMs,
      cookies,
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

const clusterScript = fileURLToPath(new URL("./cluster-server.ts", import.meta.url));
const clusterChildren = new Set<number>();
process.on("exit", () => {
  for (const pid of clusterChildren) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

export type ClusterServer = { address: string; pid: number; stop: () => Promise<void> };

/** The app in `workers` processes (node:cluster) on one PostgreSQL database. */
export function startCluster(databaseUrl: string, workers: number): Promise<ClusterServer> {
  const child = spawn(process.execPath, ["--import", "tsx", clusterScript], {
    env: {
      ...process.env,
      ...benchConfigEnv,
      DATABASE_URL: databaseUrl,
      BENCH_WORKERS: String(workers),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const pid = child.pid ?? 0;
  if (pid) clusterChildren.add(pid);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(timer);
        clusterChildren.delete(pid);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error("the cluster did not start within 60 s"));
    }, 60_000);
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ address: m[1], pid, stop });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      clusterChildren.delete(pid);
      reject(new Error(`the cluster exited (${code}) before listening`));
    });
  });
}

export { signIn };
