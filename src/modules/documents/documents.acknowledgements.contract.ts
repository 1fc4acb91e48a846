// 周知・誓約: zod contracts of sending a published version to staff, the confirmation page, the
// paper records and reminders (the organization's side), and of the person's side behind their
// personal link (/p/:token/documents). Shared by the API and the web pages.
import { z } from "zod";
import type { DocumentContent } from "../../core/documents/content.ts";
import {
  isoDate,
  listQuery,
  optionalIsoDate,
  requiredLine,
  text,
} from "../shared/contract-helpers.ts";

/** read: 周知（読んで確認する）; pledge: 誓約（読んで署名する）. */
export const ACK_KINDS = ["read", "pledge"] as const;
export type AckKind = (typeof ACK_KINDS)[number];
/** The personal link's purpose each kind travels on (core/personal-links/purposes.ts). */
export const ACK_PURPOSE = { read: "policy", pledge: "pledge" } as const;
export const ackKindOfPurpose = (purpose: string): AckKind | null =>
  purpose === "policy" ? "read" : purpose === "pledge" ? "pledge" : null;

/** How many people one request may reach (the personal links' own limit). */
export const MAX_ACK_TARGETS = 5000;

const kind = z.enum(ACK_KINDS, { error: "invalid_value" });
const refId = z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64);
const refIds = (max: number) =>
  z
    .array(refId, { error: "invalid_type" })
    .max(max, { error: "too_many_items" })
    .transform((ids) => [...new Set(ids)]);

/**
 * Whom to ask: everyone in office, or the staff of departments (their sub-departments too);
 * personIds adds people by name (a new hire, a dispatched worker), or alone with
 * departmentIds empty. People who have left are never asked.
 */
export const sendInput = z.strictObject({
  kind,
  audience: z.union(
    [z.strictObject({ all: z.literal(true) }), z.strictObject({ departmentIds: refIds(500) })],
    { error: "invalid_value" },
  ),
  personIds: refIds(MAX_ACK_TARGETS).optional(),
  /** 期限: reminders go out once it has passed. */
  dueOn: optionalIsoDate,
});
export type SendInput = z.infer<typeof sendInput>;

export const ackPersonOut = z.object({
  personId: z.string(),
  personName: z.string(),
  departmentName: z.string().nullable(),
});
export type AckPersonOut = z.infer<typeof ackPersonOut>;

export const sendResult = z.object({
  /** People asked now (one row each). */
  asked: z.number().int(),
  /** People asked before for this version and kind: left as they were. */
  skipped: z.number().int(),
  /** Mails queued, each with a new personal link. */
  mailed: z.number().int(),
  /** Without e-mail but with a live link of the purpose (a card): they see it there. */
  onCard: z.number().int(),
  /** Without e-mail and without a live link: they need the printed sheet. */
  needSheet: z.array(ackPersonOut),
});
export type SendResult = z.infer<typeof sendResult>;

export const ACK_STATUSES = ["confirmed", "pending", "overdue"] as const;
export type AckStatus = (typeof ACK_STATUSES)[number];

export const ackListQuery = listQuery.extend({
  kind: kind.default("read"),
  status: z.enum(ACK_STATUSES, { error: "invalid_value" }).optional(),
  departmentId: z.string().max(64).optional(),
});
export type AckListQuery = z.infer<typeof ackListQuery>;

export const ackRowOut = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  departmentName: z.string().nullable(),
  hasEmail: z.boolean(),
  /** The person has left since they were asked. */
  left: z.boolean(),
  status: z.enum(ACK_STATUSES),
  requestedAt: z.string(),
  dueOn: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  signedOn: z.string().nullable(),
  typedName: z.string().nullable(),
  via: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
});
export type AckRowOut = z.infer<typeof ackRowOut>;

export const ackCounts = z.object({
  asked: z.number().int(),
  confirmed: z.number().int(),
  /** Not confirmed, in office (overdue ones included). */
  pending: z.number().int(),
  overdue: z.number().int(),
  /** Not confirmed and left since: no longer chased. */
  left: z.number().int(),
});
export type AckCounts = z.infer<typeof ackCounts>;

