// Builds the people workbooks the import steps upload, with the template's Japanese headers.
import ExcelJS from "exceljs";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type SheetRow = {
  name: string;
  kana: string;
  email: string;
  department: string;
  employment: string;
  joinedOn: Date | string;
};

const HEADERS = ["氏名", "フリガナ", "メールアドレス", "部門", "雇用区分", "入社日"];

export async function peopleWorkbook(rows: SheetRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("従業者");
  ws.addRow(HEADERS);
  for (const r of rows)
    ws.addRow([r.name, r.kana, r.email, r.department, r.employment, r.joinedOn]);
  ws.getColumn(6).numFmt = "yyyy/mm/dd";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A calendar day as an Excel date cell (exceljs writes Dates as UTC). */
export const excelDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A register row as a company's own workbook has it (see registerWorkbook). */
export type RegisterSheetRow = {
  department: string;
  name: string;
  dataItems: string;
  purpose: string;
  medium: string;
  usePeriod: string;
  retention: string;
  /** ○ / × (or anything else, to make a bad cell). */
  sensitive: string;
  /** 和暦 or Western, as typed. */
  identifiedOn: string;
  note: string;
};

/** Column A..K of registerWorkbook; the header is on row REGISTER_HEADER_ROW. */
export const REGISTER_SHEET_HEADERS = [
  "No.",
  "管理部署",
  "個人情報の名称",
  "取得項目",
  "利用目的",
  "媒体",
  "利用期限",
  "保存期間",
  "要配慮の有無",
  "特定日",
  "備考",
] as const;
export const REGISTER_HEADER_ROW = 4;

/**
 * 個人情報管理台帳 kept by hand: a merged title and a note above the header, a blank line,
 * header names of its own (管理部署, 取得項目, 保存期間 …), ○/×, and the department merged
 * down over the rows of one department, as people do.
 */
export async function registerWorkbook(rows: RegisterSheetRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台帳");
  ws.getCell("A1").value = "個人情報管理台帳（令和7年度）";
  ws.mergeCells(1, 1, 1, REGISTER_SHEET_HEADERS.length);
  ws.getCell("A2").value = "※要配慮個人情報を含むものは○、含まないものは×を記入する。";
  ws.getRow(REGISTER_HEADER_ROW).values = [...REGISTER_SHEET_HEADERS];
  rows.forEach((r, i) => {
    const first = i === 0 || rows[i - 1]?.department !== r.department;
    ws.getRow(REGISTER_HEADER_ROW + 1 + i).values = [
      i + 1,
      first ? r.department : null,
      r.name,
      r.dataItems,
      r.purpose,
      r.medium,
      r.usePeriod,
      r.retention,
      r.sensitive,
      r.identifiedOn,
      r.note,
    ];
  });
  // 管理部署 merged down over each run of rows of one department.
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]?.department === rows[start]?.department) continue;
    if (i - 1 > start)
      ws.mergeCells(REGISTER_HEADER_ROW + 1 + start, 2, REGISTER_HEADER_ROW + i, 2);
    start = i;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
