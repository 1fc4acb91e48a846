// Public API of the org capability: other capabilities import only this file.
// The organization: its profile (事業者情報) and department tree.

export { departmentsWithin } from "./department-tree.ts";
export { createDepartmentsByName } from "./departments.service.ts";
export { orgReadiness } from "./org.readiness.ts";
export { department, orgProfile } from "./org.tables.ts";
export { lockOrgStructure } from "./org-lock.ts";
export type { StaffCounter } from "./staff-counter.ts";
