// The 規程類対照表: for every J item that needs a documented rule or a record, which documents
// and clauses answer it, and which items have none. Which items need what is our reading of
// the catalogue (src/core/requirements/catalogues/pmark-guideline-2023.v1.json: each item's
// explanation and evidence) and docs/domain.md section 4 ("Records JIS expects"):
//   - rule: the item asks the organization to decide how something is done, so a policy, rule
//     or procedure must say it (an examiner reads the clause in the document audit);
//   - record: the item asks for evidence of each time it is done, on a form the PMS defines.
// Where the record is one of mamori's own registers (個人情報管理台帳, 法令等一覧, リスク分析表,
// 体制, 実施記録, 文書の確認記録), `keptIn` names it and only the rule is asked of documents.
import type { Bilingual } from "../i18n-text.ts";
import { type ClauseRef, clauseRefs, type DocumentContent } from "./content.ts";
import type { DocumentKind } from "./status.ts";

export type DocumentNeed = "rule" | "record";

/** mamori's own registers that keep an item's records. */
export type RecordRegister =
  | "inventory"
  | "legal"
  | "risks"
  | "appointments"
  | "activities"
  | "documents";

export const RECORD_REGISTER_LABELS: Readonly<Record<RecordRegister, Bilingual>> = {
  inventory: { ja: "個人情報管理台帳", en: "Personal information register" },
  legal: { ja: "法令等一覧", en: "Legal register" },
  risks: { ja: "リスク分析表", en: "Risk analysis" },
  appointments: { ja: "体制（任命）", en: "Appointments" },
  activities: { ja: "実施記録", en: "Activity records" },
  documents: { ja: "文書の版と確認の記録", en: "Document versions and confirmations" },
};

export interface RequiredRef {
  ref: string;
  needs: readonly DocumentNeed[];
  keptIn?: readonly RecordRegister[];
}

const rule = (ref: string, ...keptIn: RecordRegister[]): RequiredRef => ({
  ref,
  needs: ["rule"],
  ...(keptIn.length ? { keptIn } : {}),
});
const both = (ref: string): RequiredRef => ({ ref, needs: ["rule", "record"] });

/**
 * Every assessable item of J.1–J.11 needs at least a rule: the document audit reads the
 * organization's rules against each item. The record is asked where the catalogue's evidence
 * is a record of each occurrence that no mamori register keeps.
 */
export const DOCUMENT_REQUIRED_REFS: readonly RequiredRef[] = [
  // Issues and interested parties: a list kept up to date (evidence: 課題の一覧).
  both("J.1.1"),
  both("J.1.2"),
  rule("J.1.3", "legal"),
  // Scope and the system: stated in the manual; the departments are the org profile.
  rule("J.1.4"),
  rule("J.1.5"),
  // Top management's commitment shows in approvals and reviews (実施記録).
  rule("J.2.1", "activities"),
  // The policy itself is the rule; its communication is the documents' confirmation records.
  rule("J.2.2", "documents"),
  rule("J.2.3", "appointments"),
  rule("J.3.1.1", "inventory"),
  both("J.3.1.2"),
  rule("J.3.1.3", "risks"),
  rule("J.3.1.4", "risks"),
  // Objectives and the yearly plan are records of their own (evidence: 計画書, 達成状況).
  both("J.3.2"),
  both("J.3.3"),
  rule("J.3.4"),
  rule("J.4.1", "activities"),
  // Competence and awareness: education plans, attendance and test results.
  both("J.4.2"),
  both("J.4.3"),
  rule("J.4.4.1", "documents"),
  // Emergencies: the procedure, and the report of each incident (事故の記録).
  both("J.4.4.2"),
  // The document list is a record the examiner asks for by name (文書管理台帳).
  both("J.4.5.1"),
  rule("J.4.5.2", "documents"),
  rule("J.4.5.3"),
  rule("J.4.5.4"),
  // The records' list and retention is written into the document-control rule.
  rule("J.4.5.5"),
  // Operation: the logs of entry, take-out, disposal (evidence: 運用の記録).
  both("J.5.1"),
  both("J.6.1"),
  both("J.6.2"),
  both("J.6.3"),
  both("J.7.1"),
  rule("J.7.2", "activities"),
  rule("J.8.1", "inventory"),
  rule("J.8.2", "inventory"),
  rule("J.8.3", "inventory"),
  rule("J.8.4"),
  // Written acquisition: the consent text shown to the individual is a form of its own.
  both("J.8.5"),
  rule("J.8.6"),
  rule("J.8.7"),
  rule("J.8.8", "inventory"),
  rule("J.8.8.1", "inventory"),
  // Provision and receipt records are required by law (APPI Art. 29/30).
  both("J.8.8.2"),
  both("J.8.8.3"),
  rule("J.8.8.4"),
  rule("J.8.9"),
  rule("J.8.10", "inventory"),
  rule("J.9.1"),
  both("J.9.2"),
  // Pledges of every employee (誓約書).
  both("J.9.3"),
  // Evaluations and contract checks of each contractor.
  both("J.9.4"),
  rule("J.10.1", "inventory"),
  both("J.10.2"),
  rule("J.10.3"),
  both("J.10.4"),
  both("J.10.5"),
  both("J.10.6"),
  both("J.10.7"),
  both("J.11.1"),
];

