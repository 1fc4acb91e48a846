// 教育実施サマリー as a PDF: the plan's period and approval, one row per course (audience,
// delivery, window, targets, completions, rate, first and last completion, the day all had
// completed) and the totals the application asks for. A4 landscape with the 承認・確認・作成
// boxes. The same model as the JSON and the xlsx (education.summary.ts). Runs on the PDF
// worker thread; every text is pdfmake text.
import type { TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import {
  headCell,
  jaDay,
  labelledRows,
  pageFooter,
  stampBoxes,
  thinLines,
} from "./education.pdf-parts.ts";
import type { EducationSummary } from "./education.summary.ts";

/** The module file the worker imports (pdf-job.ts, kind "document"). */
export const SUMMARY_PDF_MODULE = import.meta.url;

export const rateText = (rate: number | null) => (rate === null ? "―" : `${rate.toFixed(1)}%`);
export const windowText = (from: string | null, to: string | null) =>
  from || to ? `${jaDay(from)}〜${jaDay(to)}` : "";

export const SUMMARY_HEADERS = [
  "No.",
  "コース",
  "対象",
  "実施方法",
  "実施予定",
  "対象者数",
  "修了者数",
  "修了率",
  "最初の修了日",
  "最後の修了日",
  "全員の修了日",
] as const;

export function pdfDocument(raw: unknown): TDocumentDefinitions {
  const s = raw as EducationSummary;
  const t = s.totals;
  const body: TableCell[][] = [
    SUMMARY_HEADERS.map(headCell),
    ...s.courses.map((c, i): TableCell[] => [
      { text: String(i + 1), alignment: "right" },
      { text: c.title },
      { text: c.audienceLabel },
      { text: c.deliveryLabel },
      { text: windowText(c.scheduledFrom, c.scheduledTo) },
      { text: String(c.targets), alignment: "right" },
      { text: String(c.completed), alignment: "right" },
      { text: rateText(c.rate), alignment: "right" },
      { text: jaDay(c.firstCompletedOn) },
      { text: jaDay(c.lastCompletedOn) },
      { text: jaDay(c.allCompletedOn) || "未了" },
    ]),
  ];
  if (!s.courses.length)
    body.push([
      { text: "コースはまだありません。", colSpan: SUMMARY_HEADERS.length },
      ...SUMMARY_HEADERS.slice(1).map(() => ({})),
    ] as TableCell[]);
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [36, 32, 36, 44],
    info: { title: `教育実施サマリー ${s.plan.title}`, creator: "mamori", producer: "mamori" },
    defaultStyle: { fontSize: 8.5, lineHeight: 1.25 },
    footer: pageFooter,
    content: [
      {
        columns: [
          {
            width: "*",
            stack: [
              { text: "教育実施サマリー", fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
              { text: `${s.organization}　出力日 ${jaDay(s.today)}`, fontSize: 9 },
            ],
          },
          { width: "auto", stack: [stampBoxes()] },
        ],
        margin: [0, 0, 0, 10],
      },
      labelledRows(
        [
          ["教育計画", `${s.plan.title}（${s.plan.fiscalYear}年度）`],
          ["期間", `${jaDay(s.plan.periodStart)}〜${jaDay(s.plan.periodEnd)}`],
          [
            "承認",
            s.plan.status === "approved"
              ? `${s.plan.approverName ?? ""}　${jaDay(s.plan.approvedOn)}`
              : "未承認",
          ],
          ["教育責任者", s.plan.responsibleName ?? ""],
        ],
        80,
      ),
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [18, "*", 70, 52, 120, 38, 38, 38, 70, 70, 70],
          body,
        },
        layout: thinLines,
        margin: [0, 0, 0, 10],
      },
      labelledRows(
        [
          ["対象者（延べでなく実人数）", `${t.peopleTargeted}名`],
          ["1コース以上修了した人", `${t.peopleCompleted}名`],
          ["対象の全コースを修了した人", `${t.peopleCompletedAll}名`],
          [
            "在籍者の年次教育",
            `在籍 ${t.staffInOffice}名のうち ${t.staffInOfficeCompleted}名が修了` +
              (t.allStaffCompletedOn ? `（全員の修了日 ${jaDay(t.allStaffCompletedOn)}）` : ""),
          ],
        ],
        150,
      ),
    ],
  };
}
