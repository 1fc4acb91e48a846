// 本人用リンク: the admin side's list and revoke. Issuing is in personal-links.issue.ts, the
// person's side in personal-links.public.ts.
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  ilike,
  isNotNull,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, recordNoChange } from "../audit/index.ts";
import { user } from "../auth/index.ts";
import { department } from "../org/index.ts";
import { person } from "../people/index.ts";
import { escapeLike } from "../shared/sql-helpers.ts";
import type { PersonalLinkListQuery, PersonalLinkOut } from "./personal-links.contract.ts";
import { personalLink as L } from "./personal-links.tables.ts";

export const ENTITY = "personal_link";

const reading = sql`coalesce(${person.kana}, ${person.name})`;
const sorts: Record<PersonalLinkListQuery["sort"], SQL[]> = {
  "-createdAt": [desc(L.createdAt), desc(L.id)],
  name: [asc(reading), asc(L.purpose), desc(L.createdAt), asc(L.id)],
};

/** Who and what a link is for, carried by each of its events (never the token or its hash). */
export const linkSubject = (personName: string, purpose: string) => ({
  personName: { old: personName, new: personName },
  purpose: { old: purpose, new: purpose },
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

function statusFilter(status: PersonalLinkListQuery["status"], now: Date): SQL | undefined {
  if (status === "revoked") return isNotNull(L.revokedAt);
  if (status === "expired") return and(isNull(L.revokedAt), lte(L.expiresAt, now));
  if (status === "active") return and(isNull(L.revokedAt), gt(L.expiresAt, now));
  return undefined;
}

export async function listPersonalLinks(
  db: Db,
  ctx: OrgContext,
  q: PersonalLinkListQuery,
  now = new Date(),
) {
  const where: (SQL | undefined)[] = [eq(L.orgId, ctx.orgId), statusFilter(q.status, now)];
  if (q.purpose) where.push(eq(L.purpose, q.purpose));
  if (q.personId) where.push(eq(L.personId, q.personId));
  if (q.q) {
    const term = `%${escapeLike(q.q)}%`;
    where.push(or(ilike(person.name, term), ilike(person.kana, term)));
  }
  const filter = and(...where);
  const personJoin = and(eq(person.orgId, L.orgId), eq(person.id, L.personId));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        link: L,
        personName: person.name,
        departmentName: department.name,
        createdByName: user.name,
      })
      .from(L)
      .innerJoin(person, personJoin)
      .leftJoin(
        department,
        and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
      )
      .leftJoin(user, eq(user.id, L.createdBy))
      .where(filter)
      .orderBy(...sorts[q.sort])
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(L).innerJoin(person, personJoin).where(filter),
  ]);
  const items: PersonalLinkOut[] = rows.map(({ link, ...names }) => ({
    id: link.id,
    personId: link.personId,
    personName: names.personName,
    departmentName: names.departmentName,
    purpose: link.purpose,
    subjectId: link.subjectId,
    status: link.revokedAt ? "revoked" : link.expiresAt <= now ? "expired" : "active",
    createdAt: link.createdAt.toISOString(),
    createdByName: names.createdByName,
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: iso(link.revokedAt),
    revokedReason: link.revokedReason,
    lastUsedAt: iso(link.lastUsedAt),
    useCount: link.useCount,
  }));
  return { items, total: total?.n ?? 0, nextCursor: null };
}

/** Revokes one link at once; revoking a revoked link changes nothing. */
export async function revokePersonalLink(db: Db, ctx: OrgContext, id: string, now = new Date()) {
  await writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(L.orgId, ctx.orgId), eq(L.id, id));
    const [before] = await tx.select().from(L).where(key).for("update");
    if (!before) throw notFound();
    if (before.revokedAt) return recordNoChange(tx, ctx);
    const [owner] = await tx
      .select({ name: person.name })
      .from(person)
      .where(and(eq(person.orgId, ctx.orgId), eq(person.id, before.personId)));
    await tx
      .update(L)
      .set({ revokedAt: now, revokedBy: ctx.userId, revokedReason: "revoke" })
      .where(key);
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: "revoke",
      changes: {
        ...linkSubject(owner?.name ?? "", before.purpose),
        revokedAt: { old: null, new: now.toISOString() },
      },
    });
  });
}
