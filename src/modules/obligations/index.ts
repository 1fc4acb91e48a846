// Public API of the obligations capability: other capabilities import only this file.
// Recurring PDCA duties and the calendar feed.

export { obligationStatesOf } from "./obligations.service.ts";
