// 個人情報管理台帳 as an xlsx workbook in the traditional layout, one row per item. Every
// column is written the way register-rows.ts reads it back, so export → import changes nothing.
import { INVENTORY_FIELDS, type InventoryFieldDef } from "../../core/registers/inventory-fields.ts";
import type { InventoryItemOut } from "../inventory/index.ts";
import { excelDate, formatBoolean, formatDataItems, formatList } from "./cells.ts";
import { type CellValue, type SheetColumn, writeSheetXlsx } from "./sheet-layout.ts";

export const REGISTER_TITLE = "個人情報管理台帳";

/**
 * Column widths in Excel's units. Short text wraps inside its cell, so the 30 columns print
 * in two A3 blocks at 75 % (sheet-layout.ts); a date needs 15 for 2024年12月31日.
 */
function width(f: InventoryFieldDef): number {
  if (f.key === "name") return 24;
  if (f.key === "dataItems") return 36;
  switch (f.type) {
    case "longText":
      return 36;
    case "boolean":
      return 10;
    case "date":
      return 15;
    case "enum":
    case "count":
    case "department":
      return 13;
    default:
      return 18;
  }
}

function column(f: InventoryFieldDef): SheetColumn {
  const kind = f.type === "date" ? "date" : f.type === "boolean" ? "center" : undefined;
  return { header: f.label.ja, width: width(f), ...(kind ? { kind } : {}) };
}

function enumLabels(f: InventoryFieldDef, value: string | string[] | null): string {
  const values = value === null ? [] : Array.isArray(value) ? value : [value];
  const label = (v: string) => f.values?.find((x) => x.value === v)?.label.ja ?? v;
  return formatList(values.map(label));
}

function cell(f: InventoryFieldDef, item: InventoryItemOut): CellValue {
  switch (f.key) {
    case "departmentId":
      return item.departmentName;
    case "dataItems":
      return formatDataItems(item.dataItems);
    case "subjectCategories":
    case "accessHolders":
      return formatList(item[f.key]);
  }
  const value = item[f.key];
  switch (f.type) {
    case "boolean":
      return formatBoolean(value as boolean | null);
    case "date":
      return excelDate(value as string | null);
    case "enum":
      return enumLabels(f, value as string | string[] | null);
    default:
      return (value as string | null) ?? null;
  }
}

/** The .xlsx file of the given rows (loadRegisterRows order). Pure, for the route and benchmarks. */
export function registerXlsx(
  items: readonly InventoryItemOut[],
  opts: { orgName: string; today: string },
): Promise<Buffer> {
  return writeSheetXlsx({
    sheetName: REGISTER_TITLE,
    title: REGISTER_TITLE,
    orgName: opts.orgName,
    today: opts.today,
    columns: INVENTORY_FIELDS.map(column),
    rows: items.map((item) => INVENTORY_FIELDS.map((f) => cell(f, item))),
  });
}
