// The starter set of PMS documents (方針・規程・様式) an organization creates from templates, in
// register order: policies P-, the manual and rules R-, forms F-. Written in our own words
// (docs/conventions.md "Our own words"); each heading's J refs feed the coverage table.
import { OPERATION_FORM_TEMPLATES } from "./forms-operation.ts";
import { PLAN_FORM_TEMPLATES } from "./forms-plan.ts";
import { MANUAL_TEMPLATE } from "./manual.ts";
import { POLICY_TEMPLATES } from "./policies.ts";
import { HANDLING_RULE_TEMPLATES } from "./rules-handling.ts";
import { IMPROVEMENT_RULE_TEMPLATES } from "./rules-improvement.ts";
import { OPERATION_RULE_TEMPLATES } from "./rules-operation.ts";
import { RESPONSE_RULE_TEMPLATES } from "./rules-response.ts";
import type { DocumentTemplate } from "./types.ts";

export type { ApproverRole, DocumentAudience, DocumentTemplate } from "./types.ts";
export { POLICY_KINDS } from "./types.ts";

export const DOCUMENT_TEMPLATES: readonly DocumentTemplate[] = [
  ...POLICY_TEMPLATES,
  MANUAL_TEMPLATE,
  ...HANDLING_RULE_TEMPLATES,
  ...OPERATION_RULE_TEMPLATES,
  ...RESPONSE_RULE_TEMPLATES,
  ...IMPROVEMENT_RULE_TEMPLATES,
  ...PLAN_FORM_TEMPLATES,
  ...OPERATION_FORM_TEMPLATES,
];

export const TEMPLATE_KEYS: readonly string[] = DOCUMENT_TEMPLATES.map((t) => t.key);

export function templateByKey(key: string): DocumentTemplate | undefined {
  return DOCUMENT_TEMPLATES.find((t) => t.key === key);
}
