// Classroom and remote sessions of a course (集合教育, オンライン研修) and their follow-ups
// (補講): creating one invites assignees of the course (an education_attendance row each,
// status invited), editing, listing and deleting. Attendance itself is education.attendance.ts.
import { randomUUID } from "node:crypto";
import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNull,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, appendAuditMany, diffFields } from "../audit/index.ts";
import { person } from "../people/index.ts";
import { insertMany } from "../shared/bulk-sql.ts";
import {
  endsAfterStarts,
  type FollowUpInput,
  followUpInput,
  type SessionInput,
  type SessionList,
  type SessionOut,
  type SessionPatch,
  sessionInput,
  sessionPatch,
} from "./education.records.contract.ts";
import {
  educationAssignment,
  educationAttendance,
  educationCourse,
  educationPlan,
  educationSession,
} from "./education.tables.ts";

type Reader = Db | Tx;
type SessionRow = typeof educationSession.$inferSelect;

export const SESSION_ENTITY = "education_session";

/** The course of the organization, or 404 (another organization's id included). */
export async function readCourse(db: Reader, orgId: string, courseId: string) {
  const [row] = await db
    .select()
    .from(educationCourse)
    .where(and(eq(educationCourse.orgId, orgId), eq(educationCourse.id, courseId)));
  if (!row) throw notFound();
  return row;
}

