// One PDF to print, as plain data (it crosses to the worker thread), and how to render it.
import type { TDocumentDefinitions } from "pdfmake/interfaces";
import type { RiskMatrix } from "../../core/registers/risk-matrix.ts";
import type { RegisterExportRow, RiskExportRow } from "./export-data.ts";
import { FONT_FAMILY } from "./pdf-font.ts";
import { registerDocument } from "./pdf-register.ts";
import { renderPdf } from "./pdf-render.ts";
import { risksDocument } from "./pdf-risks.ts";

export type PdfJob =
  | { kind: "register"; rows: RegisterExportRow[]; organization: string; printedOn: string }
  | {
      kind: "risks";
      matrix: RiskMatrix;
      rows: RiskExportRow[];
      organization: string;
      printedOn: string;
    }
  | {
      /** Another capability's document: its module (a file URL chosen by server code, never by
       * a request) lays the document out from `input` on the worker thread. */
      kind: "document";
      module: string;
      input: unknown;
    };

/** What a "document" job's module exports. */
export type PdfDocumentModule = {
  pdfDocument: (input: unknown) => TDocumentDefinitions | Promise<TDocumentDefinitions>;
};

export async function renderJob(job: PdfJob): Promise<Buffer> {
  if (job.kind === "document") {
    const { pdfDocument } = (await import(job.module)) as PdfDocumentModule;
    const doc = await pdfDocument(job.input);
    return renderPdf({ ...doc, defaultStyle: { font: FONT_FAMILY, ...doc.defaultStyle } });
  }
  const doc =
    job.kind === "register"
      ? registerDocument(job.rows, job.organization, job.printedOn)
      : risksDocument(job.matrix, job.rows, job.organization, job.printedOn);
  return renderPdf(doc);
}
