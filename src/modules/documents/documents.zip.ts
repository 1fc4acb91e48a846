// 文書一式: every document in force (published, not archived) as Word and PDF in one zip, with
// 文書一覧.xlsx listing them — what an organization hands its examiner or keeps on a share.
// The zip is written with fflate (the docx package's own zip writer); the files inside are
// compressed already (docx is a zip, the PDFs are deflated), so they are stored as they are.
import ExcelJS from "exceljs";
import { type Zippable, zipSync } from "fflate";
import { DOCUMENT_KIND_LABELS, type DocumentKind } from "../../core/documents/status.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { renderOnWorker } from "../exports/index.ts";
import { renderDocx } from "./documents.docx.ts";
import { type CurrentDocument, loadCurrentOutputs } from "./documents.output.load.ts";
import { editionText, outputFileName } from "./documents.output.model.ts";
import { DOCUMENT_PDF_MODULE } from "./documents.pdf.ts";

export const INDEX_NAME = "文書一覧.xlsx";
const FONT: Partial<ExcelJS.Font> = { name: "游ゴシック", family: 3, charset: 128, size: 10 };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export type ZipFile = { bytes: Buffer; printedOn: string; documents: number };

/** A name not yet in the zip: two numbers cleaned to the same text get (2), (3) … */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf(".");
  for (let n = 2; taken.has(candidate); n++)
    candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
  taken.add(candidate);
  return candidate;
}

const parseDay = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
};

/** 文書一覧: number, title, kind, version, 施行日 and the file names, one row per document. */
export async function indexWorkbook(
  docs: CurrentDocument[],
  names: string[][],
  organization: string,
  printedOn: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "mamori";
  const ws = wb.addWorksheet("文書一覧", {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    },
    views: [{ state: "frozen", ySplit: 3 }],
  });
  const widths = [12, 40, 10, 8, 16, 48, 48];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getCell("A1").value = `文書一覧　${organization}`;
  ws.getCell("A1").font = { ...FONT, size: 14, bold: true };
  ws.getCell("A2").value = `出力日 ${printedOn.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日")}`;
  ws.getCell("A2").font = FONT;
  const header = ws.getRow(3);
  header.values = ["文書番号", "文書名", "種別", "版", "施行日", "Word ファイル", "PDF ファイル"];
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.border = BOX;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
    cell.alignment = { horizontal: "center", vertical: "middle" };
  });
  docs.forEach(({ kind, output: o }, i) => {
    const row = ws.getRow(4 + i);
    const label = DOCUMENT_KIND_LABELS[kind as DocumentKind]?.ja ?? kind;
    // Text cells only (never formulas): a title typed as "=…" stays text.
    row.values = [
      { richText: [{ text: o.number }] },
      { richText: [{ text: o.title }] },
      label,
      editionText(o.versionNo),
      o.effectiveOn ? parseDay(o.effectiveOn) : null,
      names[i]?.[0] ?? "",
      names[i]?.[1] ?? "",
    ];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = FONT;
      cell.border = BOX;
      cell.alignment = { vertical: "top", wrapText: col !== 5 };
      if (col === 5) cell.numFmt = 'yyyy"年"m"月"d"日"';
    });
  });
  if (!docs.length) ws.getCell("A4").value = "施行中の文書はありません。";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The zip of every document in force, rendered one after the other on the PDF worker. */
export async function currentDocumentsZip(
  db: Db,
  ctx: OrgContext,
  now = new Date(),
): Promise<ZipFile> {
  const { organization, documents: docs } = await loadCurrentOutputs(db, ctx, now);
  const printedOn = todayInJapan(now);
  const taken = new Set<string>([INDEX_NAME]);
  const files: Zippable = {};
  const names: string[][] = [];
  for (const { output } of docs) {
    const docxName = uniqueName(outputFileName(output, "docx"), taken);
    const pdfName = uniqueName(outputFileName(output, "pdf"), taken);
    names.push([docxName, pdfName]);
    files[docxName] = [await renderDocx(output), { level: 0 }];
    const pdf = await renderOnWorker({
      kind: "document",
      module: DOCUMENT_PDF_MODULE,
      input: output,
    });
    files[pdfName] = [pdf, { level: 0 }];
  }
  files[INDEX_NAME] = [await indexWorkbook(docs, names, organization, printedOn), { level: 0 }];
  const bytes = zipSync(files, { mtime: now });
  return { bytes: Buffer.from(bytes), printedOn, documents: docs.length };
}
