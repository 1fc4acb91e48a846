// 文書管理 (PMS documents): zod contracts shared by the API and the web app. A document has
// metadata (number, title, kind, approver role, review rhythm, J items) and versions; each
// version's text is structured content (core/documents/content.ts), checked by the service
// (its own error code and limits) rather than here, so a bad text is one clear 400.
import { z } from "zod";
import { DOCUMENT_KINDS, VERSION_STATUSES } from "../../core/documents/status.ts";
import {
  listQuery,
  optionalIsoDate,
  optionalText,
  requiredLine,
  text,
} from "../shared/contract-helpers.ts";

export const DOCUMENT_AUDIENCES = ["internal", "external"] as const;
/** Whose approval makes a version effective: 代表者 for the policy, the PMS manager otherwise. */
export const APPROVER_ROLES = ["top_management", "pms_manager"] as const;

const kind = z.enum(DOCUMENT_KINDS, { error: "invalid_value" });
const audience = z.enum(DOCUMENT_AUDIENCES, { error: "invalid_value" });
const approverRole = z.enum(APPROVER_ROLES, { error: "invalid_value" });
const refId = z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64);
/** 文書番号: letters, digits and a few separators, so it is safe in file names too. */
const number = requiredLine(40).pipe(
  z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}._\-‐－ー]*$/u, { error: "document_number_format" }),
);
const jRef = z.string().regex(/^J(\.\d+){1,4}$/, { error: "document_j_ref_format" });

const fields = {
  number,
  title: requiredLine(200),
  kind,
  audience,
  /** 管理責任者: a person of the people register. */
  ownerPersonId: refId.nullable(),
  approverRole,
  /** 保存期間 (years); null: no period set. */
  retentionYears: z
    .number({ error: "invalid_type" })
    .int({ error: "invalid_type" })
    .min(1, { error: "too_small" })
    .max(100, { error: "too_big" })
    .nullable(),
  reviewIntervalMonths: z
    .number({ error: "invalid_type" })
    .int({ error: "invalid_type" })
    .min(1, { error: "too_small" })
    .max(60, { error: "too_big" }),
  nextReviewOn: optionalIsoDate,
  /** J items the document as a whole answers (clauses carry their own in the text). */
  jRefs: z
    .array(jRef, { error: "invalid_type" })
    .max(50, { error: "too_many_items" })
    .transform((refs) => [...new Set(refs)]),
};

export const documentInput = z.strictObject({
  number: fields.number,
  title: fields.title,
  kind: fields.kind,
  audience: fields.audience.default("internal"),
  ownerPersonId: fields.ownerPersonId.optional(),
  /** Default: top management for a policy, the PMS manager for everything else. */
  approverRole: fields.approverRole.optional(),
  retentionYears: fields.retentionYears.optional(),
  reviewIntervalMonths: fields.reviewIntervalMonths.default(12),
  jRefs: fields.jRefs.default([]),
});
export type DocumentInput = z.input<typeof documentInput>;
export type DocumentInputParsed = z.infer<typeof documentInput>;

// No defaults (they would reset fields a PATCH does not mention).
export const documentPatch = z.strictObject(fields).partial();
export type DocumentPatch = z.infer<typeof documentPatch>;

const flag = z.enum(["true", "false"]).transform((v) => v === "true");
export const DOCUMENT_SORTS = [
  "number",
  "-number",
  "title",
  "-title",
  "nextReviewOn",
  "-nextReviewOn",
  "updatedAt",
  "-updatedAt",
] as const;

