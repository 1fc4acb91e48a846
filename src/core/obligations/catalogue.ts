// The recurring duties of a running PMS (the PDCA calendar), as data: what, how often, and
// where the day it was last done comes from. Titles are our own wording.
import type { Bilingual } from "../i18n-text.ts";

/**
 * Where the last-done day comes from. The three registers are reviewed row by row, and each
 * row must have been reviewed within 12 months; the duty as a whole was last done on the OLDEST
 * review among its rows and falls due 12 months later (basis.ts):
 * - register: the 個人情報管理台帳 — active items; a row's review day is its last review, or
 *   its identification day when never reviewed (as in the readiness rule);
 * - risks: the risk analysis — rows of active items; a row's review day is the later of its
 *   recorded review (見直し済み, lastReviewedOn) and the Japanese day it was last changed (an
 *   edit is also a look at the row), and its planned review day (見直し予定日) counts when
 *   that is earlier than 12 months later, so the duty falls due on the earliest planned day
 *   when that comes first;
 * - legal: the 法令等一覧 — every entry; a row's review day is its last check;
 * - record: days recorded on the obligations page (obligation_record), the latest counts.
 * No rows, or a row without a review day, means never done.
 */
export type ObligationSource = "register" | "risks" | "legal" | "record";

export interface ObligationDef {
  /** Stable: stored with records and used by the web app; never rename. */
  key: string;
  title: Bilingual;
  rhythmMonths: number;
  source: ObligationSource;
  /** Where it is done, relative to /orgs/:orgId/ in the web app. */
  fixPath: string;
}

export const OBLIGATIONS: readonly ObligationDef[] = [
  {
    key: "register_review",
    title: { ja: "個人情報管理台帳の見直し", en: "Review the personal information register" },
    rhythmMonths: 12,
    source: "register",
    fixPath: "inventory?reviewOverdue=true",
  },
  {
    key: "risk_review",
    title: { ja: "リスク分析の見直し", en: "Review the risk analysis" },
    rhythmMonths: 12,
    source: "risks",
    fixPath: "risks",
  },
  {
    key: "legal_review",
    title: { ja: "法令等一覧の確認", en: "Check the register of laws and norms" },
    rhythmMonths: 12,
    source: "legal",
    fixPath: "legal?checkOverdue=true",
  },
  {
    key: "education",
    title: { ja: "全従業者への教育", en: "Train all staff" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "obligations",
  },
  {
    key: "internal_audit",
    title: { ja: "内部監査", en: "Internal audit" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "obligations",
  },
  {
    key: "management_review",
    title: { ja: "マネジメントレビュー", en: "Management review" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "obligations",
  },
  // Recorded by hand until the vendor and document capabilities derive them from their records.
  {
    key: "vendor_review",
    title: { ja: "委託先の再評価", en: "Re-evaluate the contractors" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "obligations",
  },
  {
    key: "document_review",
    title: { ja: "内部規程・様式の見直し", en: "Review the internal rules and forms" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "obligations",
  },
];

export function getObligation(key: string): ObligationDef | undefined {
  return OBLIGATIONS.find((o) => o.key === key);
}
