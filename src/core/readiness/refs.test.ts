// The J items the rules name: each one an assessable item of the shipped catalogue (not a
// heading such as J.2), and the mapping itself written out by hand so a change is deliberate.
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOGUE_ID } from "../requirements/catalogue-refs.ts";
import { getCatalogue } from "../requirements/catalogue-registry.ts";
import type { Catalogue } from "../requirements/catalogue-schema.ts";
import { nodeByRef } from "../requirements/catalogue-tree.ts";
import { ALL_RULES } from "./rules/index.ts";

/** Rule → refs, checked against the catalogue's titles and docs/domain.md#requirement-catalogue. */
const EXPECTED: Record<string, string[]> = {
  "scope.defined": ["J.1.4"], // 適用範囲の決定
  "eligibility.staff": [], // an eligibility condition, not a guideline item
  "eligibility.pms_manager": ["J.2.3"], // 役割、責任及び権限
  "eligibility.audit_lead": ["J.2.3"],
  "eligibility.separation": ["J.2.3"],
  "eligibility.top_management": ["J.2.1"], // リーダーシップ及びコミットメント
  "register.not_empty": ["J.3.1.1"], // 個人情報の特定
  "register.required_fields": ["J.3.1.1"],
  "register.reviewed": ["J.3.1.1"],
  "register.sensitive_consent": ["J.8.3"], // 要配慮個人情報などの取得
  // 利用目的の特定, 個人データの提供に関する措置, 安全管理措置
  "register.my_number": ["J.8.1", "J.8.8", "J.9.2"],
  "register.outsourcee": ["J.3.1.1", "J.9.4"], // 委託先の監督
  "register.foreign_country": ["J.8.8.1"], // 外国にある第三者への提供の制限
  "legal.exists": ["J.1.3"], // 法令、国が定める指針その他の規範
  "legal.linked": ["J.1.3"],
  "legal.checked": ["J.1.3"],
  "risk.analysis_exists": ["J.3.1.3"], // リスクアセスメント
  "risk.phase_coverage": ["J.3.1.3"],
  "risk.treated": ["J.3.1.4"], // リスク対応
  "manual.policy": ["J.2.2"],
  "manual.project_team": ["J.2.3"],
  "manual.work_plan": ["J.3.2"],
  "manual.policy_known": ["J.2.2", "J.4.3"],
  "manual.resources": ["J.4.1"],
  "manual.internal_rules": ["J.4.5.4"],
  "manual.education": ["J.4.2", "J.4.3"],
  "manual.operation_start": ["J.5.1"],
  "manual.safety_measures": ["J.9.2"],
  "manual.vendor_contracts": ["J.9.4"],
  "manual.complaints_desk": ["J.11.1"],
  "manual.operation_check": ["J.6.1"],
  "manual.internal_audit": ["J.6.2"],
  "manual.management_review": ["J.6.3"],
  "documents.review_due": ["J.4.5.2"], // 文書化した情報の作成及び更新
  "education.all_staff": ["J.4.2"], // 教育 of every current worker
};

function shippedCatalogue(): Catalogue {
  const cat = getCatalogue(DEFAULT_CATALOGUE_ID);
  if (cat === undefined) throw new Error("the shipped catalogue is not registered");
  return cat;
}

/** "rule: ref" for every ref that is not an assessable item of the catalogue. */
const badRefs = (cat: Catalogue, rules: readonly { id: string; refs: readonly string[] }[]) =>
  rules.flatMap((r) =>
    r.refs
      .filter((ref) => nodeByRef(cat, ref)?.assessable !== true)
      .map((ref) => `${r.id}: ${ref}`),
  );

describe("rule refs", () => {
  const cat = shippedCatalogue();

  it("name assessable items of the shipped catalogue", () => {
    expect(badRefs(cat, ALL_RULES)).toEqual([]);
  });

  it("would report a heading or an unknown number", () => {
    const rules = [
      { id: "a", refs: ["J.2", "J.2.3"] },
      { id: "b", refs: ["J.1.9"] },
    ];
    expect(badRefs(cat, rules)).toEqual(["a: J.2", "b: J.1.9"]);
  });

  it("follow the hand-checked mapping, rule by rule", () => {
    expect(Object.fromEntries(ALL_RULES.map((r) => [r.id, [...r.refs]]))).toEqual(EXPECTED);
  });
});
