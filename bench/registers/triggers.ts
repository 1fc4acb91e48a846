// What the search triggers (drizzle/0003, 0004) cost a bulk insert: the import's own insert
// (insertMany, jsonb_to_recordset) of 10,000 items and 50,000 risk rows into a scratch
// organization, with the triggers on and with ALTER TABLE … DISABLE TRIGGER, each inside a
// transaction that is rolled back. Run after the list scenarios, since the rolled-back rows
// leave dead tuples behind on PostgreSQL.
import { getTableColumns, sql } from "drizzle-orm";
import { inventoryItemInput } from "../../src/modules/inventory/inventory.contract.ts";
import { inventoryItem } from "../../src/modules/inventory/inventory.tables.ts";
import { benchItem, benchRisk } from "../../src/modules/registers-xlsx/bench-workbooks.ts";
import { RISK_WRITTEN } from "../../src/modules/registers-xlsx/risk-plan.ts";
import { inventoryRisk } from "../../src/modules/risks/risks.tables.ts";
import { insertMany } from "../../src/modules/shared/bulk-sql.ts";
import { median } from "./measure.ts";
import type { Served } from "./setup.ts";

export type TriggerResult = {
  items: number;
  risks: number;
  runs: number;
  itemsOnMs: number;
  itemsOffMs: number;
  risksOnMs: number;
  risksOffMs: number;
};

class Rollback extends Error {}
const r1 = (x: number) => Math.round(x * 10) / 10;

function rows(orgId: string, nItems: number, perItem: number) {
  const itemFields = ["orgId", "id", ...Object.keys(inventoryItemInput.shape)];
  const generated = Array.from({ length: nItems }, (_, i) => benchItem(i, []));
  const items = generated.map((it) => ({ ...it, orgId, departmentId: null }));
  const riskFields = ["orgId", "id", "itemId", "createdAt", "updatedAt", ...RISK_WRITTEN];
  const now = Date.now();
  const risks = generated.flatMap((it, i) =>
    Array.from({ length: perItem }, (_, r) => ({
      ...benchRisk(it, r),
      orgId,
      createdAt: new Date(now + i * perItem + r),
      updatedAt: new Date(now + i * perItem + r),
    })),
  );
  return { itemFields, items, riskFields, risks };
}

export async function triggerCost(
  s: Served,
  orgId: string,
  opts: { items: number; perItem: number; runs: number },
): Promise<TriggerResult> {
  const data = rows(orgId, opts.items, opts.perItem);
  const times = { itemsOn: [] as number[], itemsOff: [] as number[] };
  const risk = { on: [] as number[], off: [] as number[] };
  const once = async (disable: boolean) => {
    let itemsMs = 0;
    let risksMs = 0;
    try {
      await s.database.db.transaction(async (tx) => {
        if (disable) {
          await tx.execute(sql`alter table inventory_item disable trigger inventory_item_search`);
          await tx.execute(sql`alter table inventory_risk disable trigger inventory_risk_search`);
        }
        let t = performance.now();
        const itemCols = getTableColumns(inventoryItem);
        await insertMany(tx, inventoryItem, itemCols, data.itemFields, data.items);
        itemsMs = performance.now() - t;
        t = performance.now();
        const riskCols = getTableColumns(inventoryRisk);
        await insertMany(tx, inventoryRisk, riskCols, data.riskFields, data.risks);
        risksMs = performance.now() - t;
        throw new Rollback();
      });
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
    }
    (disable ? times.itemsOff : times.itemsOn).push(itemsMs);
    (disable ? risk.off : risk.on).push(risksMs);
  };
  await once(false); // warm-up
  times.itemsOn.length = 0;
  risk.on.length = 0;
  for (let run = 0; run < opts.runs; run++) {
    await once(false);
    await once(true);
  }
  return {
    items: data.items.length,
    risks: data.risks.length,
    runs: opts.runs,
    itemsOnMs: r1(median(times.itemsOn)),
    itemsOffMs: r1(median(times.itemsOff)),
    risksOnMs: r1(median(risk.on)),
    risksOffMs: r1(median(risk.off)),
  };
}
