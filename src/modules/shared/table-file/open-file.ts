// Opens an uploaded spreadsheet: an .xlsx workbook (every sheet) or a CSV file (one sheet),
// told apart by content, not by name. Anything else is one of the FILE_* problems.
import ExcelJS from "exceljs";
import { decodeText, guessDelimiter, parseCsv } from "./csv-text.ts";
import { type RowSource, recordsSource, worksheetSource } from "./sheet-rows.ts";

export type FileProblem = "FILE_EMPTY" | "FILE_TYPE" | "FILE_UNREADABLE";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const FOREIGN = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xd0, 0xcf, 0x11, 0xe0], // old .xls / .doc
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
];
const FOREIGN_EXT = /\.(png|jpe?g|gif|bmp|webp|pdf|docx?|pptx?|zip|ods|odt|numbers|xls)$/i;
const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);

async function loadXlsx(buffer: Buffer): Promise<RowSource[] | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return null;
  }
  return wb.worksheets.length ? wb.worksheets.map(worksheetSource) : null;
}

/** A name that says the file is something else (an image, a PDF, an old .xls …). */
export const hasForeignName = (filename: string) => FOREIGN_EXT.test(filename);

/** What an upload is, by its bytes: a ZIP (an .xlsx, to be opened), text, or a problem. */
export type UploadKind = { kind: "zip" } | { kind: "text"; text: string } | FileProblem;

export function sniffUpload(buffer: Buffer, filename: string): UploadKind {
  if (buffer.length === 0) return "FILE_EMPTY";
  // A workbook renamed .csv is a ZIP; a text file renamed .xlsx is read as text.
  if (startsWith(buffer, ZIP)) return { kind: "zip" };
  if (FOREIGN.some((sig) => startsWith(buffer, sig))) return "FILE_TYPE";
  const text = decodeText(buffer);
  if (text === null) return hasForeignName(filename) ? "FILE_TYPE" : "FILE_UNREADABLE";
  return { kind: "text", text };
}

/** The sheets of the file, or why it cannot be read. Never throws. */
export async function openTableFile(
  buffer: Buffer,
  filename: string,
): Promise<RowSource[] | FileProblem> {
  try {
    const sniffed = sniffUpload(buffer, filename);
    if (typeof sniffed === "string") return sniffed;
    if (sniffed.kind === "zip")
      return (
        (await loadXlsx(buffer)) ?? (hasForeignName(filename) ? "FILE_TYPE" : "FILE_UNREADABLE")
      );
    const name = filename.replace(/\.[^.]*$/, "") || "CSV";
    return [recordsSource(name, parseCsv(sniffed.text, guessDelimiter(sniffed.text)))];
  } catch {
    return "FILE_UNREADABLE";
  }
}
