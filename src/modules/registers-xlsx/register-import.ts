// 個人情報管理台帳 import: preview (nothing written) and commit (all rows or none, in one
// transaction with their audit events). Rows update the stored item with the same 名称 +
// 管理部門 (only the mapped columns change); other rows create items; items missing from the
// file are kept as they are. Departments the file names that do not exist are listed by the
// preview; with createDepartments the commit creates them first, in the same transaction.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import {
  type InventoryFieldKey,
  inventoryHeaderFields,
} from "../../core/registers/inventory-fields.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { AppError } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAuditMany, auditEvent } from "../audit/index.ts";
import { insertInventoryItems, inventoryItem, updateInventoryItems } from "../inventory/index.ts";
import { createDepartmentsByName, department } from "../org/index.ts";
import { lockImports, sameValue } from "../shared/bulk-sql.ts";
import { refreshStatistics } from "../shared/refresh-statistics.ts";
import type { CellError } from "./import-common.ts";
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

type DepartmentRef = { id: string; name: string };

const readDepartments = (tx: Db | Tx, ctx: OrgContext): Promise<DepartmentRef[]> =>
  tx
    .select({ id: department.id, name: department.name })
    .from(department)
    .where(eq(department.orgId, ctx.orgId));

/** Names the rows give as 管理部門 that no department has, with how many rows name each. */
function unknownDepartments(errors: readonly CellError[]) {
  const rows = new Map<string, number>();
  for (const e of errors) {
    if (e.field !== "departmentId" || e.error.key !== "unknown_department") continue;
    const name = String(e.error.params?.value ?? "");
    rows.set(name, (rows.get(name) ?? 0) + 1);
  }
  return [...rows].map(([name, n]) => ({ name, rows: n }));
}

async function parseAgainst(
  tx: Db | Tx,
  ctx: OrgContext,
  read: ImportTable<InventoryFieldKey>,
  departments: readonly DepartmentRef[],
) {
  const stored = await tx.select().from(inventoryItem).where(eq(inventoryItem.orgId, ctx.orgId));
  const parsed = parseRegisterRows(read.table, read.columns, departments, stored);
  return { parsed, stored: new Map(stored.map((s) => [s.id, s])) };
}

/** Creating departments is a change of the structure: the caller must be allowed it. */
function checkMayCreateDepartments(ctx: OrgContext) {
  if (!can(ctx.role, "departments.write")) throw new AppError("forbidden", "FORBIDDEN");
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

  const createDepartments = upload.createDepartments === true;
  if (createDepartments) checkMayCreateDepartments(ctx);

  if (upload.mode === "preview") {
    const departments = await readDepartments(db, ctx);
    let { parsed, stored } = await parseAgainst(db, ctx, read, departments);
    const unknown = unknownDepartments(parsed.errors);
    if (createDepartments && unknown.length > 0) {
      // Count the rows as they will be once the departments exist (ids stand in until then).
      const planned = unknown.map((d, i) => ({ id: `\u0000new-${i}`, name: d.name }));
      ({ parsed, stored } = await parseAgainst(db, ctx, read, [...departments, ...planned]));
    }
    const p = plan(parsed.rows, stored, fields);
    return {
      ...previewFile(read),
      rows: parsed.rows.length + new Set(parsed.errors.map((e) => e.row)).size,
      create: p.creates.length,
      update: p.updates.length,
      unchanged: p.unchanged,
      unknownDepartments: unknown,
      createDepartments,
      ...listErrors(parsed.errors, lang),
    };
  }

  const result = await writeInOrg(db, ctx, async (tx) => {
    await lockImports(tx, ctx.orgId, "inventory_item");
    let departments = await readDepartments(tx, ctx);
    let { parsed, stored } = await parseAgainst(tx, ctx, read, departments);
    let departmentsCreated = 0;
    const unknown = unknownDepartments(parsed.errors);
    if (createDepartments && unknown.length > 0) {
      const before = departments.length;
      departments = await createDepartmentsByName(
        tx,
        ctx,
        unknown.map((d) => d.name),
      );
      departmentsCreated = departments.length - before;
      ({ parsed, stored } = await parseAgainst(tx, ctx, read, departments));
    }
    // Any bad row rolls back everything, the departments created above included.
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
      departmentsCreated,
      created: creates.length,
      updated: updates.length,
      unchanged,
      total: parsed.rows.length,
    } satisfies RegisterImportOut;
  });
  await refreshStatistics(db, [inventoryItem, auditEvent], result.created + result.updated);
  return result;
}
