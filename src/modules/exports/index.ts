// Public API of the exports capability: other capabilities import only this file.
// Register and risk rows as written into downloads (xlsx, PDF).
export {
  assessmentText,
  levelText,
  loadRegisterRows,
  loadRiskRows,
  organizationName,
  type RiskExportRow,
} from "./export-data.ts";
// The PDF worker, for other capabilities' documents (a module laying out a pdfmake document).
export type { PdfDocumentModule } from "./pdf-job.ts";
export { renderOnWorker } from "./pdf-pool.ts";