export async function readSession(
  db: Reader,
  orgId: string,
  sessionId: string,
  lock = false,
): Promise<SessionRow> {
  const q = db
    .select()
    .from(educationSession)
    .where(and(eq(educationSession.orgId, orgId), eq(educationSession.id, sessionId)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw notFound();
  return row;
}

/** invited / present / absent per session. */
export async function attendanceCounts(db: Reader, orgId: string, sessionIds: string[]) {
  const out = new Map<string, SessionOut["counts"]>();
  for (const id of sessionIds) out.set(id, { invited: 0, present: 0, absent: 0 });
  if (!sessionIds.length) return out;
  const rows = await db
    .select({
      sessionId: educationAttendance.sessionId,
      status: educationAttendance.status,
      n: count(),
    })
    .from(educationAttendance)
    .where(
      and(eq(educationAttendance.orgId, orgId), inArray(educationAttendance.sessionId, sessionIds)),
    )
    .groupBy(educationAttendance.sessionId, educationAttendance.status);
  for (const r of rows) {
    const c = out.get(r.sessionId);
    if (c && (r.status === "invited" || r.status === "present" || r.status === "absent"))
      c[r.status] = Number(r.n);
  }
  return out;
}

export function sessionOutOf(
  s: SessionRow,
  courseTitle: string,
  counts: SessionOut["counts"],
): SessionOut {
  return {
    id: s.id,
    courseId: s.courseId,
    courseTitle,
    kind: s.kind === "remote" ? "remote" : "classroom",
    title: s.title,
    heldOn: s.heldOn,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    place: s.place,
    meetingUrl: s.meetingUrl,
    instructorName: s.instructorName,
    notes: s.notes,
    followUpOfId: s.followUpOfId,
    attendanceRecordedAt: s.attendanceRecordedAt?.toISOString() ?? null,
    counts,
  };
}

/** The sessions of every course of a plan, latest first. */
export async function listSessions(
  db: Db,
  ctx: OrgContext,
  planId: string,
  query: { courseId?: string | undefined },
): Promise<SessionList> {
  const [plan] = await db
    .select({ id: educationPlan.id })
    .from(educationPlan)
    .where(and(eq(educationPlan.orgId, ctx.orgId), eq(educationPlan.id, planId)));
  if (!plan) throw notFound();
  const where: SQL[] = [eq(educationCourse.orgId, ctx.orgId), eq(educationCourse.planId, planId)];
  if (query.courseId) where.push(eq(educationCourse.id, query.courseId));
  const rows = await db
    .select({ s: educationSession, courseTitle: educationCourse.title })
    .from(educationSession)
    .innerJoin(
      educationCourse,
      and(
        eq(educationCourse.orgId, educationSession.orgId),
        eq(educationCourse.id, educationSession.courseId),
      ),
    )
    .where(and(...where))
    .orderBy(
      desc(educationSession.heldOn),
      asc(educationSession.startsAt),
      asc(educationSession.id),
    );
  const counts = await attendanceCounts(
    db,
    ctx.orgId,
    rows.map((r) => r.s.id),
  );
  const items = rows.map((r) =>
    sessionOutOf(r.s, r.courseTitle, counts.get(r.s.id) ?? { invited: 0, present: 0, absent: 0 }),
  );
  return { items, total: items.length, nextCursor: null };
}

type Invite = SessionInput["invite"];

/**
 * The people a new session invites. Withdrawn assignments and people who have left by the
 * session's day are never invited by a rule; named people must be active assignees (400 on
 * invite.N) of the organization (404 for anyone else).
 */
async function invitees(
  tx: Tx,
  orgId: string,
  courseId: string,
  heldOn: string,
  invite: Invite,
): Promise<string[]> {
  const rows = await tx
    .select({
      personId: educationAssignment.personId,
      completedOn: educationAssignment.completedOn,
      leftOn: person.leftOn,
    })
    .from(educationAssignment)
    .innerJoin(
      person,
      and(eq(person.orgId, educationAssignment.orgId), eq(person.id, educationAssignment.personId)),
    )
    .where(
      and(
        eq(educationAssignment.orgId, orgId),
        eq(educationAssignment.courseId, courseId),
        isNull(educationAssignment.withdrawnAt),
      ),
    );
  if (invite === "all_assigned" || invite === "not_completed" || invite === undefined) {
    return rows
      .filter((r) => r.leftOn === null || r.leftOn > heldOn)
      .filter((r) => invite === "all_assigned" || r.completedOn === null)
      .map((r) => r.personId);
  }
  const assigned = new Set(rows.map((r) => r.personId));
  const seen = new Set<string>();
  const unknown = invite.filter((p) => !assigned.has(p));
  if (unknown.length) {
    const known = await tx
      .select({ id: person.id })
      .from(person)
      .where(and(eq(person.orgId, orgId), inArray(person.id, unknown)));
    if (known.length < new Set(unknown).size) throw notFound();
  }
  invite.forEach((p, i) => {
    if (!assigned.has(p)) throw invalidField(`invite.${i}`, "education_not_assignee");
    if (seen.has(p)) throw invalidField(`invite.${i}`, "education_duplicate_person");
    seen.add(p);
  });
  return invite;
}

type SessionFields = Omit<
  typeof educationSession.$inferInsert,
  "orgId" | "id" | "courseId" | "createdBy" | "createdAt" | "updatedAt" | "attendanceRecordedAt"
>;

async function insertSession(
  tx: Tx,
  ctx: OrgContext,
  courseId: string,
  fields: SessionFields,
  personIds: string[],
): Promise<{ id: string; invited: number }> {
  const id = randomUUID();
  const [row] = await tx
    .insert(educationSession)
    .values({ ...fields, orgId: ctx.orgId, id, courseId, createdBy: ctx.userId })
    .returning();
  await insertMany(
    tx,
    educationAttendance,
    getTableColumns(educationAttendance),
    ["orgId", "sessionId", "personId", "status"],
    personIds.map((personId) => ({ orgId: ctx.orgId, sessionId: id, personId, status: "invited" })),
  );
  await appendAudit(tx, ctx, {
    entity: SESSION_ENTITY,
    entityId: id,
    action: "create",
    changes: { ...diffFields(null, row ?? null), invited: { old: null, new: personIds.length } },
  });
  return { id, invited: personIds.length };
}

const fieldsOf = (
  input: ReturnType<typeof sessionInput.parse> | ReturnType<typeof followUpInput.parse>,
) => ({
  title: input.title,
  heldOn: input.heldOn,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  place: input.place,
  meetingUrl: input.meetingUrl,
  instructorName: input.instructorName,
  notes: input.notes,
});

export function createSession(
  db: Db,
  ctx: OrgContext,
  courseId: string,
  raw: SessionInput,
): Promise<{ id: string; invited: number }> {
  const input = sessionInput.parse(raw);
  return writeInOrg(db, ctx, async (tx) => {
    await readCourse(tx, ctx.orgId, courseId);
    const people = await invitees(tx, ctx.orgId, courseId, input.heldOn, input.invite);
    return insertSession(
      tx,
      ctx,
      courseId,
      { kind: input.kind, ...fieldsOf(input), followUpOfId: null },
      people,
    );
  });
}

/**
 * 補講: a session of the same course for those the original missed (absent, or invited and
 * never recorded) who have still not completed the course by any way.
 */
export function createFollowUp(
  db: Db,
  ctx: OrgContext,
  sessionId: string,
  raw: FollowUpInput,
): Promise<{ id: string; invited: number }> {
  const input = followUpInput.parse(raw);
  return writeInOrg(db, ctx, async (tx) => {
    const original = await readSession(tx, ctx.orgId, sessionId);
    const missed = await tx
      .select({ personId: educationAttendance.personId })
      .from(educationAttendance)
      .innerJoin(
        educationAssignment,
        and(
          eq(educationAssignment.orgId, educationAttendance.orgId),
          eq(educationAssignment.courseId, original.courseId),
          eq(educationAssignment.personId, educationAttendance.personId),
        ),
      )
      .where(
        and(
          eq(educationAttendance.orgId, ctx.orgId),
          eq(educationAttendance.sessionId, sessionId),
          inArray(educationAttendance.status, ["absent", "invited"]),
          isNull(educationAssignment.completedOn),
          isNull(educationAssignment.withdrawnAt),
        ),
      )
      .orderBy(asc(educationAttendance.personId));
    return insertSession(
      tx,
      ctx,
      original.courseId,
      { kind: input.kind ?? original.kind, ...fieldsOf(input), followUpOfId: original.id },
      missed.map((m) => m.personId),
    );
  });
}

/** Whether any attendance of the session is recorded (present or absent). */
async function hasAttendance(tx: Tx, orgId: string, s: SessionRow): Promise<boolean> {
  if (s.attendanceRecordedAt) return true;
  const [row] = await tx
    .select({ n: count() })
    .from(educationAttendance)
    .where(
      and(
        eq(educationAttendance.orgId, orgId),
        eq(educationAttendance.sessionId, s.id),
        sql`${educationAttendance.status} <> 'invited'`,
      ),
    );
  return Number(row?.n ?? 0) > 0;
}

/**
 * Edits a session. Once attendance is recorded its day and kind are what completions were
 * dated and labelled by, so changing them is refused (409 on the field); the rest stays open.
 */
export function updateSession(
  db: Db,
  ctx: OrgContext,
  sessionId: string,
  raw: SessionPatch,
): Promise<void> {
  const patch = sessionPatch.parse(raw);
  return writeInOrg(db, ctx, async (tx) => {
    const before = await readSession(tx, ctx.orgId, sessionId, true);
    const after = { ...before, ...patch };
    if (!endsAfterStarts(after)) throw invalidField("endsAt", "education_ends_before_starts");
    const recorded = await hasAttendance(tx, ctx.orgId, before);
    for (const field of ["heldOn", "kind"] as const)
      if (recorded && after[field] !== before[field])
        throw conflict("EDUCATION_SESSION_RECORDED", field);
    const changes = diffFields(before, after);
    if (Object.keys(changes).length) {
      await tx
        .update(educationSession)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(educationSession.orgId, ctx.orgId), eq(educationSession.id, sessionId)));
    }
    await appendAudit(tx, ctx, {
      entity: SESSION_ENTITY,
      entityId: sessionId,
      action: "update",
      changes,
    });
  });
}

/** Deletes a session nobody's attendance was recorded for (else 409: the record stays). */
export function deleteSession(db: Db, ctx: OrgContext, sessionId: string): Promise<void> {
  return writeInOrg(db, ctx, async (tx) => {
    const before = await readSession(tx, ctx.orgId, sessionId, true);
    if (await hasAttendance(tx, ctx.orgId, before))
      throw new AppError("conflict", "EDUCATION_SESSION_HAS_ATTENDANCE");
    const invited = await tx
      .delete(educationAttendance)
      .where(
        and(eq(educationAttendance.orgId, ctx.orgId), eq(educationAttendance.sessionId, sessionId)),
      )
      .returning({ personId: educationAttendance.personId });
    await tx
      .delete(educationSession)
      .where(and(eq(educationSession.orgId, ctx.orgId), eq(educationSession.id, sessionId)));
    await appendAuditMany(tx, ctx, [
      {
        entity: SESSION_ENTITY,
        entityId: sessionId,
        action: "delete",
        changes: { ...diffFields(before, null), invited: { old: invited.length, new: null } },
      },
    ]);
  });
}
