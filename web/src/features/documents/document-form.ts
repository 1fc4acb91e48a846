// The document's metadata as the forms hold it, and the request bodies made from them: J items
// are typed as one line ("J.2.2, J.3.1.1"), numbers may be left empty.
import type { DocumentOut } from "./useDocuments.ts";

export type MetaValues = {
  number: string;
  title: string;
  kind: string;
  audience: string;
  approverRole: string;
  ownerPersonId: string | null;
  retentionYears: number | "";
  reviewIntervalMonths: number | "";
  nextReviewOn: string | null;
  jRefs: string;
};

export const emptyMeta: MetaValues = {
  number: "",
  title: "",
  kind: "rule",
  audience: "internal",
  approverRole: "pms_manager",
  ownerPersonId: null,
  retentionYears: "",
  reviewIntervalMonths: 12,
  nextReviewOn: null,
  jRefs: "",
};

/** "J.2.2, J.3.1.1 J.4" → ["J.2.2", "J.3.1.1", "J.4"] (the server checks each). */
export const splitRefs = (text: string): string[] =>
  text
    .split(/[\s,、，]+/)
    .map((r) => r.trim())
    .filter(Boolean);

export function toMetaValues(d: DocumentOut): MetaValues {
  return {
    number: d.number,
    title: d.title,
    kind: d.kind,
    audience: d.audience,
    approverRole: d.approverRole,
    ownerPersonId: d.ownerPersonId,
    retentionYears: d.retentionYears ?? "",
    reviewIntervalMonths: d.reviewIntervalMonths,
    nextReviewOn: d.nextReviewOn,
    jRefs: d.jRefs.join(", "),
  };
}

/** The PATCH body (every field: the server leaves unchanged ones out of the audit trail). */
export function toMetaPayload(v: MetaValues) {
  return {
    number: v.number.trim(),
    title: v.title.trim(),
    kind: v.kind,
    audience: v.audience,
    approverRole: v.approverRole,
    ownerPersonId: v.ownerPersonId || null,
    retentionYears: v.retentionYears === "" ? null : v.retentionYears,
    reviewIntervalMonths: v.reviewIntervalMonths === "" ? 12 : v.reviewIntervalMonths,
    nextReviewOn: v.nextReviewOn || null,
    jRefs: splitRefs(v.jRefs),
  };
}

/** A new document: number, title, kind and audience (the rest takes the defaults). */
export function toCreatePayload(v: Pick<MetaValues, "number" | "title" | "kind" | "audience">) {
  return { number: v.number.trim(), title: v.title.trim(), kind: v.kind, audience: v.audience };
}
