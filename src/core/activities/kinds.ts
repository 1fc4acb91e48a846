// The kinds of PMS activity that happen on a day (実施記録): what each is called, whether it is
// an act of top management that needs an approver, and which recurring duty of the PDCA
// calendar it dates. Our own wording; the list follows the construction steps and the yearly
// duties of docs/domain.md.
import type { Bilingual } from "../i18n-text.ts";

export const ACTIVITY_KINDS = [
  "policy_approval",
  "project_team",
  "work_plan_shared",
  "policy_communication",
  "resources_decided",
  "rules_established",
  "education_plan",
  "education",
  "operation_start",
  "safety_measure_check",
  "vendor_review",
  "complaints_desk",
  "operation_check",
  "internal_audit",
  "management_review",
  "register_review",
  "risk_review",
  "legal_review",
  "document_review",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityKindDef {
  key: ActivityKind;
  label: Bilingual;
  /**
   * Top management's own act (the policy, the resources, the rules, the management review):
   * a record counts only once its approver approved it in the product, or a document they
   * signed is attached as the approval.
   */
  needsApproval: boolean;
}

const def = (
  key: ActivityKind,
  ja: string,
  en: string,
  needsApproval = false,
): ActivityKindDef => ({
  key,
  label: { ja, en },
  needsApproval,
});

export const ACTIVITY_KIND_DEFS: readonly ActivityKindDef[] = [
  def("policy_approval", "個人情報保護方針の承認", "Protection policy approved", true),
  def("project_team", "推進メンバーの決定", "PMS project team formed"),
  def("work_plan_shared", "作業計画の共有", "Work plan shared"),
  def("policy_communication", "方針の周知", "Policy made known to staff"),
  def("resources_decided", "資源の決定", "Resources decided", true),
  def("rules_established", "内部規程・様式の制定", "Internal rules and forms established", true),
  def("education_plan", "教育計画の承認", "Education plan approved"),
  def("education", "従業者教育", "Staff education"),
  def("operation_start", "PMSの運用開始", "PMS operation started"),
  def("safety_measure_check", "安全管理措置の点検", "Safety measures checked"),
  def("vendor_review", "委託先の評価・契約の確認", "Contractors evaluated, contracts checked"),
  def("complaints_desk", "苦情・相談窓口の設置と公表", "Complaints desk set up and published"),
  def("operation_check", "運用の確認", "Operation checked"),
  def("internal_audit", "内部監査", "Internal audit"),
  def("management_review", "マネジメントレビュー", "Management review", true),
  def("register_review", "個人情報管理台帳の見直し", "Register reviewed"),
  def("risk_review", "リスク分析の見直し", "Risk analysis reviewed"),
  def("legal_review", "法令等一覧の確認", "Legal register checked"),
  def("document_review", "内部規程・様式の見直し", "Internal rules and forms reviewed"),
];

const BY_KEY = new Map<string, ActivityKindDef>(ACTIVITY_KIND_DEFS.map((d) => [d.key, d]));

export const isActivityKind = (key: string): key is ActivityKind => BY_KEY.has(key);

/** The kind's definition. @throws RangeError for an unknown key. */
export function activityKind(key: string): ActivityKindDef {
  const found = BY_KEY.get(key);
  if (!found) throw new RangeError(`unknown activity kind: ${key}`);
  return found;
}

/**
 * The recurring duties of the PDCA calendar (core/obligations, source "record") dated by the
 * latest record of a kind: the duty's key is the kind's key. Education is dated by its
 * completions (the education capability), not by records of kind "education".
 */
export const DUTY_ACTIVITY_KINDS: readonly ActivityKind[] = [
  "internal_audit",
  "management_review",
  "vendor_review",
  "document_review",
];

/** Where the 実施記録 form opens pre-filled with a kind, relative to /orgs/:orgId/. */
export const activityFormPath = (kind: ActivityKind): string => `activities?new=${kind}`;

/** Where one record opens on the 実施記録 page, relative to /orgs/:orgId/. */
export const activityRecordPath = (id: string): string =>
  `activities?record=${encodeURIComponent(id)}`;
