// The instance's mail outbox (one queue for every organization and for account mails) and the
// secrets its mails carry until they are delivered. See docs/architecture.md "### Mail".
import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";
import type { MailStatus } from "./mail.contract.ts";

/**
 * One mail to one recipient, written in the transaction of the change that causes it and
 * delivered later by the sender (mail.sender.ts). Global: account mails (password reset)
 * belong to no organization, so org_id is null for them; an organization's mails carry its
 * id (its admin page lists them) and go with it. Rendered at send time from `template` and
 * `payload`; `subject` is rendered at once for the list and its search.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").references(() => organization.id, { onDelete: "cascade" }),
    toAddress: text("to_address").notNull(),
    toName: text("to_name"),
    template: text("template").notNull(),
    lang: text("lang").notNull(),
    subject: text("subject").notNull(),
    /** The template's values (never a secret: those are in mail_secret). */
    payload: jsonb("payload").notNull(),
    /** What the mail is about (e.g. "invitation:<id>"), so the cause can cancel it. */
    ref: text("ref"),
    status: text("status").$type<MailStatus>().notNull().default("queued"),
    /** Claims so far (a crash during a send counts as one). */
    attempts: integer("attempts").notNull().default(0),
    /** When it is due: the next try, or for a row being sent the end of its lease. */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /** The sending process's lease; past it the row is claimed again (that process died). */
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** The last failure: an SMTP code and reply or a network error, never the SMTP URL. */
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** The Message-ID header sent, derived from id (a receiver can drop a duplicate). */
    messageId: text("message_id"),
  },
  (t) => [
    // The claim: due rows among those still to send, oldest due first.
    index("mail_outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('queued', 'sending')`),
    // The organization's admin page, newest first.
    index("mail_outbox_org_created_idx").on(t.orgId, t.createdAt, t.id),
    index("mail_outbox_ref_idx").on(t.ref).where(sql`${t.ref} is not null`),
  ],
);

/**
 * The secret a queued mail carries (an invitation or password-reset link with its token),
 * kept apart so that it lives only until the mail is delivered, cancelled or failed, or until
 * `expires_at` (the link's own expiry), and is never in a backup (EXCLUDED_TABLES in
 * src/db/backup-format.ts).
 */
export const mailSecret = pgTable("mail_secret", {
  outboxId: text("outbox_id")
    .primaryKey()
    .references(() => mailOutbox.id, { onDelete: "cascade" }),
  secret: text("secret").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});
