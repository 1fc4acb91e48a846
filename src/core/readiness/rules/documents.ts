// Construction steps proved by the document register (文書管理) instead of ticks or activity
// records: the internal policy approved by top management and in force (step 1) and confirmed
// by every current staff member (step 4): documents-policy.ts; the internal rules in force
// answering every J item that needs a rule (step 9), and documents reviewed by their review day.
// manual.* keep the ids of the earlier record rules, so assessments and links keep working.

import {
  type CoverageDocument,
  coverage,
  DOCUMENT_REQUIRED_REFS,
  needOfKind,
} from "../../documents/coverage.ts";
import { VERSION_STATUS_LABELS, type VersionStatus } from "../../documents/status.ts";
import { DEFAULT_CATALOGUE_ID } from "../../requirements/catalogue-refs.ts";
import { getCatalogue } from "../../requirements/catalogue-registry.ts";
import { gap, MAX_DETAILS, na, ok, type ReadinessRule, text } from "../rule.ts";
import type { SnapshotDocument, SnapshotDocumentVersion } from "../snapshot.ts";
import { day, documentRef, documentsOf, policyKnownRule, policyRule } from "./documents-policy.ts";

export { internalPolicy } from "./documents-policy.ts";

const RULE_REFS = DOCUMENT_REQUIRED_REFS.filter((r) => r.needs.includes("rule"));
const TITLES = new Map(
  (getCatalogue(DEFAULT_CATALOGUE_ID)?.nodes ?? []).map((n) => [n.ref, n.title]),
);
/** How many lacking J items the reason names before "ほか N件". */
const NAMED_REFS = 3;

/** A document read at one version, as the coverage table reads it. */
const atVersion = (d: SnapshotDocument, v: SnapshotDocumentVersion): CoverageDocument => ({
  id: d.id,
  number: d.number,
  title: d.title,
  kind: d.kind,
  jRefs: [...d.jRefs, ...v.clauseRefs],
  content: null,
  status: v.status === "published" ? "published" : "draft",
});

// blocker: the internal rules are PMS documents attached to the application; an examiner
// reads the rules in force against every J item, so drafts do not count.
const internalRules: ReadinessRule = {
  id: "manual.internal_rules",
  step: 9,
  refs: ["J.4.5.4"],
  severity: "blocker",
  title: text("内部規程と様式を整備した", "The internal rules and forms are in place"),
  // The 規程類対照表 filtered to the items no document in force answers with a rule.
  fixPath: "document-coverage?lacking=rule",
  manual: false,
  evaluate(s) {
    const docs = documentsOf(s);
    const inForce = docs.flatMap((d) => (d.current ? [atVersion(d, d.current)] : []));
    const lacking = coverage(inForce, RULE_REFS)
      .rows.filter((r) => r.missing.includes("rule"))
      .map((r) => r.ref);
    const total = RULE_REFS.length;
    if (lacking.length === 0)
      return ok(
        text(
          `規程で答えるべきJ項目${total}件すべてに、施行中の文書が答えています。`,
          `Documents in force answer all ${total} J items that need a rule.`,
        ),
      );
    const shown = lacking.slice(0, NAMED_REFS).map((ref) => {
      const title = TITLES.get(ref);
      return { ja: title ? `${ref} ${title.ja}` : ref, en: title ? `${ref} ${title.en}` : ref };
    });
    const rest = lacking.length - shown.length;
    const list = text(
      `${shown.map((x) => x.ja).join("、")}${rest > 0 ? ` ほか${rest}件` : ""}`,
      `${shown.map((x) => x.en).join("; ")}${rest > 0 ? `; ${rest} more` : ""}`,
    );
    // Documents whose version being written answers a lacking item: they close the gap once
    // approved and in force.
    const missing = new Set(lacking);
    const drafts = docs.filter(
      (d) =>
        d.open !== null &&
        needOfKind(d.kind) === "rule" &&
        atVersion(d, d.open).jRefs.some((ref) => missing.has(ref)),
    );
    return gap(
      text(
        `規程で答えるべきJ項目${total}件のうち${lacking.length}件に、施行中の文書が答えていません（${list.ja}）。`,
        `No document in force answers ${lacking.length} of the ${total} J items that need a rule (${list.en}).`,
      ),
      drafts.slice(0, MAX_DETAILS).map((d) => {
        const status = VERSION_STATUS_LABELS[(d.open?.status ?? "draft") as VersionStatus];
        return documentRef(
          d,
          d.open,
          text(`${status.ja}（未施行）`, `${status.en} (not in force)`),
        );
      }),
    );
  },
};

// finding: the document audit checks that documents in force are reviewed when their review
// falls due (the register's 次回見直し日); an overdue one is a typical remark, not a bar.
const reviewDue: ReadinessRule = {
  id: "documents.review_due",
  step: 9,
  refs: ["J.4.5.2"],
  severity: "finding",
  title: text(
    "施行中の文書を見直しの期限までに見直している",
    "Documents in force are reviewed by their review date",
  ),
  // The register's own filter: documents with a published version whose review day has passed.
  fixPath: "documents?status=published&reviewOverdue=true",
  manual: false,
  evaluate(s, today) {
    const docs = documentsOf(s);
    if (docs.length === 0)
      return na(
        text("文書管理台帳に文書がないため対象外です。", "The document register is empty."),
      );
    const inForce = docs.filter((d) => d.current !== null);
    if (inForce.length === 0)
      return na(text("施行中の文書がないため対象外です。", "No document is in force yet."));
    const late = inForce
      .filter((d) => d.nextReviewOn !== null && d.nextReviewOn < today)
      .sort(
        (a, b) =>
          (a.nextReviewOn ?? "").localeCompare(b.nextReviewOn ?? "") ||
          a.number.localeCompare(b.number, "ja"),
      );
    const n = inForce.length;
    if (late.length === 0)
      return ok(
        text(
          `施行中の文書${n}件はどれも見直しの期限内です。`,
          `Every document in force (${n}) is within its review date.`,
        ),
      );
    return gap(
      text(
        `施行中の文書${n}件中${late.length}件が、見直しの期限を過ぎています。`,
        `${late.length} of the ${n} documents in force are past their review date.`,
      ),
      late.slice(0, MAX_DETAILS).map((d) => {
        const due = day(d.nextReviewOn ?? today);
        return documentRef(d, null, text(`見直し期限 ${due.ja}`, `review due ${due.en}`));
      }),
    );
  },
};

export const DOCUMENT_RULES: readonly ReadinessRule[] = [
  policyRule,
  policyKnownRule,
  internalRules,
  reviewDue,
];
