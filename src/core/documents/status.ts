// A document version's life: written (draft), sent for review (in_review), approved by the
// document's approver (approved: the text can no longer change), published (in force; the
// version it replaces becomes superseded). An approved version is never edited: a change is a
// new version.
import type { Bilingual } from "../i18n-text.ts";

export const DOCUMENT_KINDS = ["policy", "rule", "procedure", "form", "record"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, Bilingual>> = {
  policy: { ja: "方針", en: "Policy" },
  rule: { ja: "規程", en: "Rule" },
  procedure: { ja: "手順書", en: "Procedure" },
  form: { ja: "様式", en: "Form" },
  record: { ja: "記録", en: "Record" },
};

export const VERSION_STATUSES = [
  "draft",
  "in_review",
  "approved",
  "published",
  "superseded",
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const VERSION_STATUS_LABELS: Readonly<Record<VersionStatus, Bilingual>> = {
  draft: { ja: "作成中", en: "Draft" },
  in_review: { ja: "承認待ち", en: "In review" },
  approved: { ja: "承認済み", en: "Approved" },
  published: { ja: "公開中（施行）", en: "Published" },
  superseded: { ja: "旧版", en: "Superseded" },
};

/** The moves a person can make; publishing a version supersedes the one in force. */
const MOVES: Readonly<Record<VersionStatus, readonly VersionStatus[]>> = {
  draft: ["in_review"],
  // Sent back for changes, or approved by the approver.
  in_review: ["draft", "approved"],
  approved: ["published"],
  published: ["superseded"],
  superseded: [],
};

export function canMove(from: VersionStatus, to: VersionStatus): boolean {
  return MOVES[from].includes(to);
}

/** Only a draft's text and change note may be saved. */
export const isEditable = (status: VersionStatus): boolean => status === "draft";
