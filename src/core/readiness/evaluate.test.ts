import { describe, expect, it } from "vitest";
import { evaluateReadiness } from "./evaluate.ts";
import { emptySnapshot, snapshotItem } from "./fixtures.ts";
import { ok, type ReadinessRule, text } from "./rule.ts";
import type { ReadinessSnapshot } from "./snapshot.ts";

const TODAY = "2025-06-15";

/**
 * A small company part-way through: people, roles, scope and the legal register are done;
 * one of two register items is incomplete, late and not fully analysed; 2 high risks are
 * untreated; the internal policy is approved by top management and in force (2 of 5 staff have
 * confirmed it), no other document exists; of the steps proved by activity records only the
 * project team is recorded (besides the policy approval the document wrote).
 */
function smallOrg(): ReadinessSnapshot {
  const base = emptySnapshot();
  return {
    ...base,
    profile: { scope: "本社の全事業", representative: "山田太郎" },
    activeStaffCount: 5,
    appointments: [
      {
        id: "1",
        role: "pms_manager",
        personId: "p1",
        personName: "佐藤",
        from: "2025-01-01",
        to: null,
      },
      {
        id: "2",
        role: "audit_lead",
        personId: "p2",
        personName: "鈴木",
        from: "2025-01-01",
        to: null,
      },
    ],
    items: [
      snapshotItem({ id: "a", name: "顧客名簿" }),
      snapshotItem({
        id: "b",
        name: "給与データ",
        outsourced: true,
        outsourcee: "給与計算株式会社",
        filled: { ...snapshotItem().filled, purpose: false },
        lastReviewedOn: "2024-01-01",
        flowPhases: [],
      }),
    ],
    riskGroups: [
      {
        likelihood: 3,
        impact: 3,
        residualLikelihood: null,
        residualImpact: null,
        accepted: false,
        count: 2,
        exampleItemName: "給与データ",
      },
      {
        likelihood: 1,
        impact: 1,
        residualLikelihood: null,
        residualImpact: null,
        accepted: false,
        count: 8,
        exampleItemName: "顧客名簿",
      },
    ],
    legal: [{ id: "appi", name: "個人情報保護法", checkedOn: "2025-04-01", linked: true }],
    activities: [
      {
        id: "a1",
        kind: "policy_approval",
        performedOn: "2025-02-01",
        performedByName: "山田",
        approverName: "山田",
        approved: true,
      },
      {
        id: "a2",
        kind: "project_team",
        performedOn: "2025-02-01",
        performedByName: "佐藤",
        approverName: null,
        approved: false,
      },
    ],
    documents: [
      {
        id: "d1",
        number: "P-01",
        title: "個人情報保護方針（内部向け）",
        kind: "policy",
        audience: "internal",
        templateKey: "policy.internal",
        approverRole: "top_management",
        jRefs: ["J.2.2"],
        nextReviewOn: "2026-02-01",
        current: {
          id: "v1",
          versionNo: 1,
          status: "published",
          clauseRefs: ["J.2.2", "J.2.1"],
          approvedOn: "2025-02-01",
          approverName: "山田",
        },
        open: null,
      },
    ],
    policyAcknowledgement: { versionId: "v1", targets: 5, confirmed: 2 },
  };
}

