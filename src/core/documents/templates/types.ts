// What a starter template is: the document's register data (number, title, kind, who approves
// it, how long it is kept) and its text. Creating a document from a template copies these into
// the document and its first draft; the organization then edits the draft as its own.
import type { Bilingual } from "../../i18n-text.ts";
import type { DocumentContent } from "../content.ts";
import type { DocumentKind } from "../status.ts";

export type DocumentAudience = "internal" | "external";
/** Whose approval makes a version effective (pms_document.approver_role). */
export type ApproverRole = "top_management" | "pms_manager";

export interface DocumentTemplate {
  /** Stable key, stored on the document (pms_document.template_key): never renamed. */
  key: string;
  /** Suggested 文書番号: P- policies, R- rules, F- forms. */
  number: string;
  /** The document's title (Japanese: the documents themselves are written in Japanese). */
  title: string;
  /** The title for the English screens. */
  titleEn: string;
  kind: DocumentKind;
  audience: DocumentAudience;
  approverRole: ApproverRole;
  /**
   * Suggested 保存期間 in years after the document or record is no longer current; null where
   * it is kept as long as it is in force (the register's default period then applies).
   */
  retentionYears: number | null;
  /** What it is for, shown in the template list. */
  summary: Bilingual;
  /** J items the document answers as a whole (forms: the records they keep). */
  jRefs: readonly string[];
  content: DocumentContent;
}

/** Policies and rules answer with a clause; forms and records with the records they keep. */
export const POLICY_KINDS: readonly DocumentKind[] = ["policy", "rule", "procedure"];
