// One document version as the docx and PDF renderers print it: plain data (it crosses to the
// PDF worker thread), with the field values already chosen (frozen at approval, or today's for
// a draft) and the stamps, history and status mark the traditional layout shows. Both
// renderers share the helpers below so the two files read the same: dates, list numbering,
// the approval box, the file name.
import type { BlockNode, DocumentContent, TableNode } from "../../core/documents/content.ts";
import { fieldPlaceholder } from "../../core/documents/fields.ts";
import type { VersionStatus } from "../../core/documents/status.ts";
import { formatSeireki } from "../../core/wareki.ts";

export type OutputHistoryRow = {
  versionNo: number;
  /** YYYY-MM-DD, or null before the version is published. */
  effectiveOn: string | null;
  changeNote: string | null;
  approverName: string | null;
};

/** One stamp of the approval box: who and on which day (YYYY-MM-DD), blank when unknown. */
export type OutputStamp = { name: string | null; on: string | null };

export type OutputVersion = {
  organization: string;
  number: string;
  title: string;
  versionNo: number;
  status: VersionStatus;
  /** 制定日: the day version 1 took effect; null while it has not. */
  establishedOn: string | null;
  /** 施行日 of this version. */
  effectiveOn: string | null;
  content: DocumentContent;
  /** Field key → value; null or missing prints the highlighted placeholder. */
  values: Record<string, string | null>;
  stamps: { approved: OutputStamp; checked: OutputStamp; written: OutputStamp };
  /** Versions up to this one, oldest first (改訂履歴). */
  history: OutputHistoryRow[];
  /** YYYY-MM-DD (Japan), when the file was made. */
  printedOn: string;
};

/** 2026-04-01 → 2026年4月1日; empty when there is no day. */
export function japaneseDay(iso: string | null | undefined): string {
  return iso ? formatSeireki(iso) : "";
}

/** The word printed across a version that is not (or no longer) the approved text. */
export function statusMark(status: VersionStatus): string | null {
  if (status === "draft" || status === "in_review") return "下書き";
  if (status === "superseded") return "旧版";
  return null;
}

/** 第3版 */
export const editionText = (versionNo: number) => `第${versionNo}版`;

/** What the header of every page says: 文書番号 P-01　第2版 (and 下書き). */
export function headerText(v: OutputVersion): string {
  const mark = statusMark(v.status);
  return `文書番号 ${v.number}　${editionText(v.versionNo)}${mark ? `　【${mark}】` : ""}`;
}

/** The text a field prints: its value, or null for the highlighted placeholder. */
export function fieldValue(v: OutputVersion, key: string): string | null {
  const value = v.values[key];
  return value?.trim() ? value : null;
}
export const placeholderText = (key: string) => fieldPlaceholder(key, "ja");

// Ordered lists by depth: 1. → (1) → ① (then ① again: deeper lists are rare in rules).
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
export function orderedMarker(depth: number, n: number): string {
  if (depth === 0) return `${n}.`;
  if (depth === 1) return `(${n})`;
  return n >= 1 && n <= CIRCLED.length ? (CIRCLED[n - 1] as string) : `(${n})`;
}
export const BULLETS = ["・", "－", "◦"] as const;
export const bulletMarker = (depth: number): string =>
  BULLETS[Math.min(depth, BULLETS.length - 1)] ?? "・";

/** The three stamps, left to right as Japanese forms print them: 承認, 確認, 作成. */
export function stampColumns(v: OutputVersion): { label: string; stamp: OutputStamp }[] {
  return [
    { label: "承認", stamp: v.stamps.approved },
    { label: "確認", stamp: v.stamps.checked },
    { label: "作成", stamp: v.stamps.written },
  ];
}

/** The rows of the title block under the title (label, value). */
export function titleRows(v: OutputVersion): [string, string][] {
  return [
    ["事業者", v.organization],
    ["文書番号", v.number],
    ["版", editionText(v.versionNo)],
    ["制定日", japaneseDay(v.establishedOn)],
    ["施行日", japaneseDay(v.effectiveOn)],
  ];
}

export const HISTORY_HEADERS = ["版", "施行日", "改訂内容", "承認者"] as const;
export function historyCells(row: OutputHistoryRow): string[] {
  return [
    editionText(row.versionNo),
    japaneseDay(row.effectiveOn),
    row.changeNote ?? (row.versionNo === 1 ? "制定" : ""),
    row.approverName ?? "",
  ];
}

/** One cell of a table laid on a grid: where it starts and how far it spans. */
export type GridCell = {
  row: number;
  col: number;
  colspan: number;
  rowspan: number;
  header: boolean;
  content: BlockNode[];
};

/**
 * Places a table's cells on a grid the way an editor table is read: each row fills the
 * columns left free by cells spanning down from the rows above. Returns the cells and the
 * number of columns (the widest row).
 */
export function tableGrid(table: TableNode): { cells: GridCell[]; columns: number } {
  const taken = new Set<string>();
  const cells: GridCell[] = [];
  let columns = 0;
  table.content.forEach((row, r) => {
    let col = 0;
    for (const cell of row.content) {
      while (taken.has(`${r}:${col}`)) col++;
      const colspan = cell.attrs?.colspan ?? 1;
      const rowspan = Math.min(cell.attrs?.rowspan ?? 1, table.content.length - r);
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) taken.add(`${r + dr}:${col + dc}`);
      cells.push({
        row: r,
        col,
        colspan,
        rowspan,
        header: cell.type === "tableHeader",
        content: cell.content,
      });
      col += colspan;
      columns = Math.max(columns, col);
    }
  });
  for (const key of taken) columns = Math.max(columns, Number(key.split(":")[1]) + 1);
  return { cells, columns };
}

// Characters Windows refuses in a file name, and controls; each becomes "_".
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what it removes
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** `P-01_個人情報保護方針_第2版.docx`, safe as a Windows file name. */
export function outputFileName(
  v: Pick<OutputVersion, "number" | "title" | "versionNo">,
  ext: "docx" | "pdf",
): string {
  const part = (s: string) => s.replace(UNSAFE_IN_NAME, "_").replace(/\s+/g, " ").trim();
  const base = `${part(v.number)}_${part(v.title)}_${editionText(v.versionNo)}`;
  // Explorer still trips over paths past 260 characters: keep the name well inside that.
  return `${[...base]
    .slice(0, 120)
    .join("")
    .replace(/[. ]+$/, "")}.${ext}`;
}
