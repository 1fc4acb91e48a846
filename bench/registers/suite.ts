// The issue-3 benchmark on one database kind: the app on a fresh database, Excel import and
// export beside raw exceljs, the list scenarios beside raw SQL, and the search triggers' cost.
import { loadavg } from "node:os";
import { type ListResult, listRuns } from "./lists.ts";
import { createOrg, type Kind, serve, signUp } from "./setup.ts";
import { type TransferResult, transferRuns, type Workbooks } from "./transfer-runs.ts";
import { type TriggerResult, triggerCost } from "./triggers.ts";

export type RegistersSettings = {
  runs: number;
  durationS: number;
  connections: number;
  n: number;
  log: (line: string) => void;
};

export type RegistersKindResult = {
  kind: Kind;
  /** 1-minute load average when this kind started (other work on the machine skews figures). */
  loadAverageBefore: number;
  /** The same when it ended (absent in results written before this field existed). */
  loadAverageAfter?: number;
  server: string;
  poolSize: number | null;
  migrateMs: number;
  /** Rows in the database while the lists ran (every import run left its organization). */
  stored: { organizations: number; items: number; risks: number; auditEvents: number };
  transfer: TransferResult;
  lists: ListResult[];
  triggers: TriggerResult;
};

export async function benchRegisters(
  kind: Kind,
  books: Workbooks,
  s: RegistersSettings,
): Promise<RegistersKindResult> {
  const loadAverageBefore = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const started = performance.now();
  const since = () => `${Math.round((performance.now() - started) / 1000)} s`;
  const served = await serve(kind);
  try {
    const { database } = served;
    s.log(
      `${kind}: ${served.server.split(" on ")[0]}; migrated in ${Math.round(served.migrateMs)} ms`,
    );
    const owner = await signUp(served.app, `owner-registers-${kind}@bench.example.co.jp`);
    const { result: transfer, orgId } = await transferRuns(served, owner, books, {
      runs: s.runs,
      log: s.log,
    });
    // Steady state before the lists: statistics and the visibility map up to date, as
    // autovacuum would leave them some time after a bulk import.
    await database.query("vacuum analyze");
    const count = async (table: string) =>
      Number(
        (await database.query<{ n: string | number }>(`select count(*) as n from ${table}`))[0]
          ?.n ?? 0,
      );
    const stored = {
      organizations: await count("organization"),
      items: await count("inventory_item"),
      risks: await count("inventory_risk"),
      auditEvents: await count("audit_event"),
    };
    s.log(`${kind}: Excel part done after ${since()}`);
    const lists = await listRuns(served, owner, orgId, s);
    s.log(`${kind}: lists done after ${since()}`);
    const scratch = await createOrg(served.app, owner, "株式会社トリガー計測");
    s.log(`${kind}: search trigger cost (scratch organization, rolled back)`);
    const triggers = await triggerCost(served, scratch, {
      items: books.items,
      perItem: books.risksRows / books.items,
      runs: s.runs,
    });
    s.log(
      `${kind}: triggers ${books.items} items ${triggers.itemsOnMs} ms on / ${triggers.itemsOffMs} ms off; ${triggers.risks} risks ${triggers.risksOnMs} / ${triggers.risksOffMs} ms; done after ${since()}`,
    );
    return {
      kind,
      loadAverageBefore,
      loadAverageAfter: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      server: served.server,
      poolSize: kind === "postgres" ? Number(process.env.DB_POOL_SIZE ?? 10) : null,
      migrateMs: Math.round(served.migrateMs),
      stored,
      transfer,
      lists,
      triggers,
    };
  } finally {
    await served.close();
    s.log(`${kind}: closed after ${since()}`);
  }
}
