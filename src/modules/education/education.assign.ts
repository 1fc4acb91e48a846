// Assigning a course (受講の割り当て): one row per person in one transaction, people assigned
// before kept as they are (a withdrawn one made active again), one audit event per assignment.
// With `send`, everyone assigned now (and anyone assigned earlier who was never sent their
// link) gets a new personal link for the course, and a mail when they have an e-mail address;
// the others are answered as needing the printed link sheet. 3,000 people in one request is
// a few statements per 2,000 rows (bench: education).
import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict, invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAuditMany } from "../audit/index.ts";
import type { LinkOptions } from "../personal-links/index.ts";
import { chunks } from "../shared/bulk-sql.ts";
import { rowsOf } from "../shared/sql-helpers.ts";
import {
  type AssignInput,
  type AssignResult,
  assignInput,
  type DeliveryPersonOut,
} from "./education.delivery.contract.ts";
import { type Mailee, mailNewLinks } from "./education.links.ts";
import { educationAssignment as A } from "./education.tables.ts";
import {
  assignTargets,
  type DeliveryCourse,
  readDeliveryCourse,
  type Target,
} from "./education.targets.ts";

export const ASSIGNMENT_ENTITY = "education_assignment";

export type AssignSource = "plan" | "new_hire" | "manual" | "follow_up";

export type Placed = Target & { assignmentId: string; dueOn: string | null };

/** Only an open course is assigned and taken: a draft is being written, an archive is kept. */
export function assertOpen(course: { status: string }): void {
  if (course.status !== "open") throw conflict("EDUCATION_COURSE_NOT_OPEN");
}

export const personOut = (t: Target): DeliveryPersonOut => ({
  personId: t.personId,
  personName: t.personName,
  departmentName: t.departmentName,
});

const assignEvent = (
  course: DeliveryCourse,
  p: Placed,
  source: AssignSource,
  action: "assign" | "reactivate",
): AuditInput => ({
  entity: ASSIGNMENT_ENTITY,
  entityId: p.assignmentId,
  action,
  changes: {
    courseTitle: { old: null, new: course.title },
    personName: { old: null, new: p.personName },
    dueOn: { old: null, new: p.dueOn },
    source: { old: null, new: source },
  },
});

/**
 * Inserts the rows of the people not assigned the course before (each with its own due day),
 * re-activates withdrawn uncompleted ones, and records an event for each. Returns the new and
 * re-activated placements and the people already assigned (with whether they were ever sent
 * their link and whether they completed).
 */
export async function placeAssignments(
  tx: Tx,
  ctx: OrgContext,
  course: DeliveryCourse,
  targets: readonly (Target & { dueOn: string | null })[],
  source: AssignSource,
  now: Date,
): Promise<{
  fresh: Placed[];
  reactivated: Placed[];
  already: (Placed & { sent: boolean; open: boolean })[];
}> {
  const inserted = new Map<string, string>();
  for (const part of chunks(targets, 2000)) {
    const rows = part.map((t) => ({ id: randomUUID(), person_id: t.personId, due_on: t.dueOn }));
    // The unique index (course, person) settles a race with another assignment: the row that
    // loses is simply not inserted, and that person counts as assigned before.
    const res = await tx.execute(sql`
      insert into education_assignment
        (org_id, id, course_id, person_id, source, assigned_at, assigned_by, due_on)
      select ${ctx.orgId}, x.id, ${course.id}, x.person_id, ${source},
             ${now.toISOString()}::timestamptz, ${ctx.userId}, x.due_on
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as x(id text, person_id text, due_on date)
      on conflict do nothing
      returning id, person_id`);
    for (const r of rowsOf<{ id: string; person_id: string }>(res)) inserted.set(r.person_id, r.id);
  }
  const fresh: Placed[] = [];
  const rest: (Target & { dueOn: string | null })[] = [];
  for (const t of targets) {
    const id = inserted.get(t.personId);
    if (id) fresh.push({ ...t, assignmentId: id });
    else rest.push(t);
  }
  const reactivated: Placed[] = [];
  const already: (Placed & { sent: boolean; open: boolean })[] = [];
  const byPerson = new Map(rest.map((t) => [t.personId, t]));
  for (const part of chunks(rest, 2000)) {
    const ids = part.map((t) => t.personId);
    const mine = and(eq(A.orgId, ctx.orgId), eq(A.courseId, course.id), inArray(A.personId, ids));
    const back = await tx
      .update(A)
      .set({ withdrawnAt: null, withdrawnReason: null })
      .where(and(mine, isNotNull(A.withdrawnAt), isNull(A.completedOn)))
      .returning({ id: A.id, personId: A.personId, dueOn: A.dueOn });
    const backIds = new Set(back.map((b) => b.personId));
    for (const b of back) {
      const t = byPerson.get(b.personId) as Target;
      reactivated.push({ ...t, assignmentId: b.id, dueOn: b.dueOn });
    }
    const kept = await tx
      .select({
        id: A.id,
        personId: A.personId,
        dueOn: A.dueOn,
        lastSentAt: A.lastSentAt,
        completedOn: A.completedOn,
        withdrawnAt: A.withdrawnAt,
      })
      .from(A)
      .where(mine);
    for (const k of kept) {
      if (backIds.has(k.personId)) continue;
      const t = byPerson.get(k.personId) as Target;
      already.push({
        ...t,
        assignmentId: k.id,
        dueOn: k.dueOn,
        sent: k.lastSentAt !== null,
        open: k.completedOn === null && k.withdrawnAt === null,
      });
    }
  }
  await appendAuditMany(tx, ctx, [
    ...fresh.map((p) => assignEvent(course, p, source, "assign")),
    ...reactivated.map((p) => assignEvent(course, p, source, "reactivate")),
  ]);
  return { fresh, reactivated, already };
}

