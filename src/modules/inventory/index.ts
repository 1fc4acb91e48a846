// Public API of the inventory capability: other capabilities import only this file.
// The register of personal information (個人情報管理台帳) and its flows.
export {
  flowStep,
  type InventoryItemInput,
  type InventoryItemOut,
  inventoryItemInput,
} from "./inventory.contract.ts";
export { type DataItem, inventoryFlowStep, inventoryItem } from "./inventory.tables.ts";
export { insertInventoryItems, updateInventoryItems } from "./inventory.writer.ts";