/** Policies, rules and procedures state how; forms and records keep what was done. */
export function needOfKind(kind: DocumentKind): DocumentNeed {
  return kind === "form" || kind === "record" ? "record" : "rule";
}

/** A document as the coverage reads it. */
export interface CoverageDocument {
  id: string;
  number: string;
  title: string;
  kind: DocumentKind;
  /** J items answered by the document as a whole. */
  jRefs: readonly string[];
  /** The current (published) version's text, else the open draft's; null when neither. */
  content: DocumentContent | null;
  /** Which version was read: the published one, or a draft not yet in force. */
  status: "published" | "draft" | null;
}

export interface CoverageAnswer {
  documentId: string;
  number: string;
  title: string;
  kind: DocumentKind;
  need: DocumentNeed;
  /** The clause heading answering the item; null when the document as a whole answers it. */
  clause: string | null;
  /** True when the answer is only in a draft, not yet in force. */
  draft: boolean;
}

export interface CoverageRow {
  ref: string;
  needs: readonly DocumentNeed[];
  keptIn: readonly RecordRegister[];
  answers: CoverageAnswer[];
  /** Needs no document answers (drafts count: the table shows them as drafts). */
  missing: DocumentNeed[];
  /**
   * Needs answered only by versions not yet in force: covered on paper, but an examiner reads
   * the documents in force, so the table says 未施行.
   */
  draftOnly: DocumentNeed[];
}

export interface Coverage {
  rows: CoverageRow[];
  /** Refs with at least one need unanswered, in table order. */
  uncovered: string[];
}

/** Each place a document answers a J item: the whole document, then each clause. */
export function documentAnswers(d: CoverageDocument): { ref: string; clause: string | null }[] {
  const clauses: ClauseRef[] = d.content ? clauseRefs(d.content) : [];
  return [
    ...d.jRefs.map((ref) => ({ ref, clause: null })),
    ...clauses.flatMap((c) => c.refs.map((ref) => ({ ref, clause: c.heading }))),
  ];
}

/** The coverage table over the given documents (archived ones left out by the caller). */
export function coverage(
  documents: readonly CoverageDocument[],
  required: readonly RequiredRef[] = DOCUMENT_REQUIRED_REFS,
): Coverage {
  const byRef = new Map<string, CoverageAnswer[]>();
  const ordered = [...documents].sort((a, b) => a.number.localeCompare(b.number, "ja"));
  for (const d of ordered)
    for (const { ref, clause } of documentAnswers(d)) {
      const list = byRef.get(ref) ?? [];
      list.push({
        documentId: d.id,
        number: d.number,
        title: d.title,
        kind: d.kind,
        need: needOfKind(d.kind),
        clause,
        draft: d.status !== "published",
      });
      byRef.set(ref, list);
    }
  const rows = required.map((r): CoverageRow => {
    const answers = byRef.get(r.ref) ?? [];
    const of = (n: DocumentNeed) => answers.filter((a) => a.need === n);
    return {
      ref: r.ref,
      needs: r.needs,
      keptIn: r.keptIn ?? [],
      answers,
      missing: r.needs.filter((n) => of(n).length === 0),
      draftOnly: r.needs.filter((n) => of(n).length > 0 && of(n).every((a) => a.draft)),
    };
  });
  return { rows, uncovered: rows.filter((r) => r.missing.length > 0).map((r) => r.ref) };
}
