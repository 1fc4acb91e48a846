// Attendance of a session, entered afterwards in one request (全員出席 included), and what it
// means for the course: present completes the person's assignment on the session's day (by
// classroom or remote), unless they had completed it earlier (the earliest completion stays;
// a completion is never moved later); present → absent undoes only a completion this same
// session made, falling back to the person's next-earliest one (another session, or the
// first passed e-learning attempt). A completion on paper replaced by an earlier session is
// not restored by an undo: the paper record is the session's now.
import { and, asc, eq, inArray, min, ne, sql } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAuditMany, diffFields } from "../audit/index.ts";
import { department } from "../org/index.ts";
import { person } from "../people/index.ts";
import {
  type AttendanceInput,
  type AttendanceResult,
  type AttendeeOut,
  attendanceInput,
  type SessionDetail,
} from "./education.records.contract.ts";
import {
  attendanceCounts,
  readCourse,
  readSession,
  SESSION_ENTITY,
  sessionOutOf,
} from "./education.sessions.ts";
import {
  educationAssignment,
  educationAttempt,
  educationAttendance,
  educationSession,
} from "./education.tables.ts";

type Assignment = typeof educationAssignment.$inferSelect;
type Completion = Pick<
  Assignment,
  "completedOn" | "completedAt" | "completedVia" | "completedSessionId"
>;
const NOT_COMPLETED: Completion = {
  completedOn: null,
  completedAt: null,
  completedVia: null,
  completedSessionId: null,
};

/** The session with everyone invited (by department, then reading) and the other assignees. */
export async function getSessionDetail(
  db: Db,
  ctx: OrgContext,
  sessionId: string,
): Promise<SessionDetail> {
  const s = await readSession(db, ctx.orgId, sessionId);
  const course = await readCourse(db, ctx.orgId, s.courseId);
  const today = todayInJapan();
  const [rows, invited, counts] = await Promise.all([
    db
      .select({
        personId: person.id,
        name: person.name,
        kana: person.kana,
        leftOn: person.leftOn,
        departmentName: department.name,
        completedOn: educationAssignment.completedOn,
        completedVia: educationAssignment.completedVia,
        completedSessionId: educationAssignment.completedSessionId,
        withdrawnAt: educationAssignment.withdrawnAt,
      })
      .from(educationAssignment)
      .innerJoin(
        person,
        and(
          eq(person.orgId, educationAssignment.orgId),
          eq(person.id, educationAssignment.personId),
        ),
      )
      .leftJoin(
        department,
        and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
      )
      .where(
        and(eq(educationAssignment.orgId, ctx.orgId), eq(educationAssignment.courseId, s.courseId)),
      )
      .orderBy(
        asc(sql`coalesce(${department.name}, '')`),
        asc(sql`coalesce(${person.kana}, ${person.name})`),
        asc(person.id),
      ),
    db
      .select({ personId: educationAttendance.personId, status: educationAttendance.status })
      .from(educationAttendance)
      .where(
        and(eq(educationAttendance.orgId, ctx.orgId), eq(educationAttendance.sessionId, s.id)),
      ),
    attendanceCounts(db, ctx.orgId, [s.id]),
  ]);
  const statusOf = new Map(invited.map((a) => [a.personId, a.status]));
  const person_ = (r: (typeof rows)[number]) => ({
    personId: r.personId,
    name: r.name,
    kana: r.kana,
    departmentName: r.departmentName,
    completedOn: r.completedOn,
    completedVia: r.completedVia,
    completedHere: r.completedSessionId === s.id,
    left: r.leftOn !== null && r.leftOn <= today,
  });
  const attendees: AttendeeOut[] = [];
  const others: SessionDetail["others"] = [];
  for (const r of rows) {
    const status = statusOf.get(r.personId);
    if (status === "invited" || status === "present" || status === "absent")
      attendees.push({ ...person_(r), status });
    else if (r.withdrawnAt === null) others.push(person_(r));
  }
  const c = counts.get(s.id) ?? { invited: 0, present: 0, absent: 0 };
  return { ...sessionOutOf(s, course.title, c), attendees, others };
}

/** The completion a session gives, and whether it replaces the one on record. */
function sessionCompletion(s: typeof educationSession.$inferSelect, at: Date): Completion {
  return {
    completedOn: s.heldOn,
    completedAt: at,
    completedVia: s.kind === "remote" ? "remote" : "classroom",
    completedSessionId: s.id,
  };
}

/**
 * What an assignment's completion becomes when this session's is undone: the earliest other
 * session of the course the person attended, or their first passed attempt, or none.
 */
