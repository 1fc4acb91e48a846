// The rows of an uploaded 個人情報管理台帳 turned into validated register inputs, each matched to
// a stored item by 名称 + 管理部門. Pure: the caller passes the departments and stored items.
import {
  getInventoryField,
  INVENTORY_FIELDS,
  type InventoryFieldKey,
  parseInventoryEnum,
} from "../../core/registers/inventory-fields.ts";
import { type InventoryItemInput, inventoryItemInput } from "../inventory/index.ts";
import type { TableFile } from "../shared/table-file/table-file.ts";
import { parseBooleanCell, parseDataItems, parseDateCell, splitList, textOrNull } from "./cells.ts";
import {
  type CellError,
  type DepartmentRef,
  departmentLookup,
  itemKey,
  RowReader,
} from "./import-common.ts";

export const MAX_REGISTER_ROWS = 20_000;

export type StoredItemRef = { id: string; name: string; departmentId: string | null };
export type RegisterRow = {
  line: number;
  input: InventoryItemInput;
  /** The stored item this row updates; null: a new item. */
  existingId: string | null;
};
export type RegisterRowsResult = { rows: RegisterRow[]; errors: CellError[] };

const LISTS = new Set<InventoryFieldKey>(["subjectCategories", "accessHolders"]);

/** The value of one mapped cell for the contract, or undefined after reporting it. */
function readField(r: RowReader<InventoryFieldKey>, key: InventoryFieldKey): unknown {
  const cell = r.cell(key);
  const field = getInventoryField(key);
  if (key === "dataItems") return parseDataItems(cell);
  if (LISTS.has(key)) return splitList(cell);
  switch (field.type) {
    case "boolean":
    case "date": {
      const res = field.type === "boolean" ? parseBooleanCell(cell) : parseDateCell(cell);
      if (res.ok) return res.value;
      r.fail(key, res.error);
      return undefined;
    }
    case "enum": {
      const { values, unknown } = parseInventoryEnum(key, cell);
      if (unknown.length > 0) {
        const labels = (field.values ?? []).map((v) => `「${v.label.ja}」`).join("");
        r.fail(key, { key: "invalid_choice", params: { values: labels } });
        return undefined;
      }
      if (field.multiple) return values;
      // Blank: the contract's default (個人情報, 利用中) or null (媒体).
      return values[0];
    }
    default:
      // The name must be text even when blank, so the contract says "required".
      return key === "name" ? cell : textOrNull(cell);
  }
}

/**
 * Validates every row with the register contract. Only mapped columns are read; a blank row
 * (no text of its own in any mapped column) is skipped. Unknown or ambiguous departments, rows
 * repeating 名称 + 管理部門, and stored items that share one key are reported per cell.
 */
export function parseRegisterRows(
  table: TableFile<InventoryFieldKey>,
  columns: Partial<Record<InventoryFieldKey, number>>,
  departments: readonly DepartmentRef[],
  stored: readonly StoredItemRef[],
): RegisterRowsResult {
  const findDept = departmentLookup(departments);
  const storedByKey = new Map<string, string[]>();
  for (const s of stored) {
    const k = itemKey(s.name, s.departmentId);
    storedByKey.set(k, [...(storedByKey.get(k) ?? []), s.id]);
  }
  const headerOf = (key: InventoryFieldKey) => {
    const col = columns[key];
    return (col === undefined ? "" : table.headers[col]) || getInventoryField(key).label.ja;
  };
  const firstLine = new Map<string, number>();
  const result: RegisterRowsResult = { rows: [], errors: [] };

  for (const row of table.rows) {
    const r = new RowReader(row, columns, headerOf);
    if (r.isBlank()) continue;
    const raw: Record<string, unknown> = {};
    for (const f of INVENTORY_FIELDS) {
      if (!r.has(f.key) || f.key === "departmentId") continue;
      const v = readField(r, f.key);
      if (v !== undefined) raw[f.key] = v;
    }
    let departmentId: string | null = null;
    if (r.has("departmentId")) {
      const d = findDept(r.cell("departmentId"));
      if (d.ok) departmentId = d.id;
      else r.fail("departmentId", d.error);
    }
    raw.departmentId = departmentId;
    const parsed = inventoryItemInput.safeParse(raw);
    if (!parsed.success) {
      r.failIssues(
        parsed.error.issues.filter((i) => !r.errors.has(i.path[0] as InventoryFieldKey)),
        "name",
      );
    }
    let existingId: string | null = null;
    if (parsed.success && r.errors.size === 0) {
      const key = itemKey(parsed.data.name, departmentId);
      const first = firstLine.get(key);
      if (first !== undefined)
        r.fail("name", { key: "duplicate_register_row", params: { line: first } });
      else firstLine.set(key, row.line);
      const ids = storedByKey.get(key) ?? [];
      if (ids.length > 1) r.fail("name", { key: "ambiguous_inventory_item" });
      existingId = ids[0] ?? null;
    }
    result.errors.push(...r.sorted());
    if (parsed.success && r.errors.size === 0) {
      result.rows.push({ line: row.line, input: parsed.data, existingId });
    }
  }
  return result;
}