export const ackList = z.object({
  items: z.array(ackRowOut),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  counts: ackCounts,
  version: z.object({
    documentId: z.string(),
    number: z.string(),
    title: z.string(),
    versionNo: z.number().int(),
    status: z.string(),
  }),
});
export type AckList = z.infer<typeof ackList>;

/** The sends of the organization: one line per version and kind that was sent out. */
export const ackSendsQuery = listQuery.pick({ page: true, limit: true });
export const ackSendOut = z.object({
  documentId: z.string(),
  versionId: z.string(),
  number: z.string(),
  title: z.string(),
  versionNo: z.number().int(),
  versionStatus: z.string(),
  kind: z.enum(ACK_KINDS),
  firstRequestedAt: z.string(),
  asked: z.number().int(),
  confirmed: z.number().int(),
});
export type AckSendOut = z.infer<typeof ackSendOut>;

export const remindInput = z.strictObject({ kind });
export type RemindInput = z.infer<typeof remindInput>;
export const remindResult = z.object({
  reminded: z.number().int(),
  /** Mailed less than 24 hours ago: not mailed again. */
  skippedRecent: z.number().int(),
  /** Pending people without e-mail: the printed sheet reaches them. */
  withoutEmail: z.array(ackPersonOut),
});
export type RemindResult = z.infer<typeof remindResult>;

/** A confirmation or signature given on paper, entered by the PMS office. */
export const paperInput = z.strictObject({
  signedOn: isoDate,
  typedName: text(100, "single")
    .optional()
    .transform((v) => (v ? v : null)),
});
export type PaperInput = z.infer<typeof paperInput>;

export const paperResult = ackRowOut.pick({
  id: true,
  acknowledgedAt: true,
  signedOn: true,
  typedName: true,
  via: true,
});
export type PaperResult = z.infer<typeof paperResult>;

export const ackParams = z.object({
  orgId: z.string().max(200),
  id: z.string().max(200),
  vid: z.string().max(200),
  ackId: z.string().max(200),
});
export const pendingSheetQuery = z.object({ kind: kind.default("read") });

// The person's side.

export const personalAckListParams = z.object({ token: z.string() });
export const personalAckParams = z.object({ token: z.string(), ackId: z.string().max(200) });

export const PERSONAL_ACK_STATES = ["pending", "done", "superseded"] as const;

export const personalAckOut = z.object({
  id: z.string(),
  kind: z.enum(ACK_KINDS),
  number: z.string(),
  title: z.string(),
  versionNo: z.number().int(),
  effectiveOn: z.string().nullable(),
  requestedAt: z.string(),
  dueOn: z.string().nullable(),
  /** pending: to confirm; done: confirmed or signed; superseded: a newer version replaced it. */
  state: z.enum(PERSONAL_ACK_STATES),
  acknowledgedAt: z.string().nullable(),
  signedOn: z.string().nullable(),
  typedName: z.string().nullable(),
});
export type PersonalAckOut = z.infer<typeof personalAckOut>;

export const personalAckList = z.object({ items: z.array(personalAckOut) });
export type PersonalAckList = z.infer<typeof personalAckList>;

export const personalAckDetail = personalAckOut.extend({
  /** The version's text (core/documents/content.ts), checked when it was saved. */
  content: z.unknown(),
  /** The organization's data as frozen when the version was approved. */
  fieldValues: z.record(z.string(), z.string().nullable()),
});
export type PersonalAckDetail = Omit<z.infer<typeof personalAckDetail>, "content"> & {
  content: DocumentContent;
};

/**
 * Whether the name a person typed to sign a pledge is their name on record: loosely, since
 * people type 「山田太郎」, 「山田　太郎」 or 「山田 太郎 」 for the same name, and phones switch
 * between full-width and half-width letters. Width (NFKC), spaces of any kind and Latin case
 * are ignored; every other character must match. Here, so the phone checks the same rule.
 */
export function sameName(typed: string, onRecord: string): boolean {
  const norm = (name: string) => name.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
  const a = norm(typed);
  return a.length > 0 && a === norm(onRecord);
}

export const signInput = z.strictObject({
  typedName: requiredLine(100),
  signedOn: isoDate,
});
export type SignInput = z.infer<typeof signInput>;