async function fallbacks(
  tx: Tx,
  orgId: string,
  session: typeof educationSession.$inferSelect,
  undo: Assignment[],
): Promise<Map<string, Completion>> {
  const out = new Map<string, Completion>();
  if (!undo.length) return out;
  const people = undo.map((a) => a.personId);
  const [sessions, attempts] = await Promise.all([
    tx
      .select({ personId: educationAttendance.personId, s: educationSession })
      .from(educationAttendance)
      .innerJoin(
        educationSession,
        and(
          eq(educationSession.orgId, educationAttendance.orgId),
          eq(educationSession.id, educationAttendance.sessionId),
        ),
      )
      .where(
        and(
          eq(educationAttendance.orgId, orgId),
          eq(educationSession.courseId, session.courseId),
          ne(educationSession.id, session.id),
          eq(educationAttendance.status, "present"),
          inArray(educationAttendance.personId, people),
        ),
      )
      .orderBy(asc(educationSession.heldOn), asc(educationSession.id)),
    tx
      .select({
        assignmentId: educationAttempt.assignmentId,
        at: min(educationAttempt.submittedAt),
      })
      .from(educationAttempt)
      .where(
        and(
          eq(educationAttempt.orgId, orgId),
          inArray(
            educationAttempt.assignmentId,
            undo.map((a) => a.id),
          ),
          eq(educationAttempt.passed, true),
        ),
      )
      .groupBy(educationAttempt.assignmentId),
  ]);
  const firstSession = new Map<string, Completion>();
  for (const r of sessions)
    if (!firstSession.has(r.personId))
      firstSession.set(r.personId, sessionCompletion(r.s, r.s.attendanceRecordedAt ?? new Date()));
  const passedAt = new Map(attempts.map((a) => [a.assignmentId, a.at]));
  for (const a of undo) {
    const bySession = firstSession.get(a.personId);
    const at = passedAt.get(a.id);
    const byQuiz: Completion | undefined = at
      ? {
          completedOn: todayInJapan(new Date(at)),
          completedAt: new Date(at),
          completedVia: "e_learning",
          completedSessionId: null,
        }
      : undefined;
    const pick =
      bySession && byQuiz
        ? (bySession.completedOn ?? "") <= (byQuiz.completedOn ?? "")
          ? bySession
          : byQuiz
        : (bySession ?? byQuiz ?? NOT_COMPLETED);
    out.set(a.id, pick);
  }
  return out;
}

const assignmentChanges = (a: Assignment, c: Completion) =>
  diffFields(
    {
      completedOn: a.completedOn,
      completedVia: a.completedVia,
      completedSessionId: a.completedSessionId,
    },
    {
      completedOn: c.completedOn,
      completedVia: c.completedVia,
      completedSessionId: c.completedSessionId,
    },
  );

