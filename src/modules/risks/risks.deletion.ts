// A deleted register item takes its risk rows with it (foreign key cascade); its delete event
// keeps them, so the audit trail still shows what the risk analysis said.
import { and, eq, getTableColumns } from "drizzle-orm";
import type { DeletionHook } from "../shared/deletion-hooks.ts";
import { inventoryRisk } from "./risks.tables.ts";

export const risksOfDeletedItem: DeletionHook = async (tx, ctx, itemId) => {
  const { orgId: _o, searchText: _s, ...riskColumns } = getTableColumns(inventoryRisk);
  const risks = await tx
    .select(riskColumns)
    .from(inventoryRisk)
    .where(and(eq(inventoryRisk.orgId, ctx.orgId), eq(inventoryRisk.itemId, itemId)))
    .orderBy(inventoryRisk.createdAt, inventoryRisk.id);
  return { snapshot: { risks } };
};
