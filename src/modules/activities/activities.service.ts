// 実施記録 (activity records): list, read, record, correct and delete the dated records of PMS
// activities, and list those waiting for the caller's approval. Every write is one audited
// transaction; a change of the day, the kind or the approver withdraws an approval already
// given, which must then be given again (the approver is told).
import { randomUUID } from "node:crypto";
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lte,
  or,
  type SQL,
} from "drizzle-orm";
import { ACTIVITY_KIND_DEFS, activityKind } from "../../core/activities/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { attachmentsOfDeletedOwner } from "../files/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import { approverName, checkEvidence, performerName } from "./activities.checks.ts";
import type {
  ActivityInput,
  ActivityListQuery,
  ActivityOut,
  ActivityPatch,
  AwaitingApprovalQuery,
} from "./activities.contract.ts";
import { askApprover, newlyAwaiting } from "./activities.notify.ts";
import { type ActivityRow, evidenceNames, present } from "./activities.present.ts";
import { activityRecord } from "./activities.tables.ts";

export const ACTIVITY_ENTITY = "activity_record";
/** The owner kind of files attached to a record (registered in capabilities.ts). */
export const ACTIVITY_OWNER = "activity_record";
const T = activityRecord;

/** The kinds whose label contains the search term, in either language. */
function kindsMatching(term: string): string[] {
  const t = term.toLowerCase();
  return ACTIVITY_KIND_DEFS.filter(
    (d) => d.label.ja.includes(term) || d.label.en.toLowerCase().includes(t),
  ).map((d) => d.key);
}

export async function listActivities(db: Db, ctx: OrgContext, q: ActivityListQuery, lang: Lang) {
  const where: SQL[] = [eq(T.orgId, ctx.orgId)];
  if (q.kind) where.push(eq(T.kind, q.kind));
  if (q.from) where.push(gte(T.performedOn, q.from));
  if (q.to) where.push(lte(T.performedOn, q.to));
  if (q.approval === "approved") where.push(isNotNull(T.approvedAt));
  if (q.approval === "pending")
    where.push(and(isNotNull(T.approverUserId), isNull(T.approvedAt)) as SQL);
  if (q.approval === "not_needed") where.push(isNull(T.approverUserId));
  if (q.q) {
    const term = `%${escapeLike(q.q)}%`;
    const kinds = kindsMatching(q.q);
    where.push(
      or(
        ilike(T.notes, term),
        ilike(T.performedByName, term),
        ilike(T.approverName, term),
        ...(kinds.length ? [inArray(T.kind, kinds)] : []),
      ) as SQL,
    );
  }
  const filter = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(T)
      .where(filter)
      .orderBy(desc(T.performedOn), desc(T.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(T).where(filter),
  ]);
  const names = await evidenceNames(db, ctx.orgId, rows, lang);
  return { items: rows.map((r) => present(r, names)), total: total?.n ?? 0, nextCursor: null };
}

/**
 * The records naming the caller as approver that they have not approved yet, the longest
 * waiting first. Only the caller's own: a member without readiness.read sees these and no
 * other record. No index of its own: an organization holds a few hundred records at most,
 * read through the (org_id, performed_on) index.
 */
