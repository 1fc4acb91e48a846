// 従業者 (people): the register of everyone working for the organization.
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, ilike, isNotNull, lte, or, type SQL, sql } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { member } from "../auth/index.ts";
import { department } from "../org/index.ts";
import { deleteUnlessReferenced, escapeLike } from "../shared/sql-helpers.ts";
import type { PeopleListQuery, PersonInput, PersonOut, PersonPatch } from "./people.contract.ts";
import { inOffice } from "./people.in-office.ts";
import { person } from "./people.tables.ts";

const columns = {
  id: person.id,
  name: person.name,
  kana: person.kana,
  employeeNumber: person.employeeNumber,
  email: person.email,
  departmentId: person.departmentId,
  departmentName: department.name,
  employmentType: person.employmentType,
  joinedOn: person.joinedOn,
  leftOn: person.leftOn,
  userId: person.userId,
  updatedAt: person.updatedAt,
};

const sorts: Record<PeopleListQuery["sort"], SQL[]> = {
  kana: [asc(sql`coalesce(${person.kana}, ${person.name})`), asc(person.id)],
  "-kana": [desc(sql`coalesce(${person.kana}, ${person.name})`), desc(person.id)],
  joinedOn: [asc(person.joinedOn), asc(person.id)],
  "-joinedOn": [desc(person.joinedOn), desc(person.id)],
  department: [
    asc(department.name),
    asc(sql`coalesce(${person.kana}, ${person.name})`),
    asc(person.id),
  ],
  email: [asc(person.email), asc(person.id)],
};

function present(
  row: Omit<PersonOut, "updatedAt" | "employmentType"> & {
    updatedAt: Date;
    employmentType: string;
  },
): PersonOut {
  return {
    ...row,
    employmentType: row.employmentType as PersonOut["employmentType"],
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listPeople(db: Db, ctx: OrgContext, q: PeopleListQuery) {
  const where: SQL[] = [eq(person.orgId, ctx.orgId)];
  if (q.q) {
    const term = `%${escapeLike(q.q)}%`;
    where.push(
      or(ilike(person.name, term), ilike(person.kana, term), ilike(person.email, term)) as SQL,
    );
  }
  if (q.departmentId) where.push(eq(person.departmentId, q.departmentId));
  if (q.employmentType) where.push(eq(person.employmentType, q.employmentType));
  const today = todayInJapan();
  if (q.status === "current") where.push(inOffice(today));
  if (q.status === "left")
    where.push(and(isNotNull(person.leftOn), lte(person.leftOn, today)) as SQL);
  const filter = and(...where);
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(person)
      .leftJoin(
        department,
        and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
      )
      .where(filter)
      .orderBy(...sorts[q.sort])
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ n: count() }).from(person).where(filter),
  ]);
  return { items: rows.map(present), total: total?.n ?? 0, nextCursor: null };
}

export async function getPerson(db: Db | Tx, ctx: OrgContext, id: string): Promise<PersonOut> {
  const [row] = await db
    .select(columns)
    .from(person)
    .leftJoin(
      department,
      and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
    )
    .where(and(eq(person.orgId, ctx.orgId), eq(person.id, id)));
  if (!row) throw notFound();
  return present(row);
}

/**
 * Department must belong to the same organization; e-mail must be unique inside it; a linked
 * user account must be a member of it. An unknown user and a non-member get the same 400, so
 * the answer does not tell whether an account exists.
 */
export async function checkPersonRefs(
  tx: Tx,
  ctx: OrgContext,
  input: {
    departmentId?: string | null;
    email?: string | null;
    userId?: string | null;
    employeeNumber?: string | null;
  },
  selfId?: string,
) {
  if (input.employeeNumber) {
    const [other] = await tx
      .select({ id: person.id })
      .from(person)
      .where(and(eq(person.orgId, ctx.orgId), eq(person.employeeNumber, input.employeeNumber)));
    if (other && other.id !== selfId) throw conflict("EMPLOYEE_NUMBER_TAKEN", "employeeNumber");
  }
  if (input.userId) {
    const [m] = await tx
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.organizationId, ctx.orgId), eq(member.userId, input.userId)));
    if (!m) throw invalidField("userId", "not_a_member");
  }
  if (input.departmentId) {
    const [d] = await tx
      .select({ id: department.id })
      .from(department)
      .where(and(eq(department.orgId, ctx.orgId), eq(department.id, input.departmentId)));
    if (!d) throw invalidField("departmentId", "invalid");
  }
  if (input.email) {
    const [other] = await tx
      .select({ id: person.id })
      .from(person)
      .where(
        and(
          eq(person.orgId, ctx.orgId),
          sql`lower(${person.email}) = ${input.email.toLowerCase()}`,
        ),
      );
    if (other && other.id !== selfId) throw conflict("EMAIL_TAKEN", "email");
  }
}

export async function createPerson(db: Db, ctx: OrgContext, input: PersonInput) {
  return writeInOrg(db, ctx, async (tx) => {
    await checkPersonRefs(tx, ctx, input);
    const id = randomUUID();
    const [row] = await tx
      .insert(person)
      .values({ orgId: ctx.orgId, id, ...input })
      .returning();
    await appendAudit(tx, ctx, {
      entity: "person",
      entityId: id,
      action: "create",
      changes: diffFields(null, row ?? null),
    });
    return { id };
  });
}

export async function updatePerson(db: Db, ctx: OrgContext, id: string, patch: PersonPatch) {
  return writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(person.orgId, ctx.orgId), eq(person.id, id));
    const [before] = await tx.select().from(person).where(key).for("update");
    if (!before) throw notFound();
    const merged = { joinedOn: before.joinedOn, leftOn: before.leftOn, ...patch };
    if (merged.joinedOn && merged.leftOn && merged.leftOn < merged.joinedOn) {
      throw invalidField("leftOn", "date_range_invalid");
    }
    await checkPersonRefs(tx, ctx, patch, id);
    const [after] = await tx
      .update(person)
      .set({ ...patch, updatedAt: new Date() })
      .where(key)
      .returning();
    const changes = diffFields(before, after ?? null);
    await appendAudit(tx, ctx, { entity: "person", entityId: id, action: "update", changes });
    return getPerson(tx, ctx, id);
  });
}

export async function deletePerson(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const key = and(eq(person.orgId, ctx.orgId), eq(person.id, id));
    const [before] = await tx.select().from(person).where(key).for("update");
    if (!before) throw notFound();
    // Appointments refer to people without cascade: the database refuses while one remains.
    await deleteUnlessReferenced(() => tx.delete(person).where(key), "PERSON_HAS_APPOINTMENTS");
    await appendAudit(tx, ctx, {
      entity: "person",
      entityId: id,
      action: "delete",
      changes: diffFields(before, null),
    });
  });
}
