// The organization's outbox as its owners and admins see it: list with search and paging, one
// mail with its text (secret link hidden), retry a failed mail, cancel a queued one (audited).
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit } from "../audit/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import type { MailListQuery, MailOut } from "./mail.contract.ts";
import { needsSecret, previewText } from "./mail.render.ts";
import { mailSecret, mailOutbox as T } from "./mail.tables.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function present(r: typeof T.$inferSelect): MailOut {
  const pending = r.status === "queued" || r.status === "sending";
  return {
    id: r.id,
    toAddress: r.toAddress,
    toName: r.toName,
    template: r.template,
    subject: r.subject,
    lang: r.lang,
    status: r.status,
    attempts: r.attempts,
    nextAttemptAt: pending ? iso(r.nextAttemptAt) : null,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    sentAt: iso(r.sentAt),
  };
}

export async function listOrgMail(db: Db, ctx: OrgContext, q: MailListQuery) {
  const where: SQL[] = [eq(T.orgId, ctx.orgId)];
  if (q.status) where.push(eq(T.status, q.status));
  if (q.q) {
    const term = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(T.toAddress, term), ilike(T.toName, term), ilike(T.subject, term)) as SQL);
  }
  const filter = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(T)
      .where(filter)
      .orderBy(desc(T.createdAt), desc(T.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(T).where(filter),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, nextCursor: null };
}

export async function getOrgMail(db: Db, ctx: OrgContext, id: string) {
  const [row] = await db
    .select()
    .from(T)
    .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)));
  if (!row) throw notFound();
  return { ...present(row), messageId: row.messageId, text: previewText(row) };
}

/** A failed mail goes back in the queue, due now, with its tries counted afresh. */
export async function retryMail(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(T.orgId, ctx.orgId), eq(T.id, id));
    const [row] = await tx.select().from(T).where(key).for("update");
    if (!row) throw notFound();
    if (row.status !== "failed") throw new AppError("conflict", "MAIL_NOT_RETRYABLE");
    if (needsSecret(row.template)) {
      const [secret] = await tx
        .select({ id: mailSecret.outboxId })
        .from(mailSecret)
        .where(eq(mailSecret.outboxId, id));
      if (!secret) throw new AppError("conflict", "MAIL_LINK_GONE");
    }
    await tx
      .update(T)
      .set({ status: "queued", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null })
      .where(key);
    await appendAudit(tx, ctx, {
      entity: "mail_outbox",
      entityId: id,
      action: "retry",
      changes: { status: { old: "failed", new: "queued" } },
    });
  });
}

/** A mail still waiting is not sent; its secret link is deleted at once. */
export async function cancelMail(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(T.orgId, ctx.orgId), eq(T.id, id));
    const [row] = await tx.select().from(T).where(key).for("update");
    if (!row) throw notFound();
    if (row.status !== "queued") throw new AppError("conflict", "MAIL_NOT_CANCELLABLE");
    await tx.update(T).set({ status: "cancelled", lockedUntil: null }).where(key);
    await tx.delete(mailSecret).where(eq(mailSecret.outboxId, id));
    await appendAudit(tx, ctx, {
      entity: "mail_outbox",
      entityId: id,
      action: "cancel",
      changes: { status: { old: "queued", new: "cancelled" } },
    });
  });
}
