// The real app in BENCH_WORKERS processes sharing one port (node:cluster, round-robin) on the
// PostgreSQL database of DATABASE_URL (already migrated), logging at info level to /dev/null.
// Prints "listening <address>" once every worker listens; SIGTERM stops all of them.
import cluster from "node:cluster";
import pino from "pino";

const workers = Math.max(1, Number(process.env.BENCH_WORKERS ?? 2));

if (cluster.isPrimary) {
  let ready = 0;
  let address = "";
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("message", (_worker, msg: { listening?: string }) => {
    if (!msg.listening) return;
    address = msg.listening;
    if (++ready === workers) process.stdout.write(`listening ${address}\n`);
  });
  cluster.on("exit", (_worker, code) => {
    if (code !== 0 && !stopping) {
      console.error(`cluster-server: a worker exited with ${code}`);
      process.exit(1);
    }
  });
  let stopping = false;
  process.on("SIGTERM", () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 5000).unref();
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  });
} else {
  const { openDatabase } = await import("../../src/db/client.ts");
  const { buildApp } = await import("../../src/server/app.ts");
  const { loadConfig } = await import("../../src/server/config.ts");
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: "" });
  const sink = pino.destination({ dest: "/dev/null", sync: true });
  const app = await buildApp(database, config, { logStream: sink });
  const address = await app.listen({ host: "127.0.0.1", port: 0 });
  process.send?.({ listening: address });
  const stop = async () => {
    await app.close().catch(() => {});
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("disconnect", stop);
}
