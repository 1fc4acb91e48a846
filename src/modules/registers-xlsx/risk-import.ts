// リスク分析表 import: preview (nothing written) and commit (all rows or none, in one
// transaction with their audit events). See risk-plan.ts for how rows replace stored ones.
import { randomUUID } from "node:crypto";
import { and, eq, getTableColumns, inArray } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import {
  RISK_FIELDS,
  type RiskFieldKey,
  riskHeaderFields,
} from "../../core/registers/risk-fields.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";
import {
  type AuditInput,
  appendAuditMany,
  auditEvent,
  createEvents,
  diffFields,
} from "../audit/index.ts";
import { inventoryItem } from "../inventory/index.ts";
import { department } from "../org/index.ts";
import { getRiskMatrix, inventoryRisk } from "../risks/index.ts";
import { chunks, insertMany, lockImports, updateMany } from "../shared/bulk-sql.ts";
import { refreshStatistics } from "../shared/refresh-statistics.ts";
import {
  type ImportTable,
  importInvalid,
  listErrors,
  previewFile,
  readImportTable,
} from "./preview.ts";
import type { RiskImportOut } from "./registers-xlsx.contract.ts";
import { planRisks, RISK_WRITTEN } from "./risk-plan.ts";
import { MAX_RISK_ROWS, parseRiskRows } from "./risk-rows.ts";
import type { ImportUpload } from "./upload.ts";

/** The audit entity of risk rows, as the risk API writes it. */
const ENTITY = "inventory_risk";

async function planAgainst(
  tx: Db | Tx,
  ctx: OrgContext,
  read: ImportTable<RiskFieldKey>,
  lang: Lang,
) {
  const { matrix } = await getRiskMatrix(tx, ctx);
  const departments = await tx
    .select({ id: department.id, name: department.name })
    .from(department)
    .where(eq(department.orgId, ctx.orgId));
  const items = await tx
    .select({
      id: inventoryItem.id,
      name: inventoryItem.name,
      departmentId: inventoryItem.departmentId,
    })
    .from(inventoryItem)
    .where(eq(inventoryItem.orgId, ctx.orgId));
  const parsed = parseRiskRows(read.table, read.columns, matrix, departments, items, lang);
  const itemIds = [...new Set(parsed.rows.map((r) => r.itemId))];
  const stored = [];
  for (const ids of chunks(itemIds, 1000)) {
    stored.push(
      ...(await tx
        .select()
        .from(inventoryRisk)
        .where(and(eq(inventoryRisk.orgId, ctx.orgId), inArray(inventoryRisk.itemId, ids)))
        .orderBy(inventoryRisk.createdAt, inventoryRisk.id)),
    );
  }
  const mapped = new Set(Object.keys(read.columns) as RiskFieldKey[]);
  const acceptedCol = read.columns.acceptedBy ?? read.columns.acceptedOn;
  const acceptedHeader =
    (acceptedCol === undefined ? "" : read.table.headers[acceptedCol]) ||
    (RISK_FIELDS.find((f) => f.key === "acceptedBy")?.label.ja ?? "");
  const plan = planRisks(
    parsed.rows,
    stored,
    mapped,
    can(ctx.role, "risks.accept"),
    acceptedHeader,
  );
  const errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.row - b.row);
  return { plan, errors, rows: parsed.rows.length + new Set(parsed.errors.map((e) => e.row)).size };
}

export async function importRisks(
  db: Db,
  ctx: OrgContext,
  upload: ImportUpload,
  lang: Lang,
): Promise<RiskImportOut> {
  const read = await readImportTable(upload, riskHeaderFields(), MAX_RISK_ROWS, "itemName");

  if (upload.mode === "preview") {
    const { plan, errors, rows } = await planAgainst(db, ctx, read, lang);
    return {
      ...previewFile(read),
      rows,
      items: plan.items,
      create: plan.creates.length,
      update: plan.updates.length,
      unchanged: plan.unchanged,
      delete: plan.deletes.length,
      ...listErrors(errors, lang),
    };
  }

  const result = await writeInOrg(db, ctx, async (tx) => {
    // Register imports too: a risk row must not point to an item being renamed meanwhile.
    await lockImports(tx, ctx.orgId, "inventory_item");
    const { plan, errors } = await planAgainst(tx, ctx, read, lang);
    if (errors.length > 0) throw importInvalid(errors, lang);
    const events: AuditInput[] = [];
    for (const ids of chunks(
      plan.deletes.map((d) => d.id),
      1000,
    )) {
      await tx
        .delete(inventoryRisk)
        .where(and(eq(inventoryRisk.orgId, ctx.orgId), inArray(inventoryRisk.id, ids)));
    }
    for (const before of plan.deletes) {
      events.push({
        entity: ENTITY,
        entityId: before.id,
        action: "delete",
        changes: diffFields(before, null),
      });
    }
    // The importer assesses the ratings the file writes (created rows, changed ratings).
    const assessed = { assessedOn: todayInJapan(), assessedBy: ctx.userName };
    const updates = plan.updates.map((u) => ({
      ...u,
      values: {
        ...u.values,
        ...(u.reassessed
          ? assessed
          : { assessedOn: u.before.assessedOn, assessedBy: u.before.assessedBy }),
      },
    }));
    await updateMany(
      tx,
      inventoryRisk,
      getTableColumns(inventoryRisk),
      ctx.orgId,
      [...RISK_WRITTEN, "assessedOn", "assessedBy"],
      updates.map((u) => ({ id: u.before.id, values: u.values })),
    );
    for (const { before, values, acceptanceCleared } of updates) {
      const changes = diffFields(before, { ...before, ...values });
      if (acceptanceCleared) changes.acceptanceCleared = { old: null, new: "reassessed" };
      events.push({ entity: ENTITY, entityId: before.id, action: "update", changes });
    }
    // Created one millisecond apart, so the rows keep the file's order within a phase.
    const start = Date.now();
    const values = plan.creates.map((r, i) => ({
      ...r.values,
      ...assessed,
      orgId: ctx.orgId,
      id: randomUUID(),
      itemId: r.itemId,
      createdAt: new Date(start + i),
      updatedAt: new Date(start + i),
    }));
    const fields = [
      ...["orgId", "id", "itemId", "createdAt", "updatedAt", "assessedOn", "assessedBy"],
      ...RISK_WRITTEN,
    ];
    await insertMany(tx, inventoryRisk, getTableColumns(inventoryRisk), fields, values);
    await appendAuditMany(tx, ctx, [...events, ...createEvents(ENTITY, values)]);
    return {
      mode: "commit",
      items: plan.items,
      create: plan.creates.length,
      update: plan.updates.length,
      unchanged: plan.unchanged,
      delete: plan.deletes.length,
      total: plan.creates.length + plan.updates.length + plan.unchanged,
    } satisfies RiskImportOut;
  });
  await refreshStatistics(
    db,
    [inventoryRisk, auditEvent],
    result.create + result.update + result.delete,
  );
  return result;
}
