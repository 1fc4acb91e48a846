// Delivers due mail: claims rows with FOR UPDATE SKIP LOCKED (two processes never take the same
// row), marks them `sending` under a lease, sends each through SMTP, then marks it sent (and
// deletes its secret) or schedules a retry with backoff. A process that dies mid-batch leaves
// its rows `sending`; when the lease ends they are due again and claimed by whoever runs next.
// Delivery is at least once: a crash between the SMTP server's acceptance and the `sent` mark
// sends that mail again, with the same Message-ID so that the receiver can drop the duplicate.
import { sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import type { MailSettings } from "../../server/config.ts";
import { rowsOf } from "../shared/sql-helpers.ts";
import { needsSecret, renderMail } from "./mail.render.ts";
import {
  describeSendFailure,
  type MailTransport,
  type SendFailure,
  senderDomain,
} from "./mail.transport.ts";

/** How long a claimed row is ours. Transport timeouts (mail.transport.ts) stay well inside. */
export const LEASE_SECONDS = 120;
/** No new send starts this close to the lease's end (a send may take up to ~50 s). */
const LEASE_MARGIN_MS = 60_000;
/** Parallel sends (the pooled transport holds up to 3 connections). */
const CONCURRENCY = 3;

export type DeliverOptions = {
  transport: MailTransport;
  settings: Pick<MailSettings, "from" | "maxAttempts" | "retrySeconds" | "smtpUrl">;
  /** The claim's clock (the runner's; tests move it). Leases are checked on the wall clock. */
  now?: Date;
  /** Rows claimed at once. */
  batch?: number;
};

export type DeliveryResult = {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
};

type Claimed = {
  id: string;
  to_address: string;
  to_name: string | null;
  template: string;
  lang: string;
  payload: unknown;
  attempts: number;
  secret: string | null;
};

/** The wait before the next try after `attempts` tries (the last step repeats). */
export function retryDelaySeconds(attempts: number, schedule: readonly number[]): number {
  return schedule[Math.min(Math.max(attempts, 1), schedule.length) - 1] ?? 60;
}

export async function deliverDueMail(
  database: Database,
  options: DeliverOptions,
): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  const result: DeliveryResult = { claimed: 0, sent: 0, retried: 0, failed: 0, cancelled: 0 };
  result.cancelled += await expireMailLinks(database, now);
  const lease = new Date(now.getTime() + LEASE_SECONDS * 1000);
  const rows = await claimDue(database, now, lease, options.batch ?? 100);
  result.claimed = rows.length;
  if (!rows.length) return result;

  const ctx: Ctx = { database, options, now, lease, result };
  // The lease is timed from the claim's clock; how long we take is timed on the wall clock.
  const lastStart = Date.now() + LEASE_SECONDS * 1000 - LEASE_MARGIN_MS;
  const queue = [...rows];
  let stop: SendFailure | null = null;
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      // Out of lease time, or the server is unreachable: hand the rest back.
      if (stop || Date.now() > lastStart) {
        await release(ctx, row, stop);
        continue;
      }
      const failure = await deliverOne(ctx, row);
      if (failure?.connection) stop ??= failure;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
  return result;
}

type Ctx = {
  database: Database;
  options: DeliverOptions;
  now: Date;
  lease: Date;
  result: DeliveryResult;
};

/** Claims up to `batch` due rows: queued ones whose time has come, and `sending` ones whose
 * holder's lease ran out. `next_attempt_at` carries the lease too, so one index serves both.
 * `now` counts to the end of its millisecond: the database keeps microseconds, so a row
 * written in the same millisecond is due too. */
async function claimDue(database: Database, now: Date, lease: Date, batch: number) {
  const res = await database.db.execute(sql`
    update mail_outbox m
       set status = 'sending', attempts = m.attempts + 1,
           locked_until = ${lease.toISOString()}::timestamptz,
           next_attempt_at = ${lease.toISOString()}::timestamptz
     where m.id in (
       select id from mail_outbox
        where status in ('queued', 'sending')
          and next_attempt_at < ${now.toISOString()}::timestamptz + interval '1 millisecond'
        order by next_attempt_at, id
        limit ${batch}
        for update skip locked)
    returning m.id, m.to_address, m.to_name, m.template, m.lang, m.payload, m.attempts,
              (select s.secret from mail_secret s where s.outbox_id = m.id) as secret`);
  return rowsOf<Claimed>(res);
}