export const documentListQuery = listQuery.extend({
  kind: kind.optional(),
  audience: audience.optional(),
  /** Documents with a version in this state (published: in force now). */
  status: z.enum(VERSION_STATUSES, { error: "invalid_value" }).optional(),
  /** true: past its next review day (today in Japan). */
  reviewOverdue: flag.optional(),
  /** true: the archived documents only; default: those in use only. */
  archived: flag.optional(),
  sort: z.enum(DOCUMENT_SORTS, { error: "invalid_value" }).default("number"),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

export const documentVersionParams = z.object({
  orgId: z.string().max(200),
  id: z.string().max(200),
  vid: z.string().max(200),
});

export const saveDraftInput = z.strictObject({
  /** The editor's JSON, checked against the content model by the service. */
  content: z.unknown(),
  /** The revision the editor started from; an older one than stored is a conflict. */
  revision: z.number({ error: "invalid_type" }).int({ error: "invalid_type" }).min(1),
  /** 改訂内容; left as it is when not sent (an autosave of the text alone). */
  changeNote: z
    .union([text(1000), z.null()])
    .optional()
    .transform((v) => (v === "" ? null : v)),
});
/** changeNote left out: the note stays as it is. */
export type SaveDraftInput = Omit<z.infer<typeof saveDraftInput>, "changeNote"> & {
  changeNote?: string | null;
};

// Bodies a button may send empty ({}).
export const newVersionInput = z.strictObject({ changeNote: optionalText(1000) });
export type NewVersionInput = z.infer<typeof newVersionInput>;

export const submitInput = z.strictObject({
  /** The member (user id) who approves: any member with the approve permission. */
  approverUserId: refId,
});
export type SubmitInput = z.infer<typeof submitInput>;

export const publishInput = z.strictObject({
  /** 施行日; default today in Japan. */
  effectiveOn: optionalIsoDate,
});
export type PublishInput = z.infer<typeof publishInput>;

/** Default: the latest version (to) against the one before it (from). */
export const compareQuery = z.object({ from: refId.optional(), to: refId.optional() });
export type CompareQuery = z.infer<typeof compareQuery>;

const bilingual = z.object({ ja: z.string(), en: z.string() });

export const documentListItem = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.string(),
  kindLabel: bilingual,
  audience: z.string(),
  approverRole: z.string(),
  ownerPersonId: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** The version in force: its number and 施行日. */
  currentVersionId: z.string().nullable(),
  currentVersionNo: z.number().int().nullable(),
  effectiveOn: z.string().nullable(),
  /** The version being written or waiting (draft, in_review, approved), if any. */
  openVersionId: z.string().nullable(),
  openVersionNo: z.number().int().nullable(),
  openStatus: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  reviewOverdue: z.boolean(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type DocumentListItem = z.infer<typeof documentListItem>;

export const versionSummary = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  status: z.string(),
  statusLabel: bilingual,
  approverUserId: z.string().nullable(),
  approverName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  changeNote: z.string().nullable(),
  updatedByName: z.string().nullable(),
  updatedAt: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummary>;

export const documentOut = documentListItem.extend({
  templateKey: z.string().nullable(),
  retentionYears: z.number().int().nullable(),
  reviewIntervalMonths: z.number().int(),
  jRefs: z.array(z.string()),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Newest first. */
  versions: z.array(versionSummary),
  /** true once any version was approved: the document can then be archived, not deleted. */
  hasHistory: z.boolean(),
  /** The member appointed to the approver role today, matched by e-mail (a suggestion). */
  suggestedApprover: z.object({ userId: z.string(), name: z.string() }).nullable(),
});
export type DocumentOut = z.infer<typeof documentOut>;

export const versionOut = versionSummary.extend({
  documentId: z.string(),
  /** The text (core/documents/content.ts). */
  content: z.unknown(),
  /** The organization's data as frozen at approval; null for a draft (today's data). */
  fieldValues: z.record(z.string(), z.string().nullable()).nullable(),
  revision: z.number().int(),
  publishedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  approvalActivityId: z.string().nullable(),
});
export type VersionOut = z.infer<typeof versionOut>;

/** The answer to a save: the new revision, and who saved when (for the editor's status). */
export const saveResult = z.object({
  revision: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type SaveResult = z.infer<typeof saveResult>;

const compareSide = z.object({
  id: z.string(),
  versionNo: z.number().int(),
  status: z.string(),
  lines: z.array(z.string()),
});
export const compareOut = z.object({
  from: compareSide,
  to: compareSide,
  /**
   * Side-by-side rows: same (both sides), changed (a line replaced), removed (left only),
   * added (right only). Line numbers are 1-based in each version's lines.
   */
  rows: z.array(
    z.object({
      kind: z.enum(["same", "changed", "removed", "added"]),
      left: z.string().nullable(),
      right: z.string().nullable(),
      leftNo: z.number().int().nullable(),
      rightNo: z.number().int().nullable(),
    }),
  ),
  added: z.number().int(),
  removed: z.number().int(),
  changed: z.number().int(),
});
export type CompareOut = z.infer<typeof compareOut>;

/** A published internal document as every member reads it (members have no documents.read). */
export const publishedDocumentOut = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.string(),
  versionNo: z.number().int(),
  effectiveOn: z.string().nullable(),
  content: z.unknown(),
  fieldValues: z.record(z.string(), z.string().nullable()).nullable(),
});
export type PublishedDocumentOut = z.infer<typeof publishedDocumentOut>;

export const publishedListItem = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.string(),
  kindLabel: bilingual,
  versionNo: z.number().int(),
  effectiveOn: z.string().nullable(),
});

/** A version waiting for the caller's approval. */
export const awaitingApprovalItem = z.object({
  documentId: z.string(),
  versionId: z.string(),
  number: z.string(),
  title: z.string(),
  kind: z.string(),
  kindLabel: bilingual,
  versionNo: z.number().int(),
  changeNote: z.string().nullable(),
  requestedAt: z.string(),
});
export type AwaitingApprovalItem = z.infer<typeof awaitingApprovalItem>;

/** Paging only (the lists for members and approvers). */
export const pageQuery = listQuery.pick({ page: true, limit: true });
