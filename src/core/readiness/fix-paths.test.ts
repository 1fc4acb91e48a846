// Every fix link lands on the records its rule finds lacking: the list filtered by the same
// condition as the rule (written out here by hand, rule by rule), and every record a result
// names links to that record. The lists honour these filters: readiness.fix-links.test.ts.
import { describe, expect, it } from "vitest";
import { emptySnapshot, snapshotItem } from "./fixtures.ts";
import { getRule } from "./rules/index.ts";
import type { ReadinessSnapshot } from "./snapshot.ts";

const FIX_PATHS: Record<string, string> = {
  "scope.defined": "profile",
  "eligibility.staff": "people",
  "eligibility.pms_manager": "appointments",
  "eligibility.audit_lead": "appointments",
  "eligibility.separation": "appointments",
  "eligibility.top_management": "appointments",
  "register.not_empty": "inventory",
  "register.required_fields": "inventory?status=active&lacking=required",
  "register.reviewed": "inventory?status=active&reviewOverdue=true",
  "register.sensitive_consent": "inventory?status=active&sensitive=true&lacking=consentBasis",
  "register.my_number": "inventory?status=active&myNumber=true&lacking=myNumber",
  "register.outsourcee": "inventory?status=active&outsourced=true&lacking=outsourcee",
  "register.foreign_country":
    "inventory?status=active&foreignRecipient=true&lacking=foreignCountry",
  "legal.exists": "legal",
  "legal.linked": "legal?linked=false",
  "legal.checked": "legal?checkOverdue=true",
  "risk.treated": "risks?unaccepted=true",
  "manual.policy": "documents?kind=policy&audience=internal",
  "manual.policy_known": "document-acknowledgements",
  "manual.internal_rules": "document-coverage?lacking=rule",
  "documents.review_due": "documents?status=published&reviewOverdue=true",
  "manual.education": "education",
  "education.all_staff": "education",
};

describe("fix paths", () => {
  it.each(Object.entries(FIX_PATHS))("%s → %s", (id, path) => {
    expect(getRule(id).fixPath).toBe(path);
  });
});

const TODAY = "2026-12-06";
const named = (id: string, s: ReadinessSnapshot) =>
  (getRule(id).evaluate(s, TODAY).details ?? []).map((d) => [d.name, d.path]);

describe("named records link to themselves", () => {
  it("register items open their page in the register", () => {
    const s: ReadinessSnapshot = {
      ...emptySnapshot(),
      items: [
        snapshotItem({ id: "a/1", name: "委託先なし", outsourced: true, outsourcee: " " }),
        snapshotItem({ id: "b", name: "委託先あり", outsourced: true, outsourcee: "X社" }),
      ],
    };
    expect(named("register.outsourcee", s)).toEqual([["委託先なし", "inventory?item=a%2F1"]]);
  });
  it("legal entries open the legal register filtered to themselves", () => {
    const s: ReadinessSnapshot = {
      ...emptySnapshot(),
      legal: [{ id: "e1", name: "番号法", checkedOn: null, linked: false }],
    };
    expect(named("legal.linked", s)).toEqual([["番号法", "legal?ids=e1"]]);
    expect(named("legal.checked", s)).toEqual([["番号法", "legal?ids=e1"]]);
  });
  it("items missing a phase open their risk rows", () => {
    const s: ReadinessSnapshot = {
      ...emptySnapshot(),
      items: [snapshotItem({ id: "c", name: "給与", riskPhases: [] })],
    };
    expect(named("risk.phase_coverage", s)).toEqual([["給与", "risks?itemId=c"]]);
  });
  it("people holding both roles open the appointments", () => {
    const s: ReadinessSnapshot = {
      ...emptySnapshot(),
      appointments: [
        {
          id: "1",
          role: "pms_manager",
          personId: "p",
          personName: "佐藤",
          from: "2026-01-01",
          to: null,
        },
        {
          id: "2",
          role: "audit_lead",
          personId: "p",
          personName: "佐藤",
          from: "2026-01-01",
          to: null,
        },
      ],
    };
    expect(named("eligibility.separation", s)).toEqual([["佐藤", "appointments"]]);
  });
});
