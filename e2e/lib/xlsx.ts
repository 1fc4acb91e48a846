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
