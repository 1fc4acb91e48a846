import type { Database } from "../../src/db/client.ts";
import { type ApiApp, buildApp } from "../../src/server/app.ts";
import { loadConfig } from "../../src/server/config.ts";
import { type Cookies, signIn } from "../breakdown.ts";
import { benchEnv, benchOrigin } from "../origin.ts";
import { openBenchDatabase } from "../postgres.ts";

export type Kind = "pglite" | "postgres";

export type Served = {
  kind: Kind;
  database: Database;
  app: ApiApp;
  /** http://127.0.0.1:port */
  address: string;
  server: string;
  /** The postmaster's pid when the benchmark started the cluster (CPU accounting). */
  postgresPid: number | null;
  migrateMs: number;
  close: () => Promise<void>;
};

/** The same departments the workbook generator names (they must exist before an import). */
export const DEPARTMENTS = ["総務部", "営業部", "人事部", "開発部"] as const;

export async function serve(kind: Kind): Promise<Served> {
  const { database, postgresPid, close } = await openBenchDatabase(kind, "reg");
  try {
    const t0 = performance.now();
    await database.migrate();
    const migrateMs = performance.now() - t0;
    const [{ version } = { version: "?" }] = await database.query<{ version: string }>(
      "select version()",
    );
    const config = loadConfig({ ...benchEnv, HOST: "127.0.0.1", LOG_LEVEL: "silent" });
    const app = await buildApp(database, config, { logger: false });
    const address = await app.listen({ host: "127.0.0.1", port: 0 });
    return {
      kind,
      database,
      app,
      address,
      server: version,
      postgresPid,
      migrateMs,
      close: async () => {
        try {
          await app.close();
        } finally {
          await close();
        }
      },
    };
  } catch (err) {
    await close();
    throw err;
  }
}

export type Owner = { id: string; email: string; password: string };

/** Signs the benchmark's owner up through better-auth's route. */
export async function signUp(app: ApiApp, email: string): Promise<Owner> {
  const owner = { email, password: "correct-horse-battery" };
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: benchOrigin,
    payload: { name: "ベンチ 太郎", ...owner },
  });
  if (res.statusCode !== 200) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
  return { id: res.json().user.id as string, ...owner };
}

async function post(app: ApiApp, cookies: Cookies, url: string, payload: object) {
  const res = await app.inject({
    method: "POST",
    url,
    payload,
    headers: { cookie: cookies.full, ...benchOrigin },
  });
  if (res.statusCode !== 201) throw new Error(`POST ${url} → ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

/** An empty organization with the generator's departments, created through the API. */
export async function createOrg(app: ApiApp, owner: Owner, name: string): Promise<string> {
  const cookies = await signIn(app, owner);
  const orgId = await post(app, cookies, "/api/v1/orgs", { name });
  for (const [i, dept] of DEPARTMENTS.entries())
    await post(app, cookies, `/api/v1/orgs/${orgId}/departments`, { name: dept, sortOrder: i });
  return orgId;
}
