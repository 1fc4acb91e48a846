// The printed sheet of personal links, for staff without e-mail: A4 portrait, cards two by
// two with dashed cut lines, each with the person's name and department, what the link is
// for, its QR code (the qrcode package, drawn as a grayscale PNG), the URL and the last valid
// day. Runs on the PDF worker thread (exports' renderOnWorker, kind "document"); names are
// pdfmake text, never markup.
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import QRCode from "qrcode";
import { personalLinkPurpose } from "../../core/personal-links/purposes.ts";

export type SheetCard = {
  name: string;
  department: string | null;
  url: string;
  /** YYYY-MM-DD (Japan). */
  lastDay: string;
};

export type SheetInput = {
  organization: string;
  purpose: string;
  /** What within the purpose, when the links are per thing (a course's title). */
  subjectTitle?: string;
  /** YYYY-MM-DD (Japan). */
  printedOn: string;
  cards: SheetCard[];
};

/** The module file the worker imports (pdf-job.ts, kind "document"). */
export const SHEET_MODULE = import.meta.url;

const QR_OPTIONS = {
  errorCorrectionLevel: "M",
  margin: 4,
  scale: 4,
  type: "png",
  // Grayscale without alpha (handed to pngjs, which @types/qrcode does not describe): pdfkit
  // embeds it as it is instead of decoding it to split off a mask.
  rendererOpts: { colorType: 0 },
} as const;

/** 2027-03-06 → 2027年3月6日 */
export function japaneseDay(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** The URL in lines short enough for a card (a URL has no spaces for pdfmake to break at). */
export function urlLines(url: string, width = 44): string[] {
  const at = url.lastIndexOf("/p/") + 3;
  const head = url.slice(0, at);
  const rest = url.slice(at);
  const lines =
    head.length <= width ? [head] : (head.match(new RegExp(`.{1,${width}}`, "g")) ?? []);
  for (let i = 0; i < rest.length; i += width) lines.push(rest.slice(i, i + width));
  return lines;
}

export const SHEET_INSTRUCTION =
  "スマートフォンのカメラでQRコードを読み取ると、あなた専用のページが開きます。" +
  "読み取れないときは下のURLを入力してください。このカードはご本人専用です。ほかの人に渡したり、写真を共有したりしないでください。";

/** 用件 as the card says it: the purpose, with the course's title when the link is for one. */
export function cardPurpose(input: Pick<SheetInput, "purpose" | "subjectTitle">): string {
  const purpose = personalLinkPurpose(input.purpose)?.label.ja ?? input.purpose;
  return input.subjectTitle ? `${purpose}「${input.subjectTitle}」` : purpose;
}

async function card(c: SheetCard, input: SheetInput): Promise<Content> {
  const qr = await QRCode.toDataURL(c.url, QR_OPTIONS as unknown as QRCode.QRCodeToDataURLOptions);
  const purpose = cardPurpose(input);
  return {
    stack: [
      {
        columns: [
          { image: qr, width: 100 },
          {
            width: "*",
            margin: [6, 4, 0, 0],
            stack: [
              { text: input.organization, fontSize: 7, color: "#555555" },
              { text: `${c.name} 様`, fontSize: 13, bold: true, margin: [0, 3, 0, 1] },
              { text: c.department ?? "", fontSize: 8, color: "#333333" },
              { text: `用件：${purpose}`, fontSize: 9, margin: [0, 6, 0, 0] },
              { text: `有効期限：${japaneseDay(c.lastDay)}まで`, fontSize: 9 },
            ],
          },
        ],
      },
      { text: SHEET_INSTRUCTION, fontSize: 6.5, margin: [0, 4, 0, 3], lineHeight: 1.2 },
      { stack: urlLines(c.url).map((l) => ({ text: l, fontSize: 7 })) },
    ],
    margin: [8, 8, 8, 8],
  };
}

export async function pdfDocument(raw: unknown): Promise<TDocumentDefinitions> {
  const input = raw as SheetInput;
  const purpose = personalLinkPurpose(input.purpose)?.label.ja ?? input.purpose;
  const cells = await Promise.all(input.cards.map((c) => card(c, input)));
  const rows: Content[][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i] ?? "", cells[i + 1] ?? ""]);
  const dash = { dash: { length: 3, space: 3 } };
  return {
    pageSize: "A4",
    pageMargins: [28, 40, 28, 32],
    info: { title: `本人用リンク（${purpose}）` },
    header: {
      text: `本人用リンク（${purpose}）　${input.organization}　${japaneseDay(input.printedOn)} 発行`,
      fontSize: 8,
      margin: [28, 18, 28, 0],
    },
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: "center",
      fontSize: 7,
    }),
    content: [
      {
        table: { widths: ["50%", "50%"], body: rows, dontBreakRows: true },
        layout: {
          hLineStyle: () => dash,
          vLineStyle: () => dash,
          hLineColor: () => "#999999",
          vLineColor: () => "#999999",
          paddingLeft: () => 0,
          paddingRight: () => 0,
          paddingTop: () => 0,
          paddingBottom: () => 0,
        },
      },
    ],
  };
}
