// The confirmation page of a version (確認状況): the counts (asked, confirmed, pending, overdue,
// left) and the people, searched by name, filtered by department and status, a page at a time;
// and the organization's sends, one line per version and kind. A person who left before
// confirming is no longer chased: counted apart, never pending or overdue.
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  isNotNull,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { department, departmentsWithin } from "../org/index.ts";
import { inOffice, person } from "../people/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import type {
  AckCounts,
  AckKind,
  AckList,
  AckListQuery,
  AckRowOut,
  AckSendOut,
} from "./documents.acknowledgements.contract.ts";
import { readSentVersion } from "./documents.acknowledgements.send.ts";
import {
  pmsDocumentAcknowledgement as A,
  pmsDocument as D,
  pmsDocumentVersion as V,
} from "./documents.tables.ts";

const personJoin = and(eq(person.orgId, A.orgId), eq(person.id, A.personId));
const departmentJoin = and(
  eq(department.orgId, person.orgId),
  eq(department.id, person.departmentId),
);

const ofSend = (orgId: string, versionId: string, kind: AckKind) =>
  and(eq(A.orgId, orgId), eq(A.versionId, versionId), eq(A.kind, kind)) as SQL;

/** The counts of one version and kind (one statement). */
export async function ackCountsOf(
  db: Db,
  orgId: string,
  versionId: string,
  kind: AckKind,
  today: string,
): Promise<AckCounts> {
  const open = sql`${A.acknowledgedAt} is null`;
  const here = inOffice(today);
  const [row] = await db
    .select({
      asked: count(),
      confirmed: sql<number>`count(*) filter (where ${A.acknowledgedAt} is not null)`.mapWith(
        Number,
      ),
      pending: sql<number>`count(*) filter (where ${open} and ${here})`.mapWith(Number),
      overdue:
        sql<number>`count(*) filter (where ${open} and ${here} and ${A.dueOn} < ${today})`.mapWith(
          Number,
        ),
      left: sql<number>`count(*) filter (where ${open} and not ${here})`.mapWith(Number),
    })
    .from(A)
    .innerJoin(person, personJoin)
    .where(ofSend(orgId, versionId, kind));
  return row ?? { asked: 0, confirmed: 0, pending: 0, overdue: 0, left: 0 };
}

function statusFilter(status: AckListQuery["status"], today: string): SQL | undefined {
  if (status === "confirmed") return isNotNull(A.acknowledgedAt);
  if (status === "pending") return and(isNull(A.acknowledgedAt), inOffice(today));
  if (status === "overdue")
    return and(isNull(A.acknowledgedAt), inOffice(today), lt(A.dueOn, today));
  return undefined;
}

export async function listAcknowledgements(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  q: AckListQuery,
  now = new Date(),
): Promise<AckList> {
  const today = todayInJapan(now);
  const version = await readSentVersion(db, ctx.orgId, documentId, versionId);
  const where: (SQL | undefined)[] = [
    ofSend(ctx.orgId, versionId, q.kind),
    statusFilter(q.status, today),
  ];
  if (q.q) {
    const term = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(person.name, term), ilike(person.kana, term)));
  }
  if (q.departmentId) {
    const ids = await departmentsWithin(db, ctx.orgId, [q.departmentId]);
    where.push(
      sql`${person.departmentId} = any(array(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)))`,
    );
  }
  const filter = and(...where);
  const [rows, [total], counts] = await Promise.all([
    db
      .select({
        id: A.id,
        personId: A.personId,
        personName: person.name,
        departmentName: department.name,
        email: person.email,
        leftOn: person.leftOn,
        requestedAt: A.requestedAt,
        dueOn: A.dueOn,
        acknowledgedAt: A.acknowledgedAt,
        signedOn: A.signedOn,
        typedName: A.typedName,
        via: A.via,
        lastRemindedAt: A.lastRemindedAt,
      })
      .from(A)
      .innerJoin(person, personJoin)
      .leftJoin(department, departmentJoin)
      .where(filter)
      .orderBy(asc(sql`coalesce(${person.kana}, ${person.name})`), asc(A.id))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(A).innerJoin(person, personJoin).where(filter),
    ackCountsOf(db, ctx.orgId, versionId, q.kind, today),
  ]);
  const items = rows.map((r): AckRowOut => {
    const left = r.leftOn !== null && r.leftOn <= today;
    const overdue = !r.acknowledgedAt && !left && r.dueOn !== null && r.dueOn < today;
    return {
      id: r.id,
      personId: r.personId,
      personName: r.personName,
      departmentName: r.departmentName,
      hasEmail: Boolean(r.email),
      left,
      status: r.acknowledgedAt ? "confirmed" : overdue ? "overdue" : "pending",
      requestedAt: r.requestedAt.toISOString(),
      dueOn: r.dueOn,
      acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
      signedOn: r.signedOn,
      typedName: r.typedName,
      via: r.via,
      lastRemindedAt: r.lastRemindedAt?.toISOString() ?? null,
    };
  });
  return {
    items,
    total: total?.n ?? 0,
    nextCursor: null,
    counts,
    version: {
      documentId: version.documentId,
      number: version.number,
      title: version.title,
      versionNo: version.versionNo,
      status: version.status,
    },
  };
}

/** Every version and kind that was sent out, newest request first, with its counts. */
export async function listAckSends(
  db: Db,
  ctx: OrgContext,
  q: { page: number; limit: number },
): Promise<{ items: AckSendOut[]; total: number; nextCursor: null }> {
  const grouped = db
    .select({
      versionId: A.versionId,
      kind: A.kind,
      firstRequestedAt: sql<Date>`min(${A.requestedAt})`.as("first_requested_at"),
      asked: sql<number>`count(*)`.mapWith(Number).as("asked"),
      confirmed: sql<number>`count(${A.acknowledgedAt})`.mapWith(Number).as("confirmed"),
    })
    .from(A)
    .where(eq(A.orgId, ctx.orgId))
    .groupBy(A.versionId, A.kind)
    .as("s");
  const [rows, [total]] = await Promise.all([
    db
      .select({
        documentId: V.documentId,
        versionId: grouped.versionId,
        number: D.number,
        title: D.title,
        versionNo: V.versionNo,
        versionStatus: V.status,
        kind: grouped.kind,
        firstRequestedAt: grouped.firstRequestedAt,
        asked: grouped.asked,
        confirmed: grouped.confirmed,
      })
      .from(grouped)
      .innerJoin(V, and(eq(V.orgId, ctx.orgId), eq(V.id, grouped.versionId)))
      .innerJoin(D, and(eq(D.orgId, V.orgId), eq(D.id, V.documentId)))
      .orderBy(desc(grouped.firstRequestedAt), asc(grouped.versionId), asc(grouped.kind))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db
      .select({ n: sql<number>`count(distinct (${A.versionId}, ${A.kind}))`.mapWith(Number) })
      .from(A)
      .where(eq(A.orgId, ctx.orgId)),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      kind: r.kind as AckKind,
      firstRequestedAt: new Date(r.firstRequestedAt).toISOString(),
    })),
    total: total?.n ?? 0,
    nextCursor: null,
  };
}
