// Public API of the people capability: other capabilities import only this file.
// The people register (従業者): staff counts for the organization capability.
export type { EmploymentType } from "./people.contract.ts";
export { peopleStaffCounter } from "./people.counts.ts";
export { inOffice, joinedBy } from "./people.in-office.ts";
export { MAX_IMPORT_ROWS, type PeopleTable, readPeopleTable } from "./people.parse.ts";
export { peopleReadiness } from "./people.readiness.ts";
export { person } from "./people.tables.ts";
