// Pieces the education PDFs share (出席簿, 教育実施報告書, 教育実施サマリー, 修了証): dates as
// 2026年5月12日, the 承認・確認・作成 stamp boxes of the documents' PDFs, thin table rules and
// 「- n / N -」 page numbers. Pure pdfmake data: these modules run on the PDF worker thread.
import type { Content, TableCell } from "pdfmake/interfaces";
import { formatSeireki, formatWareki } from "../../core/wareki.ts";

export const HEADER_FILL = "#D9D9D9";

/** 2026-05-12 → 2026年5月12日; empty when not set. */
export const jaDay = (iso: string | null | undefined) => (iso ? formatSeireki(iso) : "");
/** 2026-05-12 → 2026年5月12日（令和8年5月12日）. */
export const jaDayWithWareki = (iso: string) => `${formatSeireki(iso)}（${formatWareki(iso)}）`;

/** 10:00〜11:30, or the one time given, or empty. */
export const timeRange = (starts: string | null, ends: string | null) =>
  starts && ends ? `${starts}〜${ends}` : starts ? `${starts}〜` : ends ? `〜${ends}` : "";

export const SESSION_KIND_LABELS: Readonly<Record<string, string>> = {
  classroom: "集合研修",
  remote: "オンライン研修",
};

export const thinLines = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** 承認 / 確認 / 作成: a label row and an empty box for each stamp, at the right. */
export function stampBoxes(): Content {
  const labels = ["承認", "確認", "作成"];
  return {
    columns: [
      { width: "*", text: "" },
      {
        width: "auto",
        table: {
          widths: [56, 56, 56],
          heights: (row: number) => (row === 1 ? 40 : 12),
          body: [
            labels.map((text) => ({ text, alignment: "center", fillColor: HEADER_FILL })),
            labels.map(() => ({ text: "" })),
          ],
        },
        layout: thinLines,
        fontSize: 8,
      },
    ],
  };
}

/** A two-column table of label and value (the head of a report). */
export function labelledRows(rows: ReadonlyArray<[string, string]>, labelWidth = 90): Content {
  return {
    table: {
      widths: [labelWidth, "*"],
      body: rows.map(([label, value]): TableCell[] => [
        { text: label, fillColor: HEADER_FILL, bold: true },
        { text: value || "―" },
      ]),
    },
    layout: thinLines,
    margin: [0, 0, 0, 10],
  };
}

export const headCell = (text: string): TableCell => ({
  text,
  bold: true,
  fillColor: HEADER_FILL,
  alignment: "center",
});

export const pageFooter = (page: number, pages: number): Content => ({
  text: `- ${page} / ${pages} -`,
  alignment: "center",
  fontSize: 8,
  margin: [0, 14, 0, 0],
});

/** pdfmake never breaks a long Latin word (a meeting URL): cut it into pieces that fit. */
export function breakLong(text: string, most = 60): string {
  return text.replace(/[\x21-\x7e]+/g, (word) => {
    if (word.length <= most) return word;
    const pieces: string[] = [];
    for (let i = 0; i < word.length; i += most) pieces.push(word.slice(i, i + most));
    return pieces.join("\n");
  });
}
