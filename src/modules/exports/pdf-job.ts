// One PDF to print, as plain data (it crosses to the worker thread), and how to render it.
import type { RiskMatrix } from "../../core/registers/risk-matrix.ts";
import type { RegisterExportRow, RiskExportRow } from "./export-data.ts";
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
    };

export function renderJob(job: PdfJob): Promise<Buffer> {
  const doc =
    job.kind === "register"
      ? registerDocument(job.rows, job.organization, job.printedOn)
      : risksDocument(job.matrix, job.rows, job.organization, job.printedOn);
  return renderPdf(doc);
}