/** Mails a link to those with e-mail; answers how many and who has no e-mail. */
export async function sendLinks(
  tx: Tx,
  ctx: OrgContext,
  course: DeliveryCourse,
  holders: readonly Placed[],
  opts: { links: LinkOptions; kind: "invite" | "resend" | "reminder"; today: string; now: Date },
): Promise<{ mailed: number; withoutEmail: DeliveryPersonOut[] }> {
  const mailees: Mailee[] = holders.flatMap((h) => (h.email ? [{ ...h, email: h.email }] : []));
  const mailed = await mailNewLinks(tx, ctx, {
    course,
    mailees,
    kind: opts.kind,
    links: opts.links,
    today: opts.today,
    now: opts.now,
  });
  return { mailed, withoutEmail: holders.filter((h) => !h.email).map(personOut) };
}

export type AssignOptions = {
  /** Needed when the input says send. */
  links?: LinkOptions;
  now?: Date;
};

/**
 * Assigns an open course to the people of the input's scope (see education.targets.ts), due on
 * the input's day or the course's. The public entry point (the bench calls it too).
 */
export async function assignCourse(
  db: Db,
  ctx: OrgContext,
  courseId: string,
  input: AssignInput,
  opts: AssignOptions = {},
): Promise<AssignResult> {
  const parsed = assignInput.parse(input);
  const now = opts.now ?? new Date();
  const today = todayInJapan(now);
  if (parsed.dueOn && parsed.dueOn < today) throw invalidField("dueOn", "education_due_past");
  if (parsed.send && !opts.links) throw new Error("assignCourse: send needs link options");
  return writeInOrg(db, ctx, async (tx) => {
    const course = await readDeliveryCourse(tx, ctx.orgId, courseId, true);
    assertOpen(course);
    const targets = await assignTargets(tx, ctx.orgId, course, parsed, today);
    const dueOn = parsed.dueOn ?? course.dueOn;
    const source: AssignSource = parsed.scope === "audience" ? "plan" : "manual";
    const placed = await placeAssignments(
      tx,
      ctx,
      course,
      targets.map((t) => ({ ...t, dueOn })),
      source,
      now,
    );
    let sent = { mailed: 0, withoutEmail: [] as DeliveryPersonOut[] };
    if (parsed.send && opts.links) {
      const holders = [
        ...placed.fresh,
        ...placed.reactivated,
        ...placed.already.filter((a) => a.open && !a.sent),
      ];
      sent = await sendLinks(tx, ctx, course, holders, {
        links: opts.links,
        kind: "invite",
        today,
        now,
      });
    }
    return {
      assigned: placed.fresh.length,
      already: placed.already.length,
      reactivated: placed.reactivated.length,
      mailed: sent.mailed,
      withoutEmail: sent.withoutEmail,
    };
  });
}
