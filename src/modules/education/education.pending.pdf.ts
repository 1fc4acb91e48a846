// The printed list of people who have not completed a course (未修了者一覧): A4 portrait, grouped
// by department, one row per person with the due day (overdue marked), whether they have an
// e-mail address and an empty box to note the day they took it, so the PMS office can go round
// with it where there is no mail. Laid out on the PDF worker thread (exports' renderOnWorker,
// kind "document"); names are pdfmake text, never markup.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";

export type PendingRow = {
  name: string;
  department: string | null;
  dueOn: string | null;
  overdue: boolean;
  hasEmail: boolean;
  /** Tried the test without passing yet. */
  failed: boolean;
};

export type PendingListInput = {
  organization: string;
  course: string;
  printedOn: string;
  rows: PendingRow[];
};

/** The module file the worker imports (pdf-job.ts, kind "document"). */
export const PENDING_LIST_MODULE = import.meta.url;

/** 2027-03-06 → 2027年3月6日 */
const jaDay = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

const NO_DEPARTMENT = "（部門なし）";

export function pdfDocument(raw: unknown): TDocumentDefinitions {
  const input = raw as PendingListInput;
  const groups = new Map<string, PendingRow[]>();
  for (const r of input.rows) {
    const key = r.department ?? NO_DEPARTMENT;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const head = ["No.", "氏名", "受講期限", "状況", "メール", "受講日・確認欄"].map(
    (text): Content => ({ text, bold: true, fontSize: 8, fillColor: "#eeeeee" }),
  );
  const content: Content[] = [];
  for (const [dept, rows] of groups) {
    content.push({
      text: `${dept}（${rows.length}名）`,
      bold: true,
      fontSize: 10,
      margin: [0, 8, 0, 4],
    });
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [20, 110, 90, 60, 30, "*"],
        body: [
          head,
          ...rows.map((r, i): Content[] => [
            { text: String(i + 1), fontSize: 8 },
            { text: r.name, fontSize: 9 },
            {
              text: r.dueOn ? `${jaDay(r.dueOn)}${r.overdue ? "（超過）" : ""}` : "",
              fontSize: 8,
              bold: r.overdue,
            },
            { text: r.failed ? "未合格" : "未受講", fontSize: 8 },
            { text: r.hasEmail ? "あり" : "なし", fontSize: 8 },
            { text: "", margin: [0, 10, 0, 10] },
          ]),
        ],
      },
    });
  }
  return {
    pageSize: "A4",
    pageMargins: [28, 56, 28, 36],
    info: { title: `未修了者一覧 ${input.course}` },
    header: {
      stack: [
        { text: `未修了者一覧　${input.course}`, fontSize: 11, bold: true },
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
    content: input.rows.length === 0 ? [{ text: "未修了の人はいません。", fontSize: 10 }] : content,
  };
}
