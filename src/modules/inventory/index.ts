// Public API of the inventory capability: other capabilities import only this file.
// The register of personal information (個人情報管理台帳) and its flows.
export {
  flowStep,
  type InventoryItemInput,
  type InventoryItemOut,
  inventoryItemInput,
} from "./inventory.contract.ts";
export { inventoryReadiness } from "./inventory.readiness.ts";
export { decodePhases, phaseBitSql } from "./inventory.readiness-sql.ts";
export { type DataItem, inventoryFlowStep, inventoryItem } from "./inventory.tables.ts";
export { insertInventoryItems, REGISTER_ENTITY, updateInventoryItems } from "./inventory.writer.ts";