/** Records present / absent for the given people (PUT: the entries given, others untouched). */
export function recordAttendance(
  db: Db,
  ctx: OrgContext,
  sessionId: string,
  raw: AttendanceInput,
): Promise<AttendanceResult> {
  const { entries } = attendanceInput.parse(raw);
  return writeInOrg(db, ctx, async (tx) => {
    const session = await readSession(tx, ctx.orgId, sessionId, true);
    if (session.heldOn > todayInJapan())
      throw new AppError("conflict", "EDUCATION_SESSION_NOT_HELD_YET");
    const [current, assignments] = await Promise.all([
      tx
        .select({ personId: educationAttendance.personId, status: educationAttendance.status })
        .from(educationAttendance)
        .where(
          and(
            eq(educationAttendance.orgId, ctx.orgId),
            eq(educationAttendance.sessionId, sessionId),
          ),
        ),
      tx
        .select()
        .from(educationAssignment)
        .where(
          and(
            eq(educationAssignment.orgId, ctx.orgId),
            eq(educationAssignment.courseId, session.courseId),
          ),
        )
        .for("update"),
    ]);
    const statusOf = new Map(current.map((c) => [c.personId, c.status]));
    const assignmentOf = new Map(assignments.map((a) => [a.personId, a]));
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.personId))
        throw invalidField(`entries.${i}.personId`, "education_duplicate_person");
      seen.add(e.personId);
      const a = assignmentOf.get(e.personId);
      // Someone not invited joins the list only as an active assignee of the course.
      if (!statusOf.has(e.personId) && (!a || a.withdrawnAt !== null))
        throw invalidField(`entries.${i}.personId`, "education_not_assignee");
    });

    const now = new Date();
    const changedRows = entries.filter((e) => statusOf.get(e.personId) !== e.status);
    // The audit page names the person of each changed row.
    const names = new Map(
      changedRows.length
        ? (
            await tx
              .select({ id: person.id, name: person.name })
              .from(person)
              .where(
                and(
                  eq(person.orgId, ctx.orgId),
                  inArray(
                    person.id,
                    changedRows.map((e) => e.personId),
                  ),
                ),
              )
          ).map((r) => [r.id, r.name])
        : [],
    );
    const events: AuditInput[] = changedRows.map((e) => ({
      entity: "education_attendance",
      entityId: `${sessionId}:${e.personId}`,
      action: statusOf.has(e.personId) ? "update" : "create",
      changes: {
        sessionId: { old: null, new: sessionId },
        personId: { old: null, new: e.personId },
        personName: { old: null, new: names.get(e.personId) ?? null },
        status: { old: statusOf.get(e.personId) ?? null, new: e.status },
      },
    }));
    if (changedRows.length) {
      const json = JSON.stringify(
        changedRows.map((e) => ({ person_id: e.personId, status: e.status })),
      );
      await tx.execute(sql`insert into education_attendance
          (org_id, session_id, person_id, status, recorded_at, recorded_by)
        select ${ctx.orgId}, ${sessionId}, x.person_id, x.status, ${now.toISOString()}::timestamptz, ${ctx.userId}
        from jsonb_to_recordset(${json}::jsonb) as x(person_id text, status text)
        on conflict (org_id, session_id, person_id) do update
          set status = excluded.status, recorded_at = excluded.recorded_at,
              recorded_by = excluded.recorded_by`);
    }

    // What each entry does to the person's completion of the course.
    const mine = sessionCompletion(session, now);
    const updates = new Map<string, Completion>();
    const undo: Assignment[] = [];
    for (const e of entries) {
      const a = assignmentOf.get(e.personId);
      if (!a) continue;
      if (e.status === "present") {
        const earlier = a.completedOn !== null && a.completedOn <= session.heldOn;
        if (!earlier && a.completedSessionId !== session.id) updates.set(a.id, mine);
      } else if (a.completedSessionId === session.id) undo.push(a);
    }
    for (const [id, c] of await fallbacks(tx, ctx.orgId, session, undo)) updates.set(id, c);
    const byId = new Map(assignments.map((a) => [a.id, a]));
    const changedAssignments = [...updates].filter(
      ([id, c]) => Object.keys(assignmentChanges(byId.get(id) as Assignment, c)).length > 0,
    );
    if (changedAssignments.length) {
      const json = JSON.stringify(
        changedAssignments.map(([id, c]) => ({
          id,
          completed_on: c.completedOn,
          completed_at: c.completedAt?.toISOString() ?? null,
          completed_via: c.completedVia,
          completed_session_id: c.completedSessionId,
        })),
      );
      await tx.execute(sql`update education_assignment as t
        set completed_on = x.completed_on, completed_at = x.completed_at,
            completed_via = x.completed_via, completed_session_id = x.completed_session_id
        from jsonb_to_recordset(${json}::jsonb)
          as x(id text, completed_on date, completed_at timestamptz, completed_via text,
               completed_session_id text)
        where t.org_id = ${ctx.orgId} and t.id = x.id`);
      for (const [id, c] of changedAssignments)
        events.push({
          entity: "education_assignment",
          entityId: id,
          action: "update",
          changes: assignmentChanges(byId.get(id) as Assignment, c),
        });
    }
    if (events.length || session.attendanceRecordedAt === null) {
      await tx
        .update(educationSession)
        .set({ attendanceRecordedAt: now, updatedAt: now })
        .where(and(eq(educationSession.orgId, ctx.orgId), eq(educationSession.id, sessionId)));
      events.push({
        entity: SESSION_ENTITY,
        entityId: sessionId,
        action: "update",
        changes: {
          attendanceRecordedAt: {
            old: session.attendanceRecordedAt?.toISOString() ?? null,
            new: now.toISOString(),
          },
        },
      });
    }
    await appendAuditMany(tx, ctx, events);
    const completed = changedAssignments.filter(([, c]) => c.completedSessionId === session.id);
    const counts = await attendanceCounts(tx, ctx.orgId, [sessionId]);
    return {
      changed: changedRows.length,
      completed: completed.length,
      undone: undo.length,
      counts: counts.get(sessionId) ?? { invited: 0, present: 0, absent: 0 },
    };
  });
}
