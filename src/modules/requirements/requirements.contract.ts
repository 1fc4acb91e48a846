// Requirement catalogues and an organization's assessments of them: zod contracts shared by
// the API and the web app. A catalogue is served flat, in guideline order, each node naming its
// parent (build the tree with core/requirements buildTree, or by following `parent`).
import { z } from "zod";
import {
  ASSESSMENT_STATUSES,
  EVIDENCE_KINDS,
  UNAVAILABLE_EVIDENCE_KINDS,
} from "../../core/requirements/assessment.ts";
import { DEFAULT_CATALOGUE_ID } from "../../core/requirements/catalogue-refs.ts";
import { optionalText, requiredText } from "../shared/contract-helpers.ts";

const bilingual = z.object({ ja: z.string(), en: z.string() });
const counts = z.object({ nodes: z.number(), assessable: z.number(), unverified: z.number() });

export const catalogueNodeOut = z.object({
  urn: z.string(),
  ref: z.string(),
  parent: z.string().nullable(),
  depth: z.number(),
  assessable: z.boolean(),
  title: bilingual,
  explanation: bilingual,
  evidence: z.array(bilingual),
  appiArticles: z.array(z.object({ ref: z.string(), title: bilingual })),
  annexA: z.object({ refs: z.array(z.string()), verified: z.boolean() }).nullable(),
  verified: z.boolean(),
  toVerify: z.string().nullable(),
});
export type CatalogueNodeOut = z.infer<typeof catalogueNodeOut>;

export const catalogueSummary = z.object({
  id: z.string(),
  version: z.string(),
  /** Whether this is the newest registered version of the catalogue. */
  newest: z.boolean(),
  title: bilingual,
  basis: bilingual,
  effectiveFrom: z.string(),
  counts,
});
export const catalogueListOut = z.object({ items: z.array(catalogueSummary), total: z.number() });

export const catalogueOut = catalogueSummary.extend({
  versions: z.array(z.string()),
  toVerify: z.string().nullable(),
  nodes: z.array(catalogueNodeOut),
});
export type CatalogueOut = z.infer<typeof catalogueOut>;

export const catalogueParams = z.object({ id: z.string().max(100) });
export const catalogueQuery = z.object({ version: z.string().max(20).optional() });

/** Which catalogue an organization route works on (there is one today). */
export const catalogueSelector = z.object({
  catalogue: z.string().max(100).default(DEFAULT_CATALOGUE_ID),
});
export const assessmentParams = z.object({ orgId: z.string().max(200), ref: z.string().max(50) });
export const adoptionParams = z.object({
  orgId: z.string().max(200),
  catalogueId: z.string().max(100),
});

const enumError = (iss: { input?: unknown }) =>
  iss.input === undefined ? "required" : "invalid_value";

function isWebUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export const evidenceInput = z
  .strictObject({
    kind: z.enum(EVIDENCE_KINDS, { error: enumError }),
    /** A record's id, or the address for `url`. */
    id: requiredText(2000),
    /** Optional words of the assessor ("2025年度 教育記録"). */
    label: optionalText(200),
  })
  .superRefine((e, ctx) => {
    if (UNAVAILABLE_EVIDENCE_KINDS.includes(e.kind))
      ctx.addIssue({ code: "custom", path: ["kind"], message: "evidence_kind_unavailable" });
    if (e.kind === "url" && !isWebUrl(e.id))
      ctx.addIssue({ code: "custom", path: ["id"], message: "invalid_url" });
  });

export const assessmentInput = z
  .strictObject({
    status: z.enum(ASSESSMENT_STATUSES, { error: enumError }),
    notes: optionalText(4000),
    evidence: z
      .array(evidenceInput, { error: "invalid_type" })
      .max(50, { error: "too_many_items" })
      .default([]),
  })
  .superRefine((v, ctx) => {
    // An examiner asks why an item does not apply: the reason belongs with the judgement.
    if (v.status === "na" && !v.notes)
      ctx.addIssue({ code: "custom", path: ["notes"], message: "na_needs_reason" });
  });
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const evidenceOut = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  id: z.string(),
  label: z.string().nullable(),
  /** The record's current name (register item, person and role, law, risk); null for URLs. */
  name: z.string().nullable(),
  /** The record was deleted after it was linked. */
  missing: z.boolean(),
});

const readinessStatus = z.enum(["ok", "gap", "na"]);

export const engineConclusionOut = z.object({
  status: readinessStatus,
  rules: z.array(
    z.object({
      ruleId: z.string(),
      title: bilingual,
      status: readinessStatus,
      severity: z.enum(["blocker", "finding", "advice"]),
      /** One line, with the numbers that led to the status. */
      reason: bilingual,
      /** Where to fix it, relative to /orgs/:orgId/ in the web app. */
      fixPath: z.string(),
      manual: z.boolean(),
    }),
  ),
});
export type EngineConclusionOut = z.infer<typeof engineConclusionOut>;

export const assessmentOut = z.object({
  catalogueId: z.string(),
  ref: z.string(),
  urn: z.string(),
  title: bilingual,
  verified: z.boolean(),
  status: z.enum(ASSESSMENT_STATUSES),
  notes: z.string().nullable(),
  evidence: z.array(evidenceOut),
  /** The catalogue version the assessment was made against; null while never assessed. */
  assessedVersion: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedByName: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /**
   * What the readiness engine concluded from the records: the rules that name this item or a
   * parent of it, with one status over them (gap if any rule has a gap). null when no rule
   * speaks about the item, so the judgement is the organization's alone.
   */
  engine: engineConclusionOut.nullable(),
});
export type AssessmentOut = z.infer<typeof assessmentOut>;

export const statusCounts = z.object({
  unassessed: z.number(),
  conform: z.number(),
  partial: z.number(),
  nonconform: z.number(),
  na: z.number(),
  total: z.number(),
});

export const assessmentListOut = z.object({
  catalogueId: z.string(),
  /** The version the organization works against (adopted, or the newest). */
  version: z.string(),
  newestVersion: z.string(),
  items: z.array(assessmentOut),
  counts: statusCounts,
  /** Assessed refs the adopted version no longer has: kept, not shown, not counted. */
  hiddenRefs: z.array(z.string()),
});

export const adoptionInput = z.strictObject({
  version: z
    .string({ error: (iss) => (iss.input === undefined ? "required" : "invalid_type") })
    .min(1, { error: "required" })
    .max(20),
});

export const adoptionOut = z.object({
  catalogueId: z.string(),
  version: z.string(),
  /** false: nothing adopted yet, so the organization follows the newest version. */
  explicit: z.boolean(),
  adoptedAt: z.string().nullable(),
  newestVersion: z.string(),
  versions: z.array(z.string()),
  hiddenRefs: z.array(z.string()),
});
export type AdoptionOut = z.infer<typeof adoptionOut>;
