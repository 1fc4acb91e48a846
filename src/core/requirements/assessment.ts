// An organization's own judgement of one catalogue item, and what it may cite as evidence.
import type { Bilingual } from "../i18n-text.ts";

export const ASSESSMENT_STATUSES = [
  "unassessed",
  "conform",
  "partial",
  "nonconform",
  "na",
] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS: Readonly<Record<AssessmentStatus, Bilingual>> = {
  unassessed: { ja: "未評価", en: "Not assessed" },
  conform: { ja: "適合", en: "Conforms" },
  partial: { ja: "一部適合", en: "Partly conforms" },
  nonconform: { ja: "不適合", en: "Does not conform" },
  na: { ja: "対象外", en: "Not applicable" },
};

/**
 * What an assessment can point to. Record kinds name a row of the organization by id;
 * `url` names a page by its address; `document` waits for the documents capability.
 */
export const EVIDENCE_KINDS = [
  "inventory_item",
  "appointment",
  "legal_requirement",
  "risk",
  "document",
  "url",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const RECORD_EVIDENCE_KINDS = [
  "inventory_item",
  "appointment",
  "legal_requirement",
  "risk",
] as const satisfies readonly EvidenceKind[];
export type RecordEvidenceKind = (typeof RECORD_EVIDENCE_KINDS)[number];

/** Kinds listed for a stable contract but not accepted yet (no records to point to). */
export const UNAVAILABLE_EVIDENCE_KINDS: readonly EvidenceKind[] = ["document"];

export function isRecordKind(kind: string): kind is RecordEvidenceKind {
  return (RECORD_EVIDENCE_KINDS as readonly string[]).includes(kind);
}

export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, Bilingual>> = {
  inventory_item: { ja: "個人情報管理台帳", en: "Register item" },
  appointment: { ja: "任命", en: "Appointment" },
  legal_requirement: { ja: "法令等一覧", en: "Legal register entry" },
  risk: { ja: "リスク分析", en: "Risk analysis row" },
  document: { ja: "文書", en: "Document" },
  url: { ja: "URL", en: "URL" },
};

/** Counts of assessable items by status. */
export type StatusCounts = Record<AssessmentStatus, number> & { total: number };

export function countByStatus(statuses: readonly AssessmentStatus[]): StatusCounts {
  const counts: StatusCounts = {
    unassessed: 0,
    conform: 0,
    partial: 0,
    nonconform: 0,
    na: 0,
    total: statuses.length,
  };
  for (const s of statuses) counts[s]++;
  return counts;
}
