// The readiness reports of a fixed corpus, to prove a change to the engine's plumbing (loaders,
// providers, cache) leaves every report byte for byte the same.
//
//   node --import tsx bench/readiness/report-corpus.ts write <dir>   (before the change)
//   node --import tsx bench/readiness/report-corpus.ts check <dir>   (after it; exit 1 on a diff)
//
// `write` builds an embedded database in <dir>/db — an empty organization, the demo company,
// and organizations of 100 and 1,000 register items with about 2 % of each kind of gap
// (bench/readiness/setup.ts) — and stores every report (Japanese and English, one fixed
// moment) in <dir>/reports.json. `check` opens the same database (migrations added since are
// applied) and compares.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../../src/db/client.ts";
import { getReadiness } from "../../src/modules/readiness/readiness.service.ts";
import { buildApp } from "../../src/server/app.ts";
import { loadConfig } from "../../src/server/config.ts";
import { signIn } from "../breakdown.ts";
import { benchEnv, benchOrigin } from "../origin.ts";
import { fillOrg, signUp } from "./setup.ts";

const NOW = new Date("2026-12-06T03:00:00Z");
const [mode, dir] = process.argv.slice(2);
if ((mode !== "write" && mode !== "check") || !dir) {
  console.error("usage: report-corpus.ts write|check <dir>");
  process.exit(2);
}

const dataDir = join(dir, "db");
if (mode === "write" && existsSync(dataDir)) throw new Error(`${dataDir} exists`);
mkdirSync(dir, { recursive: true });
const database = await openDatabase({ dataDir });
await database.migrate();
const config = loadConfig({ ...benchEnv, DATA_DIR: dataDir, LOG_LEVEL: "silent" });
const app = await buildApp(database, config, { logger: false });

try {
  if (mode === "write") {
    const owner = await signUp(app, "corpus@example.jp");
    const cookies = await signIn(app, owner);
    for (const [name, demo] of [
      ["株式会社からっぽ", false],
      ["株式会社サンプル", true],
    ] as const) {
      const res = await app.inject({
        method: "POST",
        url: "/api/v1/orgs",
        headers: { cookie: cookies.full, ...benchOrigin },
        payload: { name, demo },
      });
      if (res.statusCode !== 201) throw new Error(`POST /orgs → ${res.statusCode}`);
    }
    const served = { database, app } as Parameters<typeof fillOrg>[0];
    for (const items of [100, 1000]) await fillOrg(served, cookies, items, 3, "2026-12-06");
  }

  const orgs = await database.query<{ id: string; user_id: string }>(
    "select organization_id as id, user_id from member order by organization_id",
  );
  const reports: Record<string, string> = {};
  for (const org of orgs) {
    const ctx = {
      orgId: org.id,
      userId: org.user_id,
      userName: "コーパス",
      role: "owner" as const,
    };
    for (const lang of ["ja", "en"] as const)
      reports[`${org.id} ${lang}`] = JSON.stringify(
        await getReadiness(database.db, ctx, lang, NOW),
      );
  }
  const file = join(dir, "reports.json");
  if (mode === "write") {
    writeFileSync(file, JSON.stringify(reports, null, 1));
    console.log(`${Object.keys(reports).length} reports written to ${file}`);
  } else {
    const before = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    const differ = Object.keys({ ...before, ...reports }).filter((k) => before[k] !== reports[k]);
    console.log(`${Object.keys(reports).length} reports, ${differ.length} differ`);
    for (const k of differ) console.log(`differs: ${k}`);
    process.exitCode = differ.length ? 1 : 0;
  }
} finally {
  await app.close();
  await database.close();
}
