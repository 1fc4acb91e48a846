// exceljs on its own, as the yardstick of the import and the export: read the same workbook
// (every cell's value touched, nothing parsed or validated) and write the same values (no
// styles, no title block, no database).
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";

/** What the import does first: the whole workbook into memory, then every cell read. */
export async function rawRead(file: Buffer): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  let cells = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== undefined) cells++;
      }),
    );
  return cells;
}

/** exceljs's streaming reader over the same file (rows as they are unzipped). */
export async function rawStreamRead(file: Buffer): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    sharedStrings: "cache",
    worksheets: "emit",
  });
  let cells = 0;
  for await (const ws of reader)
    for await (const row of ws)
      row.eachCell((cell) => {
        if (cell.value !== undefined) cells++;
      });
  return cells;
}

/** The cell values of the first sheet, row by row (untimed: the input of the raw writes). */
export async function sheetValues(file: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws?.eachRow((row) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // merged cells repeat the master's value; raw data has it once
      values[col - 1] = cell.isMerged && cell.master !== cell ? null : cell.value;
    });
    rows.push(values);
  });
  return rows;
}

/** The values written with the plain in-memory workbook (the usual exceljs way). */
export async function rawWrite(values: unknown[][]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRows(values);
  const out = await wb.xlsx.writeBuffer();
  return out.byteLength;
}

/** The values written with exceljs's streaming writer (the writer the export uses). */
export async function rawStreamWrite(values: unknown[][]): Promise<number> {
  let bytes = 0;
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => {
    bytes += c.length;
  });
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const ws = wb.addWorksheet("Sheet1");
  for (const v of values) ws.addRow(v).commit();
  ws.commit();
  await wb.commit();
  await done;
  return bytes;
}
