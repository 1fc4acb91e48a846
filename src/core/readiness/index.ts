// The readiness engine: rules as data over a snapshot of the organization (no I/O).
export * from "./evaluate.ts";
export { emptySnapshot, snapshotItem } from "./fixtures.ts";
export type {
  ReadinessRule,
  ReadinessStatus,
  RecordRef,
  RuleOutcome,
  Severity,
  StepNumber,
} from "./rule.ts";
export { MAX_DETAILS, SEVERITIES } from "./rule.ts";
export { ACTIVITY_RULE_KINDS, describeCounting } from "./rules/activities.ts";
export { internalPolicy } from "./rules/documents.ts";
export { EDUCATION_FIX_PATH, latestCompletion } from "./rules/education.ts";
export {
  ACTIVITY_RULES,
  ALL_RULES,
  DOCUMENT_RULES,
  EDUCATION_RULES,
  findRule,
  getRule,
  LEGAL_RULES,
  ORGANIZATION_RULES,
  REGISTER_HANDLING_RULES,
  REGISTER_RULES,
  RISK_RULES,
} from "./rules/index.ts";
export { currentAppointments } from "./rules/organization.ts";
export { reviewBasis } from "./rules/register.ts";
export { applicablePhases, needsAction } from "./rules/risks.ts";
export type * from "./snapshot.ts";
export * from "./steps.ts";
