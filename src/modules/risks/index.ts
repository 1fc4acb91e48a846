// Public API of the risks capability: other capabilities import only this file.
// Lifecycle risk analysis (リスク分析) and the organization's risk matrix.
export { getRiskMatrix } from "./risk-matrix.service.ts";
export { riskInput } from "./risks.contract.ts";
export { risksOfDeletedItem } from "./risks.deletion.ts";
export { risksReadiness } from "./risks.readiness.ts";
export { inventoryRisk } from "./risks.tables.ts";
