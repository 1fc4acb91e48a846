// Every readiness rule, in definition order (the order within a step and severity).
import type { ReadinessRule } from "../rule.ts";
import { ACTIVITY_RULES } from "./activities.ts";
import { DOCUMENT_RULES } from "./documents.ts";
import { EDUCATION_RULES } from "./education.ts";
import { LEGAL_RULES } from "./legal.ts";
import { ORGANIZATION_RULES } from "./organization.ts";
import { REGISTER_RULES } from "./register.ts";
import { REGISTER_HANDLING_RULES } from "./register-handling.ts";
import { RISK_RULES } from "./risks.ts";

export const ALL_RULES: readonly ReadinessRule[] = [
  ...ORGANIZATION_RULES,
  ...REGISTER_RULES,
  ...REGISTER_HANDLING_RULES,
  ...LEGAL_RULES,
  ...RISK_RULES,
  ...ACTIVITY_RULES,
  ...DOCUMENT_RULES,
  ...EDUCATION_RULES,
];

export {
  ACTIVITY_RULES,
  DOCUMENT_RULES,
  EDUCATION_RULES,
  LEGAL_RULES,
  ORGANIZATION_RULES,
  REGISTER_HANDLING_RULES,
  REGISTER_RULES,
  RISK_RULES,
};

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

/** The rule with this id. @throws RangeError for an unknown id. */
/** The rule with this id, or undefined (for ids that come from outside, e.g. a URL). */
export const findRule = (id: string): ReadinessRule | undefined => BY_ID.get(id);

export function getRule(id: string): ReadinessRule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new RangeError(`unknown readiness rule: ${id}`);
  return rule;
}
