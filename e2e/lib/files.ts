// Files the app hands out: a download started by a click (the browser's download event) or
// fetched with the page's session, and an xlsx read back as cell texts.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { AssertionError, TIMEOUT_MS } from "./expect.ts";
import { need, type World } from "./world.ts";

export type Downloaded = { filename: string; body: Buffer };

/** Clicks `target` (a download link) and returns the file the browser saved. */
export async function downloadBy(
  page: Page,
  target: Locator,
  timeoutMs = TIMEOUT_MS,
): Promise<Downloaded> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: timeoutMs }),
    target.click(),
  ]);
  const failure = await download.failure();
  if (failure) throw new AssertionError(`download failed: ${failure}`);
  const path = await download.path();
  return { filename: download.suggestedFilename(), body: await readFile(path) };
}

export type FileResponse = {
  status: number;
  contentType: string;
  disposition: string;
  body: Buffer;
};

/** GET under /api/v1/orgs/:orgId with the page's session, the body as bytes. */
export async function orgFile(w: World, path: string, timeoutMs = 30_000): Promise<FileResponse> {
  const url = `${w.baseUrl}/api/v1/orgs/${need(w.orgId, "organization id")}${path}`;
  const res = await w.page.request.get(url, { timeout: timeoutMs });
  const headers = res.headers();
  return {
    status: res.status(),
    contentType: headers["content-type"] ?? "",
    disposition: headers["content-disposition"] ?? "",
    body: await res.body(),
  };
}

export const isPdf = (body: Buffer) => body.subarray(0, 5).toString("latin1") === "%PDF-";

/** A cell's value as text: dates as YYYY-MM-DD, rich text joined, formulas by their result. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== "object") return String(v).trim();
  if ("richText" in v)
    return v.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if ("result" in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
  if ("text" in v) return String(v.text).trim();
  return "";
}

export type SheetText = { name: string; rows: string[][] };

/** The first worksheet as text, row by row (index 0 = Excel row 1, column 0 = A). */
export async function readSheet(buffer: Buffer): Promise<SheetText> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new AssertionError("the workbook has no worksheet");
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, ws.columnCount); c++)
      cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return { name: ws.name, rows };
}
