// Public API of the audit capability: other capabilities import only this file.
// The audit trail: append events in the writing transaction, record downloads.
export {
  type AuditInput,
  appendAudit,
  appendAuditMany,
  createEvents,
  diffFields,
  recordNoChange,
} from "./audit.service.ts";
export { auditEvent, auditHead, type FieldChange } from "./audit.tables.ts";
export { type AuditNamer, namesIn, registerAuditNamer } from "./audit-names.ts";
export { recordExport } from "./record-export.ts";
