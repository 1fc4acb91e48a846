import { z } from "zod";
import { isoDate } from "../shared/contract-helpers.ts";

export const auditListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  cursor: z.coerce.number().int().min(1).optional(),
  entity: z.string().max(50).optional(),
  entityId: z.string().max(64).optional(),
  action: z.string().max(30).optional(),
  actor: z.string().max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditEventOut = z.object({
  seq: z.number(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  entity: z.string(),
  entityId: z.string(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })),
  at: z.string(),
  hash: z.string(),
});
export type AuditEventOut = z.infer<typeof auditEventOut>;

export const auditList = z.object({
  items: z.array(auditEventOut),
  total: z.number(),
  nextCursor: z.number().nullable(),
  /**
   * Names of the records these events refer to by id (a risk row's register item, the record a
   * file is attached to: core/audit/audit-references.ts), by id; null: the record is deleted.
   */
  names: z.record(z.string(), z.string().nullable()),
});
export type AuditListOut = z.infer<typeof auditList>;
