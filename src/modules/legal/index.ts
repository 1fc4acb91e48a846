// Public API of the legal capability: other capabilities import only this file.
// The legal register (法令等一覧) and its links to register items and departments.

export { legalReadiness } from "./legal.readiness.ts";
export {
  legalRequirement,
  legalRequirementDepartment,
  legalRequirementItem,
} from "./legal.tables.ts";
export { legalLinksOfDeletedDepartment, legalLinksOfDeletedItem } from "./legal.unlink.ts";
