// The PDF exports of the register and the risk analysis: load every row here, lay out and
// render on the worker thread (pdf-pool.ts), so the server keeps answering meanwhile. A
// register beyond MAX_PDF_ROWS is refused with a pointer to the xlsx export.
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { loadRegisterRows, loadRiskRows, organizationName } from "./export-data.ts";
import { renderOnWorker } from "./pdf-pool.ts";

export const MAX_PDF_ROWS = 20_000;

function checkSize(rows: number) {
  if (rows > MAX_PDF_ROWS)
    throw new AppError("too_large", "PDF_TOO_MANY_ROWS", {}, { max: MAX_PDF_ROWS, rows });
}

/** rows: how many rows the PDF lists (recorded in the audit trail). */
export type PdfFile = { bytes: Buffer; printedOn: string; rows: number };

export async function registerPdf(db: Db, ctx: OrgContext): Promise<PdfFile> {
  const [rows, organization] = await Promise.all([
    loadRegisterRows(db, ctx),
    organizationName(db, ctx),
  ]);
  checkSize(rows.length);
  const printedOn = todayInJapan();
  const bytes = await renderOnWorker({ kind: "register", rows, organization, printedOn });
  return { bytes, printedOn, rows: rows.length };
}

export async function risksPdf(db: Db, ctx: OrgContext): Promise<PdfFile> {
  const [{ matrix, rows }, organization] = await Promise.all([
    loadRiskRows(db, ctx),
    organizationName(db, ctx),
  ]);
  checkSize(rows.length);
  const printedOn = todayInJapan();
  const bytes = await renderOnWorker({ kind: "risks", matrix, rows, organization, printedOn });
  return { bytes, printedOn, rows: rows.length };
}
