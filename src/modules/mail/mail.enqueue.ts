// Queuing mail: written with the caller's transaction, so a mail exists exactly when the change
// that causes it commits (an invitation and its mail, or neither). Delivery is mail.sender.ts.
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import { insertMany } from "../shared/bulk-sql.ts";
import { checkedAddress, checkedName } from "./mail.address.ts";
import { mailOutbox, mailSecret } from "./mail.tables.ts";
import type { MailPayload, MailTemplate } from "./mail.templates.ts";

/** How long a secret waits for delivery when its link's own expiry is not given. */
const DEFAULT_SECRET_DAYS = 7;

export type MailRequest<P extends MailPayload = MailPayload> = {
  /** The organization the mail is about; null for account mails (password reset). */
  orgId: string | null;
  to: string;
  toName?: string | null;
  template: MailTemplate<P>;
  lang: Lang;
  payload: P;
  /** A link with its token: kept apart and deleted once sent, cancelled or expired. */
  secret?: string;
  /** When the secret stops being worth sending (the link's expiry). */
  secretExpiresAt?: Date;
  /** What the mail is about ("invitation:<id>"), for cancelQueuedMail. */
  ref?: string;
  /** The caller's field names for error messages (e.g. { to: "email" }). */
  fields?: { to?: string; toName?: string };
};

type Row = {
  outbox: typeof mailOutbox.$inferInsert;
  secret: typeof mailSecret.$inferInsert | null;
};

function prepare<P extends MailPayload>(req: MailRequest<P>, prefix = ""): Row {
  const id = randomUUID();
  const toAddress = checkedAddress(req.to, prefix + (req.fields?.to ?? "to"));
  const toName = checkedName(req.toName, prefix + (req.fields?.toName ?? "toName"));
  if (req.template.needsSecret && !req.secret)
    throw new Error(`mail template ${req.template.id} needs a secret`);
  return {
    outbox: {
      id,
      orgId: req.orgId,
      toAddress,
      toName,
      template: req.template.id,
      lang: req.lang,
      subject: req.template.subject(req.lang, req.payload),
      payload: req.payload,
      ref: req.ref ?? null,
    },
    secret: req.secret
      ? {
          outboxId: id,
          secret: req.secret,
          expiresAt: req.secretExpiresAt ?? new Date(Date.now() + DEFAULT_SECRET_DAYS * 86_400_000),
        }
      : null,
  };
}

/**
 * Queues one mail in `tx` (the transaction of the change that causes it; a bare database for
 * account mails, where the single statement is atomic). Throws a 400 AppError naming the field
 * when the address or name is unfit (a line break, a list, too long); nothing is queued then.
 */
export async function enqueueMail<P extends MailPayload>(
  tx: Tx | Db,
  req: MailRequest<P>,
): Promise<string> {
  const { outbox, secret } = prepare(req);
  // One statement, so the row and its secret are written together even outside a transaction.
  await tx.execute(sql`with o as (
      insert into mail_outbox (id, org_id, to_address, to_name, template, lang, subject, payload, ref)
      values (${outbox.id}, ${outbox.orgId}, ${outbox.toAddress}, ${outbox.toName},
              ${outbox.template}, ${outbox.lang}, ${outbox.subject},
              ${JSON.stringify(outbox.payload)}::jsonb, ${outbox.ref})
      returning id)
    insert into mail_secret (outbox_id, secret, expires_at)
    select id, ${secret?.secret ?? ""}, ${(secret?.expiresAt ?? new Date()).toISOString()}::timestamptz
      from o where ${secret !== null}`);
  return outbox.id as string;
}

/**
 * Queues many mails at once (one per staff member …) with bulk statements; every recipient is
 * checked first (errors name `mails.<index>.to`), so either all are queued or none.
 */
export async function enqueueMails<P extends MailPayload>(
  tx: Tx,
  reqs: readonly MailRequest<P>[],
): Promise<string[]> {
  const rows = reqs.map((r, i) => prepare(r, `mails.${i}.`));
  const fields = Object.keys(rows[0]?.outbox ?? {});
  await insertMany(
    tx,
    mailOutbox,
    mailOutbox as never,
    fields,
    rows.map((r) => r.outbox),
  );
  const secrets = rows.flatMap((r) => (r.secret ? [r.secret] : []));
  if (secrets.length)
    await insertMany(
      tx,
      mailSecret,
      mailSecret as never,
      ["outboxId", "secret", "expiresAt"],
      secrets,
    );
  return rows.map((r) => r.outbox.id as string);
}

/**
 * Cancels the mails about `ref` that are still waiting (the invitation was cancelled or
 * replaced), deleting their secrets. Returns how many.
 */
export async function cancelQueuedMail(
  tx: Tx,
  where: { orgId: string | null; ref: string },
): Promise<number> {
  const cancelled = await tx
    .update(mailOutbox)
    .set({ status: "cancelled", lockedUntil: null })
    .where(
      and(
        where.orgId === null ? sql`${mailOutbox.orgId} is null` : eq(mailOutbox.orgId, where.orgId),
        eq(mailOutbox.ref, where.ref),
        eq(mailOutbox.status, "queued"),
      ),
    )
    .returning({ id: mailOutbox.id });
  if (cancelled.length)
    await tx.delete(mailSecret).where(
      inArray(
        mailSecret.outboxId,
        cancelled.map((c) => c.id),
      ),
    );
  return cancelled.length;
}
