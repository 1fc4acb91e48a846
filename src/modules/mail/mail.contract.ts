// The outbox page's API: list and detail of an organization's mail, retry and cancel.
import { z } from "zod";
import { listQuery, listResult } from "../shared/contract-helpers.ts";

export const MAIL_STATUSES = ["queued", "sending", "sent", "failed", "cancelled"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const mailListQuery = listQuery.extend({
  status: z.enum(MAIL_STATUSES, { error: "invalid_value" }).optional(),
});
export type MailListQuery = z.infer<typeof mailListQuery>;

export const mailOut = z.object({
  id: z.string(),
  toAddress: z.string(),
  toName: z.string().nullable(),
  template: z.string(),
  subject: z.string(),
  lang: z.string(),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  /** The next try (queued) or the end of the current one (sending); null otherwise. */
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailOut = z.infer<typeof mailOut>;

export const mailListOut = listResult(mailOut).extend({
  /** False: nothing is sent; the page shows what would have been. */
  smtpConfigured: z.boolean(),
});

export const mailDetailOut = mailOut.extend({
  messageId: z.string().nullable(),
  /** The plain text as it is (or would be) sent, its secret link replaced by a note. */
  text: z.string().nullable(),
});
