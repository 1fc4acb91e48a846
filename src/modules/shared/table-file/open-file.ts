// Opens an uploaded spreadsheet: an .xlsx workbook (every sheet) or a CSV file (one sheet),
// told apart by content, not by name. Anything else is one of the FILE_* problems.
import ExcelJS from "exceljs";
// The CSV decoding (UTF-8 / Shift_JIS / UTF-16) and splitting of the people import; they move
// here when that import switches to this reader.
import { decodeText, parseCsv } from "../../people/people.parse.ts";
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

/** The sheets of the file, or why it cannot be read. Never throws. */
export async function openTableFile(
  buffer: Buffer,
  filename: string,
): Promise<RowSource[] | FileProblem> {
  try {
    if (buffer.length === 0) return "FILE_EMPTY";
    const foreignName = FOREIGN_EXT.test(filename);
    if (startsWith(buffer, ZIP)) {
      return (await loadXlsx(buffer)) ?? (foreignName ? "FILE_TYPE" : "FILE_UNREADABLE");
    }
    if (FOREIGN.some((sig) => startsWith(buffer, sig))) return "FILE_TYPE";
    // A workbook renamed .csv is caught above; a text file renamed .xlsx is read as CSV.
    const text = decodeText(buffer);
    if (text === null) return foreignName ? "FILE_TYPE" : "FILE_UNREADABLE";
    const firstLine = text.slice(0, text.search(/\r|\n|$/));
    const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
    const name = filename.replace(/\.[^.]*$/, "") || "CSV";
    return [recordsSource(name, parseCsv(text, delimiter))];
  } catch {
    return "FILE_UNREADABLE";
  }
}
