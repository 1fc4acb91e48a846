// Reading and writing single cells of the register and risk workbooks. Export writes exactly
// what import reads back, so a workbook round-trips unchanged.
//
// 個人情報の項目 (data items) convention, one cell for the whole list:
//   entries separated by 、 , ， ; or line breaks: "氏名、住所、病歴（要配慮）"
//   a trailing （要配慮） / (要配慮) / （要配慮個人情報） or ※ marks a 要配慮 item;
//   a trailing （特定個人情報） / (特定個人情報) marks My Number data (its own flag);
//   a trailing ［分類］ / [分類] gives the item's category: "病歴［健康］（要配慮）".
// Export writes "名前［分類］（要配慮）（特定個人情報）" joined by 、.
import { parseYesNo } from "../../core/text/boolean-words.ts";
import { parseJapaneseDate } from "../../core/text/japanese-date.ts";
import { toHalfWidth } from "../../core/text/normalize.ts";
import type { FieldError } from "../../server/app-error.ts";
import type { DataItem } from "../inventory/index.ts";

export type CellResult<T> = { ok: true; value: T } | { ok: false; error: FieldError };
const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (key: string, params?: FieldError["params"]): CellResult<never> => ({
  ok: false,
  error: { key, ...(params ? { params } : {}) },
});

const LIST_SEPARATORS = /[、,，;；\n]/;

/** Entries of a list cell (本人の区分, アクセス権を有する者 …), trimmed, empty ones dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export const formatList = (items: readonly string[]) => items.join("、");

const SENSITIVE_MARK = /\s*(?:[（(]\s*要配慮(?:個人情報)?\s*[)）]|※)\s*$/;
const MY_NUMBER_MARK = /\s*[（(]\s*特定個人情報\s*[)）]\s*$/;
const CATEGORY = /\s*[［[]([^［］[\]]*)[\]］]\s*$/;

function parseDataItem(entry: string): DataItem & { myNumber: boolean } {
  let rest = entry;
  let sensitive = false;
  let myNumber = false;
  let category: string | null = null;
  for (let i = 0; i < 4; i++) {
    const myNumberMark = MY_NUMBER_MARK.exec(rest);
    if (myNumberMark && myNumberMark.index > 0) {
      myNumber = true;
      rest = rest.slice(0, myNumberMark.index);
      continue;
    }
    const mark = SENSITIVE_MARK.exec(rest);
    if (mark) {
      sensitive = true;
      rest = rest.slice(0, mark.index);
      continue;
    }
    const cat: RegExpExecArray | null = category === null ? CATEGORY.exec(rest) : null;
    if (cat && cat.index > 0) {
      category = (cat[1] ?? "").trim() || null;
      rest = rest.slice(0, cat.index);
      continue;
    }
    break;
  }
  return { name: rest.trim(), category, sensitive, myNumber };
}

/** 個人情報の項目 as a list of items (see the convention at the top of this file). */
export function parseDataItems(cell: string): (DataItem & { myNumber: boolean })[] {
  return splitList(cell).map(parseDataItem);
}

export function formatDataItems(items: readonly DataItem[]): string {
  return formatList(
    items.map(
      (i) =>
        `${i.name}${i.category ? `［${i.category}］` : ""}${i.sensitive ? "（要配慮）" : ""}${i.myNumber ? "（特定個人情報）" : ""}`,
    ),
  );
}

/** ○ × 有 無 はい いいえ Yes No …; empty or a dash is "not answered" (null). */
export function parseBooleanCell(cell: string): CellResult<boolean | null> {
  const v = parseYesNo(cell);
  return v === "invalid" ? fail("invalid_yes_no") : ok(v);
}

export const formatBoolean = (v: boolean | null) => (v === null ? "" : v ? "○" : "×");

/** Western and 和暦 dates, or an Excel serial left as a number by a text-formatted column. */
export function parseDateCell(cell: string): CellResult<string | null> {
  if (cell === "") return ok(null);
  const iso = parseJapaneseDate(cell);
  if (iso !== null) return ok(iso);
  const serial = toHalfWidth(cell).trim();
  if (/^\d{5}(?:\.\d+)?$/.test(serial)) {
    const fromSerial = parseJapaneseDate(Number(serial));
    if (fromSerial !== null) return ok(fromSerial);
  }
  return fail("invalid_date_text");
}

/** A calendar day as the UTC midnight Excel stores for a date cell. */
export function excelDate(iso: string | null): Date | null {
  if (!iso) return null;
  return new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
}

/** Cell text of an optional text field: empty means not set. */
export const textOrNull = (cell: string) => (cell === "" ? null : cell);
