// 個人情報管理台帳 import: preview (nothing written) and commit (all rows or none, in one
// transaction with their audit events). Rows update the stored item with the same 名称 +
// 管理部門 (only the mapped columns change); other rows create items; items missing from the
// file are kept as they are.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  type InventoryFieldKey,
  inventoryHeaderFields,
} from "../../core/registers/inventory-fields.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAuditMany, auditEvent } from "../audit/index.ts";
import { insertInventoryItems, inventoryItem, updateInventoryItems } from "../inventory/index.ts";
import { department } from "../org/index.ts";
import { lockImports, sameValue } from "../shared/bulk-sql.ts";
import { refreshStatistics } from "../shared/refresh-statistics.ts";
import {
  type ImportTable,
  importInvalid,
  listErrors,
  previewFile,
  readImportTable,
} from "./preview.ts";
import { MAX_REGISTER_ROWS, parseRegisterRows, type RegisterRow } from "./register-rows.ts";
import type { RegisterImportOut } from "./registers-xlsx.contract.ts";
import type { ImportUpload } from "./upload.ts";

type StoredItem = typeof inventoryItem.$inferSelect;

async function parseAgainst(tx: Db | Tx, ctx: OrgContext, read: ImportTable<InventoryFieldKey>) {
  const departments = await tx
    .select({ id: department.id, name: department.name })
    .from(department)
    .where(eq(department.orgId, ctx.orgId));
  const stored = await tx.select().from(inventoryItem).where(eq(inventoryItem.orgId, ctx.orgId));
  const parsed = parseRegisterRows(read.table, read.columns, departments, stored);
  return { parsed, stored: new Map(stored.map((s) => [s.id, s])) };
}

/** The fields a row writes: the mapped columns (an update leaves the other fields alone). */
const writtenFields = (columns: Partial<Record<InventoryFieldKey, number>>) =>
  Object.keys(columns) as InventoryFieldKey[];

function plan(rows: RegisterRow[], stored: Map<string, StoredItem>, fields: InventoryFieldKey[]) {
  const creates: RegisterRow[] = [];
  const updates: Array<{ row: RegisterRow; before: StoredItem }> = [];
  let unchanged = 0;
  for (const row of rows) {
    const before = row.existingId ? stored.get(row.existingId) : undefined;
    if (!before) creates.push(row);
    else if (fields.some((f) => !sameValue(before[f], row.input[f]))) updates.push({ row, before });
    else unchanged++;
  }
  return { creates, updates, unchanged };
}

export async function importRegister(
  db: Db,
  ctx: OrgContext,
  upload: ImportUpload,
  lang: Lang,
): Promise<RegisterImportOut> {
  const read = await readImportTable(upload, inventoryHeaderFields(), MAX_REGISTER_ROWS, "name");
  const fields = writtenFields(read.columns);

  if (upload.mode === "preview") {
    const { parsed, stored } = await parseAgainst(db, ctx, read);
    const p = plan(parsed.rows, stored, fields);
    return {
      ...previewFile(read),
      rows: parsed.rows.length + new Set(parsed.errors.map((e) => e.row)).size,
      create: p.creates.length,
      update: p.updates.length,
      unchanged: p.unchanged,
      ...listErrors(parsed.errors, lang),
    };
  }

  const result = await writeInOrg(db, ctx, async (tx) => {
    await lockImports(tx, ctx.orgId, "inventory_item");
    const { parsed, stored } = await parseAgainst(tx, ctx, read);
    if (parsed.errors.length > 0) throw importInvalid(parsed.errors, lang);
    const { creates, updates, unchanged } = plan(parsed.rows, stored, fields);
    const created = creates.map((r) => ({ ...r.input, id: randomUUID() }));
    const events = [
      ...(await insertInventoryItems(tx, ctx, created)),
      ...(await updateInventoryItems(
        tx,
        ctx,
        fields,
        updates.map((u) => ({ before: u.before, values: u.row.input })),
      )),
    ];
    await appendAuditMany(tx, ctx, events);
    return {
      mode: "commit",
      created: creates.length,
      updated: updates.length,
      unchanged,
      total: parsed.rows.length,
    } satisfies RegisterImportOut;
  });
  await refreshStatistics(db, [inventoryItem, auditEvent], result.created + result.updated);
  return result;
}
