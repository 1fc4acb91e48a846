// The printed list of people who have not confirmed (or signed) a version: A4 portrait, one
// row per person with department, request and due days, and an empty box to sign in, so the
// PMS office can go round with it and enter the signed sheet afterwards (record-paper). Laid
// out on the PDF worker thread (exports' renderOnWorker, kind "document"); names are pdfmake
// text, never markup.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";

export type PendingSheetRow = {
  name: string;
  department: string | null;
  /** YYYY-MM-DD (Japan). */
  requestedOn: string;
  dueOn: string | null;
  overdue: boolean;
  hasEmail: boolean;
};

export type PendingSheetInput = {
  organization: string;
  document: string;
  kind: "read" | "pledge";
  printedOn: string;
  rows: PendingSheetRow[];
};

/** The module file the worker imports (pdf-job.ts, kind "document"). */
export const PENDING_SHEET_MODULE = import.meta.url;

/** 2027-03-06 → 2027年3月6日 */
const jaDay = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

export function pdfDocument(raw: unknown): TDocumentDefinitions {
  const input = raw as PendingSheetInput;
  const what = input.kind === "pledge" ? "誓約" : "確認";
  const title = `未${what}者一覧`;
  const head = ["No.", "氏名", "部門", "依頼日", "期限", "メール", `${what}欄（署名・日付）`].map(
    (text): Content => ({ text, bold: true, fontSize: 8, fillColor: "#eeeeee" }),
  );
  const body: Content[][] = [
    head,
    ...input.rows.map((r, i): Content[] => [
      { text: String(i + 1), fontSize: 8 },
      { text: r.name, fontSize: 9 },
      { text: r.department ?? "", fontSize: 8 },
      { text: jaDay(r.requestedOn), fontSize: 8 },
      {
        text: r.dueOn ? `${jaDay(r.dueOn)}${r.overdue ? "（超過）" : ""}` : "",
        fontSize: 8,
        bold: r.overdue,
      },
      { text: r.hasEmail ? "あり" : "なし", fontSize: 8 },
      { text: "", margin: [0, 10, 0, 10] },
    ]),
  ];
  return {
    pageSize: "A4",
    pageMargins: [28, 56, 28, 36],
    info: { title: `${title} ${input.document}` },
    header: {
      stack: [
        { text: `${title}　${input.document}`, fontSize: 11, bold: true },
        {
          text: `${input.organization}　${jaDay(input.printedOn)} 現在　${input.rows.length}名`,
          fontSize: 8,
        },
      ],
      margin: [28, 18, 28, 0],
    },
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: "center",
      fontSize: 7,
    }),
    content:
      input.rows.length === 0
        ? [{ text: `未${what}の人はいません。`, fontSize: 10 }]
        : [
            {
              table: {
                headerRows: 1,
                dontBreakRows: true,
                widths: [20, 90, 90, 62, 78, 30, "*"],
                body,
              },
            },
          ],
  };
}