describe("evaluateReadiness on a small organization (worked out by hand)", () => {
  const report = evaluateReadiness(smallOrg(), TODAY);

  it("scores ok weight over applicable weight: 36 / 74 → 49", () => {
    // ok: 6 organization rules (17), not_empty (3), outsourcee (2), legal ×3 (5),
    // analysis_exists (3), policy (3), project_team (1), review_due (2) = 36; gaps add 38;
    // 4 rules are na. 36 / 74 = 48.6 % → 49.
    expect(report.score).toBe(49);
    expect(report.blockers).toBe(8);
  });

  it("orders results by severity, then step, then rule order", () => {
    expect(report.results.map((r) => r.ruleId)).toEqual([
      "manual.policy",
      "eligibility.staff",
      "eligibility.pms_manager",
      "eligibility.audit_lead",
      "eligibility.separation",
      "eligibility.top_management",
      "register.not_empty",
      "risk.analysis_exists",
      "manual.internal_rules",
      "manual.education",
      "manual.operation_start",
      "manual.safety_measures",
      "manual.vendor_contracts",
      "manual.complaints_desk",
      "manual.internal_audit",
      "manual.management_review",
      "scope.defined",
      "manual.policy_known",
      "register.required_fields",
      "register.reviewed",
      "register.sensitive_consent",
      "register.my_number",
      "register.outsourcee",
      "register.foreign_country",
      "legal.exists",
      "legal.checked",
      "risk.phase_coverage",
      "risk.treated",
      "documents.review_due",
      "education.all_staff",
      "manual.operation_check",
      "manual.project_team",
      "manual.work_plan",
      "legal.linked",
      "manual.resources",
    ]);
  });

  it("gives each result the rule's data and the outcome", () => {
    const treated = report.results.find((r) => r.ruleId === "risk.treated");
    expect(treated).toEqual({
      ruleId: "risk.treated",
      title: {
        ja: "受容水準を超えるリスクが対策済みか正式に受容されている",
        en: "Every risk above acceptance is treated or formally accepted",
      },
      severity: "finding",
      refs: ["J.3.1.4"],
      step: 7,
      fixPath: "risks?unaccepted=true",
      manual: false,
      status: "gap",
      reason: {
        ja: "リスク10件中2件が受容水準を超えたまま、対策後の評価も受容の記録もありません。",
        en: "2 of 10 risks are above acceptance with neither a residual level within it nor a formal acceptance.",
      },
      details: [{ name: "給与データ" }],
    });
  });

  it("summarises the 13 steps", () => {
    expect(report.byStep.map((s) => [s.step, s.status, s.ok, s.gap, s.na, s.total])).toEqual([
      [1, "done", 2, 0, 0, 2],
      [2, "done", 6, 0, 0, 6],
      [3, "not_started", 0, 1, 0, 1],
      [4, "not_started", 0, 1, 0, 1],
      // na: sensitive_consent, my_number (no such items), foreign_country.
      [5, "in_progress", 2, 2, 3, 7],
      [6, "done", 3, 0, 0, 3],
      [7, "in_progress", 1, 2, 0, 3],
      [8, "not_started", 0, 1, 0, 1],
      // The rules in force lack most items; the policy is within its review date.
      [9, "in_progress", 1, 1, 0, 2],
      // No education loaded: nobody completed (gap), nobody in office to count (na).
      [10, "not_started", 0, 1, 1, 2],
      [11, "not_started", 0, 4, 0, 4],
      [12, "not_started", 0, 2, 0, 2],
      [13, "not_started", 0, 1, 0, 1],
    ]);
    expect(report.byStep[4]?.title).toEqual({
      ja: "個人情報を洗い出して台帳にする",
      en: "Identify personal information",
    });
  });

  it("summarises each J item in catalogue order", () => {
    expect(report.byRef.map((r) => [r.ref, r.ok, r.gap, r.na])).toEqual([
      ["J.1.3", 3, 0, 0],
      ["J.1.4", 1, 0, 0],
      ["J.2.1", 1, 0, 0],
      ["J.2.2", 1, 1, 0],
      ["J.2.3", 4, 0, 0],
      ["J.3.1.1", 2, 2, 0],
      ["J.3.1.3", 1, 1, 0],
      ["J.3.1.4", 0, 1, 0],
      ["J.3.2", 0, 1, 0],
      ["J.4.1", 0, 1, 0],
      ["J.4.2", 0, 1, 1],
      ["J.4.3", 0, 2, 0],
      ["J.4.5.2", 1, 0, 0],
      ["J.4.5.4", 0, 1, 0],
      ["J.5.1", 0, 1, 0],
      ["J.6.1", 0, 1, 0],
      ["J.6.2", 0, 1, 0],
      ["J.6.3", 0, 1, 0],
      // register.my_number (na: no 特定個人情報) names J.8.1, J.8.8 and J.9.2.
      ["J.8.1", 0, 0, 1],
      ["J.8.3", 0, 0, 1],
      ["J.8.8", 0, 0, 1],
      ["J.8.8.1", 0, 0, 1],
      ["J.9.2", 0, 1, 1],
      ["J.9.4", 1, 1, 0],
      ["J.11.1", 0, 1, 0],
    ]);
  });
});

describe("evaluateReadiness on a new organization", () => {
  it("scores 0 with 14 blockers and nothing started", () => {
    const r = evaluateReadiness(emptySnapshot(), TODAY);
    expect(r.score).toBe(0);
    expect(r.blockers).toBe(14);
    expect(r.byStep.filter((s) => s.status !== "not_started").map((s) => s.step)).toEqual([]);
    expect(r.results.filter((x) => x.status === "na").map((x) => x.ruleId)).toEqual([
      "eligibility.separation",
      "manual.vendor_contracts",
      "register.required_fields",
      "register.reviewed",
      "register.sensitive_consent",
      "register.my_number",
      "register.outsourcee",
      "register.foreign_country",
      "legal.checked",
      "risk.phase_coverage",
      "risk.treated",
      "documents.review_due",
      "education.all_staff",
      "legal.linked",
    ]);
  });
});

describe("evaluateReadiness mechanics", () => {
  const fixed = (
    id: string,
    severity: ReadinessRule["severity"],
    status: "ok" | "gap" | "na",
  ): ReadinessRule => ({
    id,
    title: text(id, id),
    refs: [],
    step: 1,
    severity,
    fixPath: "profile",
    manual: false,
    evaluate: () => ({ ...ok(text("", "")), status }),
  });

  it("weighs blocker 3, finding 2, advice 1 and ignores na", () => {
    const r = evaluateReadiness(emptySnapshot(), TODAY, [
      fixed("b", "blocker", "ok"),
      fixed("f", "finding", "gap"),
      fixed("a", "advice", "ok"),
      fixed("n", "blocker", "na"),
    ]);
    expect(r.score).toBe(67); // (3 + 1) / (3 + 2 + 1)
    expect(r.blockers).toBe(0);
    expect(r.byStep[0]).toMatchObject({ status: "in_progress", ok: 2, gap: 1, na: 1, total: 4 });
    expect(r.byStep[1]).toMatchObject({ status: "na", total: 0 });
  });

  it("scores 100 when no rule applies", () => {
    expect(evaluateReadiness(emptySnapshot(), TODAY, [fixed("n", "advice", "na")]).score).toBe(100);
    expect(evaluateReadiness(emptySnapshot(), TODAY, []).score).toBe(100);
  });

  it("is deterministic and leaves the snapshot untouched", () => {
    const s = smallOrg();
    const before = structuredClone(s);
    expect(evaluateReadiness(s, TODAY)).toEqual(evaluateReadiness(s, TODAY));
    expect(s).toEqual(before);
  });

  it("rejects a today that is not a date", () => {
    expect(() => evaluateReadiness(emptySnapshot(), "2025-02-30")).toThrow(RangeError);
  });
});