export async function listAwaitingMyApproval(
  db: Db,
  ctx: OrgContext,
  q: AwaitingApprovalQuery,
  lang: Lang,
) {
  const filter = and(
    eq(T.orgId, ctx.orgId),
    eq(T.approverUserId, ctx.userId),
    isNull(T.approvedAt),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(T)
      .where(filter)
      .orderBy(asc(T.performedOn), asc(T.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(T).where(filter),
  ]);
  const names = await evidenceNames(db, ctx.orgId, rows, lang);
  return { items: rows.map((r) => present(r, names)), total: total?.n ?? 0, nextCursor: null };
}

async function readRow(
  db: Db | Tx,
  ctx: OrgContext,
  id: string,
  lock = false,
): Promise<ActivityRow> {
  const query = db
    .select()
    .from(T)
    .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound();
  return row;
}

export async function getActivity(
  db: Db | Tx,
  ctx: OrgContext,
  id: string,
  lang: Lang,
): Promise<ActivityOut> {
  const row = await readRow(db, ctx, id);
  return present(row, await evidenceNames(db, ctx.orgId, [row], lang));
}

/** The columns an audit event shows (no tenant id, no timestamps of the row itself). */
export function audited(r: ActivityRow | null) {
  if (!r) return null;
  const { orgId: _o, createdAt: _c, updatedAt: _u, ...rest } = r;
  return { ...rest, approvedAt: r.approvedAt?.toISOString() ?? null };
}

type Resolved = {
  kind: string;
  performedOn: string;
  performedByPersonId: string | null;
  performedByName: string | null;
  approverUserId: string | null;
};

/** Checks the merged record and resolves the names stored with it. */
async function resolve(tx: Tx, ctx: OrgContext, v: Resolved, now: Date) {
  // A day still to come would count as done before it is.
  if (v.performedOn > todayInJapan(now)) throw invalidField("performedOn", "date_in_future");
  if (!v.performedByPersonId && !v.performedByName)
    throw invalidField("performedByPersonId", "activity_performer_required");
  if (activityKind(v.kind).needsApproval && !v.approverUserId)
    throw invalidField("approverUserId", "activity_approver_required");
  return {
    performedByName: v.performedByPersonId
      ? await performerName(tx, ctx, v.performedByPersonId)
      : v.performedByName,
    approverName: v.approverUserId ? await approverName(tx, ctx, v.approverUserId) : null,
  };
}

export async function createActivity(
  db: Db,
  ctx: OrgContext,
  input: ActivityInput,
  now = new Date(),
) {
  return writeInOrg(db, ctx, async (tx) => {
    const base = {
      kind: input.kind,
      performedOn: input.performedOn,
      performedByPersonId: input.performedByPersonId ?? null,
      performedByName: input.performedByName ?? null,
      approverUserId: input.approverUserId ?? null,
    };
    const names = await resolve(tx, ctx, base, now);
    await checkEvidence(tx, ctx, input.evidence);
    const id = randomUUID();
    const [row] = await tx
      .insert(T)
      .values({
        orgId: ctx.orgId,
        id,
        ...base,
        ...names,
        notes: input.notes,
        evidence: input.evidence,
        source: "entered",
        createdBy: ctx.userId,
        createdByName: ctx.userName,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await appendAudit(tx, ctx, {
      entity: ACTIVITY_ENTITY,
      entityId: id,
      action: "create",
      changes: diffFields(null, audited(row)),
    });
    await askApprover(tx, ctx, row);
    return { id };
  });
}

export async function updateActivity(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: ActivityPatch,
  lang: Lang,
  now = new Date(),
): Promise<ActivityOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const before = await readRow(tx, ctx, id, true);
    const merged: Resolved = {
      kind: patch.kind ?? before.kind,
      performedOn: patch.performedOn ?? before.performedOn,
      // Choosing a person replaces a typed name and the reverse: the form sends one of them.
      performedByPersonId:
        patch.performedByPersonId !== undefined
          ? patch.performedByPersonId
          : before.performedByPersonId,
      performedByName:
        patch.performedByName !== undefined
          ? patch.performedByName
          : patch.performedByPersonId === undefined
            ? before.performedByName
            : null,
      approverUserId:
        patch.approverUserId !== undefined ? patch.approverUserId : before.approverUserId,
    };
    const names = await resolve(tx, ctx, merged, now);
    if (patch.evidence) await checkEvidence(tx, ctx, patch.evidence);
    // The approval was given to this day, kind and approver: a change of any withdraws it.
    const reapprove =
      merged.kind !== before.kind ||
      merged.performedOn !== before.performedOn ||
      merged.approverUserId !== before.approverUserId;
    const next = {
      ...merged,
      ...names,
      notes: patch.notes !== undefined ? patch.notes : before.notes,
      evidence: patch.evidence ?? before.evidence,
      ...(reapprove ? { approvedAt: null, approvalVia: null, approvalAttachmentId: null } : {}),
    };
    const [after] = await tx
      .update(T)
      .set({ ...next, updatedAt: now })
      .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)))
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: ACTIVITY_ENTITY,
      entityId: id,
      action: "update",
      changes: diffFields(audited(before), audited(after)),
    });
    if (newlyAwaiting(before, after)) await askApprover(tx, ctx, after);
    return present(after, await evidenceNames(tx, ctx.orgId, [after], lang));
  });
}

/** Deletes the record and its attached files (each file's own delete event, and listed). */
export async function deleteActivity(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readRow(tx, ctx, id, true);
    const files = await attachmentsOfDeletedOwner(ACTIVITY_OWNER)(tx, ctx, id);
    await tx.delete(T).where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)));
    for (const event of files.events ?? []) await appendAudit(tx, ctx, event);
    await appendAudit(tx, ctx, {
      entity: ACTIVITY_ENTITY,
      entityId: id,
      action: "delete",
      changes: diffFields({ ...audited(before), ...files.snapshot }, null),
    });
  });
}
