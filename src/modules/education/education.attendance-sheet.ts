// 出席簿 of a session: the course, the day (西暦 with 和暦), the time, the place or the meeting,
// the instructor, then the invitees by department and reading with a blank 署名 box each (the
// sheet goes round the room, or is filled from the meeting's participant list), and 出欠 once
// recorded. A4 portrait, the header row repeated, page numbers. Runs on the PDF worker thread
// (exports' renderOnWorker, kind "document"); every text is pdfmake text, never markup.
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import {
  breakLong,
  headCell,
  jaDay,
  jaDayWithWareki,
  labelledRows,
  pageFooter,
  SESSION_KIND_LABELS,
  thinLines,
  timeRange,
} from "./education.pdf-parts.ts";

export type AttendanceSheetInput = {
  organization: string;
  courseTitle: string;
  sessionTitle: string | null;
  kind: string;
  heldOn: string;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  meetingUrl: string | null;
  instructorName: string | null;
  printedOn: string;
  /** By department, then reading (the service's order). */
  rows: Array<{ department: string | null; name: string; status: string }>;
};

/** The module file the worker imports (pdf-job.ts, kind "document"). */
export const ATTENDANCE_SHEET_MODULE = import.meta.url;

const STATUS_MARKS: Readonly<Record<string, string>> = { present: "出席", absent: "欠席" };

export function pdfDocument(raw: unknown): TDocumentDefinitions {
  const input = raw as AttendanceSheetInput;
  const where =
    input.kind === "remote"
      ? ["会議URL", breakLong(input.meetingUrl ?? "")]
      : ["場所", input.place ?? ""];
  const body: TableCell[][] = [
    ["No.", "部署", "氏名", "署名", "出欠"].map(headCell),
    ...input.rows.map((r, i): TableCell[] => [
      { text: String(i + 1), alignment: "right" },
      { text: r.department ?? "" },
      { text: r.name, fontSize: 10 },
      { text: "", margin: [0, 9, 0, 9] },
      { text: STATUS_MARKS[r.status] ?? "", alignment: "center" },
    ]),
  ];
  const content: Content[] = [
    { text: "出席簿", fontSize: 18, bold: true, alignment: "center", margin: [0, 0, 0, 4] },
    { text: input.organization, alignment: "center", margin: [0, 0, 0, 12] },
    labelledRows([
      [
        "研修名",
        input.sessionTitle ? `${input.courseTitle}（${input.sessionTitle}）` : input.courseTitle,
      ],
      ["形式", SESSION_KIND_LABELS[input.kind] ?? input.kind],
      ["実施日", jaDayWithWareki(input.heldOn)],
      ["時間", timeRange(input.startsAt, input.endsAt)],
      [where[0] ?? "", where[1] ?? ""],
      ["講師", input.instructorName ?? ""],
      ["対象者", `${input.rows.length}名`],
    ]),
    input.rows.length === 0
      ? { text: "招集した人はいません。", fontSize: 10 }
      : {
          table: { headerRows: 1, dontBreakRows: true, widths: [24, 110, 110, "*", 40], body },
          layout: thinLines,
        },
  ];
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [40, 40, 40, 48],
    info: {
      title: `出席簿 ${input.courseTitle} ${input.heldOn}`,
      creator: "mamori",
      producer: "mamori",
    },
    defaultStyle: { fontSize: 9, lineHeight: 1.25 },
    header: (page: number) =>
      page > 1
        ? {
            text: `出席簿　${input.courseTitle}　${jaDay(input.heldOn)}`,
            fontSize: 8,
            margin: [40, 20, 40, 0],
          }
        : null,
    footer: pageFooter,
    content,
  };
}
