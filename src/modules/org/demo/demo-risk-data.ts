// The demo company's リスク分析: risk rows per register item and lifecycle phase on the
// default 3×3 matrix (about 140 rows). The rows are in demo-risk-data-business.ts and
// demo-risk-data-staff.ts; here are the rules for who accepted them and when.
//
// Every residual risk within the acceptance level is accepted on the day the item was last
// reviewed, and due for review 12 months later (so the risks of the two items not reviewed
// for over a year are overdue too). Deliberate gaps, marked where they are written:
// - 3 rows whose effective level stays above acceptance and which nobody accepted
//   (見込み客リスト 利用・加工: not treated; 通話録音 移送・送信 and 防犯カメラ映像
//   保管・バックアップ: treated, but not enough);
// - メールマガジン配信先 has a 委託 phase in its flow and no risk row for it.
import type { ItemKey } from "./demo-register-model.ts";
import { BUSINESS_RISKS } from "./demo-risk-data-business.ts";
import { STAFF_RISKS } from "./demo-risk-data-staff.ts";

export const DEMO_RISKS: Partial<Record<ItemKey, readonly string[]>> = {
  ...BUSINESS_RISKS,
  ...STAFF_RISKS,
};

/**
 * Items whose residual risks the representative accepted himself (特定個人情報 and
 * 要配慮個人情報); the PMS manager accepted the others.
 */
export const ACCEPTED_BY_REPRESENTATIVE: readonly ItemKey[] = [
  "myNumber",
  "healthChecks",
  "stressCheck",
  "sickLeave",
  "ccInquiries",
];

/** Next review of an accepted risk: this many months after its acceptance. */
export const REVIEW_AFTER_ACCEPTANCE_MONTHS = 12;
/** Next review of a risk still above acceptance: this many months after the seeding day. */
export const REVIEW_UNACCEPTED_MONTHS = 3;
