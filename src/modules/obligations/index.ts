// Public API of the obligations capability: other capabilities import only this file.
// Recurring PDCA duties and the calendar feed.
export { obligationRecord } from "./obligations.tables.ts";
