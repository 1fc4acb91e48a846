// A register workbook the way companies really keep one, for tests: a merged title, a notes
// row, header names that vary, departments merged down over blocks of rows, blank lines,
// booleans and dates in every style, full-width digits. Optionally one bad cell.
import ExcelJS from "exceljs";
import { toBuffer } from "./test-support.ts";

export const MESSY_HEADER_ROW = 4;
export const MESSY_HEADERS = [
  "No.",
  "管理部署",
  "個人情報の名称",
  "取得項目",
  "利用目的",
  "媒体",
  "取得方法",
  "保存場所",
  "保管方法",
  "アクセス権者",
  "利用期限",
  "保存期間",
  "要配慮の有無",
  "委託",
  "特定日",
  "件数",
] as const;

const DEPTS = ["総務部", "営業部", "人事部"];
const YES = ["○", "有", "あり", "はい", "Yes", "〇"];
const NO = ["×", "無", "なし", "いいえ", "No", "-"];
const MEDIA = ["紙", "電子", "両方", "紙・電子", "電子データ"];
const DATES: Array<string | Date> = [
  "令和6年4月1日",
  "R6.4.1",
  "平成31年4月30日",
  "2024/4/1",
  "２０２４年４月１日",
  new Date(Date.UTC(2024, 3, 1)),
];

export type MessyOptions = {
  rows: number;
  /** Excel row whose 要配慮 cell gets the text "たぶん". */
  badRow?: number;
  /** Added to every name (a second workbook for the same org). */
  suffix?: string;
};

/** The Excel row of each data row: blank lines at every multiple of 25. */
export function messyLines(count: number): number[] {
  const lines: number[] = [];
  let line = MESSY_HEADER_ROW + 1;
  while (lines.length < count) {
    if (line % 25 !== 0) lines.push(line);
    line++;
  }
  return lines;
}

export async function messyRegister(opts: MessyOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("個人情報台帳");
  ws.getCell("A1").value = "個人情報管理台帳（令和6年度）";
  ws.mergeCells(1, 1, 1, MESSY_HEADERS.length);
  ws.getCell("A2").value = "※保存期間は文書管理規程による。要配慮個人情報は○を付ける。";
  ws.getRow(MESSY_HEADER_ROW).values = [...MESSY_HEADERS];
  const lines = messyLines(opts.rows);
  lines.forEach((line, i) => {
    const block = Math.floor(i / 10);
    const firstOfBlock = i % 10 === 0;
    ws.getRow(line).values = [
      i + 1,
      firstOfBlock ? (DEPTS[block % 3] ?? null) : null,
      `顧客名簿${i + 1}${opts.suffix ?? ""}`,
      i % 7 === 0 ? "氏名、住所、病歴（要配慮）" : "氏名,電話番号\nメールアドレス",
      `商品の発送（${i + 1}）`,
      MEDIA[i % MEDIA.length] ?? null,
      i % 2 ? "本人から直接書面、第三者から" : "直接書面",
      "書庫",
      "施錠保管",
      "営業担当者、管理者",
      "契約終了まで",
      `${(i % 9) + 1}年`,
      line === opts.badRow ? "たぶん" : i % 7 === 0 ? (YES[i % 6] ?? null) : (NO[i % 6] ?? null),
      i % 3 ? "無" : "有",
      DATES[i % DATES.length] ?? null,
      i % 4 ? `約${(i + 1) * 10}` : "１２０",
    ];
  });
  // 管理部署 merged down over each block of ten data rows (blank lines included).
  for (let b = 0; b * 10 < lines.length; b++) {
    const from = lines[b * 10];
    const to = lines[Math.min(lines.length, b * 10 + 10) - 1];
    if (from !== undefined && to !== undefined && to > from) ws.mergeCells(from, 2, to, 2);
  }
  return toBuffer(wb);
}

/** The department a messy row i belongs to. */
export const messyDepartment = (i: number) => DEPTS[Math.floor(i / 10) % 3] ?? "";
export const MESSY_DEPARTMENTS = DEPTS;
