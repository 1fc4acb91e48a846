// The PDF exports of the register and the risk analysis: load every row, lay it out, render.
// pdfmake lays out the whole document in memory (about 1 GB for 10,000 register rows), so
// renders run one at a time and a register beyond MAX_PDF_ROWS is refused with a pointer to
// the xlsx export, which streams.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { loadRegisterRows, loadRiskRows, organizationName } from "./export-data.ts";
import { registerDocument } from "./pdf-register.ts";
import { renderPdf } from "./pdf-render.ts";
import { risksDocument } from "./pdf-risks.ts";

export const MAX_PDF_ROWS = 20_000;

let queue: Promise<unknown> = Promise.resolve();

/** Renders after every render already asked for has finished. */
function renderInTurn(doc: () => TDocumentDefinitions): Promise<Buffer> {
  const run = queue.then(() => renderPdf(doc()));
  queue = run.catch(() => undefined);
  return run;
}

function checkSize(rows: number) {
  if (rows > MAX_PDF_ROWS)
    throw new AppError("too_large", "PDF_TOO_MANY_ROWS", {}, { max: MAX_PDF_ROWS, rows });
}

export type PdfFile = { bytes: Buffer; printedOn: string };

export async function registerPdf(db: Db, ctx: OrgContext): Promise<PdfFile> {
  const [rows, org] = await Promise.all([loadRegisterRows(db, ctx), organizationName(db, ctx)]);
  checkSize(rows.length);
  const printedOn = todayInJapan();
  return { bytes: await renderInTurn(() => registerDocument(rows, org, printedOn)), printedOn };
}

export async function risksPdf(db: Db, ctx: OrgContext): Promise<PdfFile> {
  const [{ matrix, rows }, org] = await Promise.all([
    loadRiskRows(db, ctx),
    organizationName(db, ctx),
  ]);
  checkSize(rows.length);
  const printedOn = todayInJapan();
  return {
    bytes: await renderInTurn(() => risksDocument(matrix, rows, org, printedOn)),
    printedOn,
  };
}
