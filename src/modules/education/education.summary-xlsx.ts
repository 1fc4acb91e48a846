// 教育実施サマリー as an .xlsx workbook: sheet 「教育実施サマリー」 (the plan, one row per course,
// the totals: the same model as the JSON and the PDF) and sheet 「理解度」 (per course and
// question over first attempts: answered, correct, rate, the wrong answer chosen most, the
// weakest departments). Fonts, date cells and print setup as the registers' sheets
// (registers-xlsx), so it opens cleanly in Japanese Excel; text cells, never formulas.
import ExcelJS from "exceljs";
import type { EducationSummary } from "./education.summary.ts";
import { SUMMARY_HEADERS, windowText } from "./education.summary-pdf.ts";
import type { CourseUnderstanding } from "./education.understanding.ts";

export const SUMMARY_SHEET = "教育実施サマリー";
export const UNDERSTANDING_SHEET = "理解度";

/** As the registers' sheets (registers-xlsx/sheet-layout.ts): 游ゴシック, dates 2026年5月12日. */
const FONT: Partial<ExcelJS.Font> = { name: "游ゴシック", family: 3, charset: 128, size: 10 };
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
  border: BOX,
  alignment: { horizontal: "center", vertical: "middle", wrapText: true },
};
const CELL: Partial<ExcelJS.Style> = {
  font: FONT,
  border: BOX,
  alignment: { vertical: "top", wrapText: true },
};
const DATE: Partial<ExcelJS.Style> = { ...CELL, numFmt: DATE_FORMAT };
const NUMBER: Partial<ExcelJS.Style> = { ...CELL, alignment: { vertical: "top" } };
const PERCENT: Partial<ExcelJS.Style> = { ...NUMBER, numFmt: '0.0"%"' };

/** A real date cell (Excel shows 2026年5月12日), or empty. */
const dateCell = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[]) {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&P / &N" },
  });
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

function put(
  ws: ExcelJS.Worksheet,
  row: number,
  values: unknown[],
  styles: Partial<ExcelJS.Style>[],
) {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = v as ExcelJS.CellValue;
    cell.style = styles[i] ?? CELL;
  });
}

function summarySheet(wb: ExcelJS.Workbook, s: EducationSummary) {
  const ws = sheet(wb, SUMMARY_SHEET, [6, 36, 18, 14, 30, 10, 10, 10, 16, 16, 16]);
  ws.getCell("A1").value = SUMMARY_SHEET;
  ws.getCell("A1").style = { font: { ...FONT, size: 16, bold: true } };
  const meta: Array<[string, string | Date | null]> = [
    ["事業者", s.organization],
    ["教育計画", `${s.plan.title}（${s.plan.fiscalYear}年度）`],
    ["期間開始", dateCell(s.plan.periodStart)],
    ["期間終了", dateCell(s.plan.periodEnd)],
    ["承認", s.plan.status === "approved" ? (s.plan.approverName ?? "") : "未承認"],
    ["承認日", dateCell(s.plan.approvedOn)],
    ["出力日", dateCell(s.today)],
  ];
  meta.forEach(([label, value], i) => {
    ws.getCell(i + 2, 1).value = label;
    ws.getCell(i + 2, 1).style = { font: { ...FONT, bold: true } };
    ws.mergeCells(i + 2, 1, i + 2, 2);
    ws.getCell(i + 2, 3).value = value;
    ws.getCell(i + 2, 3).style =
      value instanceof Date
        ? { font: FONT, numFmt: DATE_FORMAT, alignment: { horizontal: "left" } }
        : { font: FONT };
  });
  const head = meta.length + 3;
  put(
    ws,
    head,
    [...SUMMARY_HEADERS],
    SUMMARY_HEADERS.map(() => HEADER),
  );
  const styles = [NUMBER, CELL, CELL, CELL, CELL, NUMBER, NUMBER, PERCENT, DATE, DATE, DATE];
  s.courses.forEach((c, i) => {
    put(
      ws,
      head + 1 + i,
      [
        i + 1,
        c.title,
        c.audienceLabel,
        c.deliveryLabel,
        windowText(c.scheduledFrom, c.scheduledTo),
        c.targets,
        c.completed,
        c.rate,
        dateCell(c.firstCompletedOn),
        dateCell(c.lastCompletedOn),
        dateCell(c.allCompletedOn),
      ],
      styles,
    );
  });
  ws.views = [{ state: "frozen", ySplit: head }];
  const t = s.totals;
  const totals: Array<[string, number | Date | null]> = [
    ["対象者（実人数）", t.peopleTargeted],
    ["1コース以上修了した人", t.peopleCompleted],
    ["対象の全コースを修了した人", t.peopleCompletedAll],
    ["在籍者", t.staffInOffice],
    ["在籍者のうち年次教育を修了した人", t.staffInOfficeCompleted],
    ["在籍者全員の修了日", dateCell(t.allStaffCompletedOn)],
  ];
  const from = head + s.courses.length + 3;
  totals.forEach(([label, value], i) => {
    ws.getCell(from + i, 2).value = label;
    ws.getCell(from + i, 2).style = { ...CELL, font: { ...FONT, bold: true } };
    ws.getCell(from + i, 3).value = value;
    ws.getCell(from + i, 3).style = value instanceof Date ? DATE : NUMBER;
  });
}

export const UNDERSTANDING_HEADERS = [
  "コース",
  "No.",
  "問題",
  "回答者数",
  "正解者数",
  "正答率",
  "最も多かった誤答",
  "誤答の人数",
  "正答率の低い部署",
] as const;

function understandingSheet(wb: ExcelJS.Workbook, list: readonly CourseUnderstanding[]) {
  const ws = sheet(wb, UNDERSTANDING_SHEET, [28, 6, 48, 10, 10, 10, 36, 10, 40]);
  ws.getCell("A1").value = "理解度（各人の1回目の回答による）";
  ws.getCell("A1").style = { font: { ...FONT, size: 14, bold: true } };
  put(
    ws,
    3,
    [...UNDERSTANDING_HEADERS],
    UNDERSTANDING_HEADERS.map(() => HEADER),
  );
  let row = 4;
  const styles = [CELL, NUMBER, CELL, NUMBER, NUMBER, PERCENT, CELL, NUMBER, CELL];
  for (const u of list)
    for (const q of u.questions) {
      const wrong = q.choices.find((c) => c.id === q.topWrongChoiceId);
      const depts = q.departments
        .slice(0, 3)
        .map((d) => `${d.departmentName ?? "部署なし"} ${d.correct}/${d.answered}`)
        .join("、");
      put(
        ws,
        row++,
        [
          u.courseTitle,
          q.number,
          q.prompt,
          q.answered,
          q.correct,
          q.rate,
          wrong?.text ?? null,
          wrong?.count ?? null,
          depts || null,
        ],
        styles,
      );
    }
  ws.views = [{ state: "frozen", ySplit: 3 }];
}

export async function summaryXlsx(
  s: EducationSummary,
  understanding: readonly CourseUnderstanding[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "mamori";
  wb.created = new Date();
  summarySheet(wb, s);
  understandingSheet(wb, understanding);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
