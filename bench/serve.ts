// A generated large organization served by the real app, for profiling by hand:
//   node --cpu-prof --import tsx bench/serve.ts [pglite|postgres]
// prints the people URL and a session cookie, then serves on 127.0.0.1 until SIGINT/SIGTERM
// (or BENCH_SERVE_S seconds, default 300), and cleans up.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { buildApp } from "../src/server/app.ts";
import { loadConfig } from "../src/server/config.ts";
import { signIn } from "./breakdown.ts";
import { generateOrganization } from "./generate.ts";
import { benchEnv } from "./origin.ts";
import { startBenchPostgres } from "./postgres.ts";

const kind = process.argv[2] === "postgres" ? "postgres" : "pglite";
const dir = mkdtempSync(join(tmpdir(), "mamori-bench-serve-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
const pgServer = kind === "postgres" ? await startBenchPostgres() : null;
const database = await openDatabase(
  pgServer ? { databaseUrl: pgServer.url, dataDir: "" } : { dataDir: dir },
);
await database.migrate();
const config = loadConfig(benchEnv);
const app = await buildApp(database, config, { logger: false });
const address = await app.listen({ host: "127.0.0.1", port: Number(process.env.PORT ?? 0) });
const gen = await generateOrganization(app, database, {});
const cookies = await signIn(app, gen.owner);
console.log(JSON.stringify({ url: `${address}/api/v1/orgs/${gen.orgId}/people`, ...cookies }));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await app.close();
  await database.close();
  await pgServer?.stop();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setTimeout(stop, Number(process.env.BENCH_SERVE_S ?? 300) * 1000).unref();
// Fresh cookies every 50 s (better-auth's cookie cache lives 60 s).
setInterval(async () => {
  const c = await signIn(app, gen.owner);
  console.log(JSON.stringify({ cookie: c.full }));
}, 50_000).unref();
