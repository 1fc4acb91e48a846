// A worksheet (or a CSV file) as rows of cell texts. Merged cells follow one rule everywhere:
// the master's text goes to every row of the merged block in the master's column, the other
// columns of the block stay empty. So a title merged across the top yields one cell, and a
// 管理部門 merged down over several data rows repeats on each of them.
import type ExcelJS from "exceljs";
import { cellText, cleanText } from "./cell-text.ts";

/** Merged cells of type Merge (exceljs ValueType.Merge); the enum is not importable as a value. */
const MERGE = 1;

export interface GridRow {
  /** Row number as Excel shows it (1-based), or the CSV record number. */
  line: number;
  /** Cell texts by column (0 = column A); shorter rows simply end early. */
  cells: string[];
  /** Columns whose text comes from a merged cell of a row above, not from this row. */
  inherited?: number[];
}

export interface RowSource {
  name: string;
  /** true when hidden in Excel; such sheets are never picked by default. */
  hidden: boolean;
  /**
   * Non-blank rows in sheet order. A row is blank when it has no text of its own (text it only
   * inherits from a merged block does not count). Reading stops after `limit` rows.
   */
  rows(limit: number): GridRow[];
}

export const MAX_COLUMNS = 200;

function worksheetRows(ws: ExcelJS.Worksheet, limit: number): GridRow[] {
  const out: GridRow[] = [];
  const last = ws.rowCount;
  for (let r = 1; r <= last && out.length < limit; r++) {
    const row = ws.findRow(r);
    if (row === undefined || !row.hasValues) continue;
    const cells: string[] = [];
    const inherited: number[] = [];
    let own = false;
    row.eachCell((cell, col) => {
      if (col > MAX_COLUMNS) return;
      let text: string;
      if (cell.type === MERGE) {
        const master = cell.master;
        // exceljs types row/col as strings; they are numbers at run time.
        const [masterRow, masterCol] = [Number(master.row), Number(master.col)];
        // Only the master's column carries the text; only a block reaching down repeats it.
        text = masterCol === col ? cellText(master.value) : "";
        if (text !== "" && masterRow !== r) inherited.push(col - 1);
        else if (text !== "") own = true;
      } else {
        text = cellText(cell.value);
        if (text !== "") own = true;
      }
      while (cells.length < col - 1) cells.push("");
      cells[col - 1] = text;
    });
    if (!own) continue;
    out.push({ line: r, cells, ...(inherited.length ? { inherited } : {}) });
  }
  return out;
}

export function worksheetSource(ws: ExcelJS.Worksheet): RowSource {
  return {
    name: ws.name,
    hidden: ws.state !== "visible",
    rows: (limit) => worksheetRows(ws, limit),
  };
}

/** CSV records (already split) as one sheet. */
export function recordsSource(name: string, records: string[][]): RowSource {
  return {
    name,
    hidden: false,
    rows: (limit) => {
      const out: GridRow[] = [];
      for (let i = 0; i < records.length && out.length < limit; i++) {
        const cells = (records[i] ?? []).slice(0, MAX_COLUMNS).map(cleanText);
        if (cells.some((c) => c !== "")) out.push({ line: i + 1, cells });
      }
      return out;
    },
  };
}
