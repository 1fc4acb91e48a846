// Public API of the exports capability: other capabilities import only this file.
// Register and risk rows as written into downloads (xlsx, PDF).
export {
  loadRegisterRows,
  loadRiskRows,
  organizationName,
  type RiskExportRow,
} from "./export-data.ts";
