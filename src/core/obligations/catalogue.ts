// The recurring duties of a running PMS (the PDCA calendar), as data: what, how often, and
// where the day it was last done comes from. Titles are our own wording.
import type { Bilingual } from "../i18n-text.ts";

/**
 * Where the last-done day comes from. The three registers are reviewed row by row, and each
 * row must have been reviewed within 12 months, so for these derived duties:
 * - lastDone is the OLDEST review day among the rows: every row was looked at on or after it;
 * - nextDue is 12 months after lastDone, or an earlier planned review day of a row when that
 *   plan is later than the row's own review (basis.ts), so nextDue always comes after lastDone;
 * - the most recent review of any row is shown beside them (RowSummary.latest), never counted.
 * A row's review day is dated by the capability that owns the rows (its readiness provider's
 * `duties`): register — the item's last review, or its identification day when never reviewed;
 * risks — the risk row's review as the risks capability records it; legal — the entry's last
 * check; record — days recorded for the duty, the latest counts. No rows, or a row without a
 * review day, means never done.
 * education is derived too, but counts like a record: the rows are the workers in office with
 * their latest completion (教育), and lastDone is the LATEST completion of anyone — the day the
 * readiness rule manual.education counts from, so the calendar and the rule agree on the day
 * (basis.ts, lastDoneOf). Workers still without one are the rows' overdue count.
 */
export type ObligationSource = "register" | "risks" | "legal" | "education" | "record";

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
    source: "education",
    fixPath: "education",
  },
  {
    key: "internal_audit",
    title: { ja: "内部監査", en: "Internal audit" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "activities?new=internal_audit",
  },
  {
    key: "management_review",
    title: { ja: "マネジメントレビュー", en: "Management review" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "activities?new=management_review",
  },
  // Dated by activity records (実施記録) until the vendor and document capabilities have theirs.
  {
    key: "vendor_review",
    title: { ja: "委託先の再評価", en: "Re-evaluate the contractors" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "activities?new=vendor_review",
  },
  {
    key: "document_review",
    title: { ja: "内部規程・様式の見直し", en: "Review the internal rules and forms" },
    rhythmMonths: 12,
    source: "record",
    fixPath: "activities?new=document_review",
  },
];

export function getObligation(key: string): ObligationDef | undefined {
  return OBLIGATIONS.find((o) => o.key === key);
}
