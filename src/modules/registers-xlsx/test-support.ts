// Helpers for the registers-xlsx tests: workbooks built with exceljs, multipart uploads.

import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import type { TestApp, TestUser } from "../../test/harness.ts";
import { sameOrigin } from "../../test/harness.ts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export type Cell = string | number | Date | null | ExcelJS.CellValue;

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A one-sheet workbook: optional rows above the header, the header, the data rows. */
export async function simpleWorkbook(
  header: string[],
  rows: Cell[][],
  above: Cell[][] = [],
  sheet = "台帳",
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of above) ws.addRow(r);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return toBuffer(wb);
}

export async function openWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

type Fields = {
  mode?: string;
  sheet?: string;
  mapping?: Record<string, string | null>;
  createDepartments?: string;
};

export function multipart(
  file: { name: string; content: Buffer; type?: string } | null,
  fields: Fields = {},
) {
  const boundary = `----mamori-test-${randomBytes(8).toString("hex")}`;
  const parts: Buffer[] = [];
  const field = (name: string, value: string) =>
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  if (fields.mode) field("mode", fields.mode);
  if (fields.sheet) field("sheet", fields.sheet);
  if (fields.mapping) field("mapping", JSON.stringify(fields.mapping));
  if (fields.createDepartments !== undefined) field("createDepartments", fields.createDepartments);
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? XLSX_TYPE}\r\n\r\n`,
      ),
      file.content,
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { boundary, payload: Buffer.concat(parts) };
}

/** POSTs a workbook to an import route as `user`. */
export function upload(
  t: TestApp,
  user: TestUser,
  url: string,
  content: Buffer,
  fields: Fields = {},
  opts: { lang?: string; name?: string; type?: string } = {},
) {
  const { boundary, payload } = multipart(
    { name: opts.name ?? "台帳.xlsx", content, ...(opts.type ? { type: opts.type } : {}) },
    fields,
  );
  return t.app.inject({
    method: "POST",
    url,
    headers: {
      cookie: user.cookie,
      ...sameOrigin,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "accept-language": opts.lang ?? "ja",
    },
    payload,
  });
}