/** Mails whose link expired before they could go: cancelled, their secrets deleted. */
export async function expireMailLinks(database: Database, now: Date): Promise<number> {
  const res = await database.db.execute(sql`
    with gone as (
      delete from mail_secret where expires_at <= ${now.toISOString()}::timestamptz
      returning outbox_id)
    update mail_outbox m set status = 'cancelled', locked_until = null,
           last_error = 'link expired before delivery'
      from gone where m.id = gone.outbox_id and m.status in ('queued', 'sending')
    returning m.id`);
  return rowsOf(res).length;
}

/** Only the lease holder may change a claimed row (a taken-over row is someone else's now). */
const heldBy = (id: string, lease: Date) =>
  sql`id = ${id} and status = 'sending' and locked_until = ${lease.toISOString()}::timestamptz`;

async function deliverOne(ctx: Ctx, row: Claimed): Promise<SendFailure | null> {
  const { database, options, lease, result } = ctx;
  if (needsSecret(row.template) && !row.secret) {
    // Restored from a backup (secrets are not in it): the link cannot be sent.
    await database.db.execute(sql`update mail_outbox set status = 'cancelled', locked_until = null,
      last_error = 'link not available (restored from a backup?)' where ${heldBy(row.id, lease)}`);
    result.cancelled++;
    return null;
  }
  const rendered = renderMail(row, row.secret);
  if (!rendered) {
    // A template this process does not know (another version?): retry like a transient error.
    await retryOrFail(ctx, row, "unknown template");
    return null;
  }
  const messageId = `<${row.id}@${senderDomain(options.settings.from)}>`;
  try {
    await options.transport.sendMail({
      from: options.settings.from,
      to: row.to_name ? { name: row.to_name, address: row.to_address } : row.to_address,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId,
      headers: { "Auto-Submitted": "auto-generated" },
    });
  } catch (err) {
    const failure = describeSendFailure(err, options.settings.smtpUrl);
    if (failure.permanent) {
      await database.db.execute(sql`update mail_outbox set status = 'failed', locked_until = null,
        last_error = ${failure.text} where ${heldBy(row.id, lease)}`);
      result.failed++;
    } else {
      await retryOrFail(ctx, row, failure.text);
    }
    return failure;
  }
  await database.db.execute(sql`
    with s as (delete from mail_secret where outbox_id = ${row.id})
    update mail_outbox set status = 'sent', sent_at = now(), message_id = ${messageId},
           locked_until = null, last_error = null
     where ${heldBy(row.id, lease)}`);
  result.sent++;
  return null;
}

async function retryOrFail(ctx: Ctx, row: Claimed, error: string) {
  const { database, options, now, lease, result } = ctx;
  const { maxAttempts, retrySeconds } = options.settings;
  if (row.attempts >= maxAttempts) {
    await database.db.execute(sql`update mail_outbox set status = 'failed', locked_until = null,
      last_error = ${error} where ${heldBy(row.id, lease)}`);
    result.failed++;
    return;
  }
  const next = new Date(now.getTime() + retryDelaySeconds(row.attempts, retrySeconds) * 1000);
  await database.db.execute(sql`update mail_outbox set status = 'queued', locked_until = null,
    next_attempt_at = ${next.toISOString()}::timestamptz, last_error = ${error}
    where ${heldBy(row.id, lease)}`);
  result.retried++;
}

/** Hands a claimed row back unsent: after a connection failure it waits like a retry;
 * out of lease time it is due at once and the attempt is not counted. */
async function release(ctx: Ctx, row: Claimed, failure: SendFailure | null) {
  if (failure) return retryOrFail(ctx, row, failure.text);
  await ctx.database.db.execute(sql`update mail_outbox set status = 'queued', locked_until = null,
    attempts = attempts - 1, next_attempt_at = ${ctx.now.toISOString()}::timestamptz where ${heldBy(row.id, ctx.lease)}`);
}
