// Fixtures of the education records' tests: plans, courses, assignments and attempts written
// straight into the tables (their own routes are tested beside them), so the sessions,
// reports, summary and 理解度 are tested on exactly the records the expectations name.
import { randomUUID } from "node:crypto";
import type { QuizQuestion } from "../../core/education/index.ts";
import type { TestApp } from "../../test/harness.ts";

type Db = TestApp["database"];

export async function seedPlan(
  db: Db,
  orgId: string,
  p: { fiscalYear: number; periodStart: string; periodEnd: string; title?: string },
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into education_plan (org_id, id, fiscal_year, title, period_start, period_end)
     values ($1, $2, $3, $4, $5, $6)`,
    [
      orgId,
      id,
      p.fiscalYear,
      p.title ?? `${p.fiscalYear}年度 教育計画`,
      p.periodStart,
      p.periodEnd,
    ],
  );
  return id;
}

export type CourseSeed = {
  title: string;
  audience?: string;
  delivery?: string;
  scheduledFrom?: string | null;
  scheduledTo?: string | null;
  sections?: Array<{ id: string; kind: "text"; title: string; body: string }>;
  questions?: QuizQuestion[];
  passMark?: number;
};

export async function seedCourse(
  db: Db,
  orgId: string,
  planId: string,
  c: CourseSeed,
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into education_course (org_id, id, plan_id, title, audience, delivery,
       scheduled_from, scheduled_to, sections, questions, pass_mark, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, 'open')`,
    [
      orgId,
      id,
      planId,
      c.title,
      c.audience ?? "all_staff",
      c.delivery ?? "e_learning",
      c.scheduledFrom ?? null,
      c.scheduledTo ?? null,
      JSON.stringify(c.sections ?? []),
      JSON.stringify(c.questions ?? []),
      c.passMark ?? 80,
    ],
  );
  return id;
}

export type AssignmentSeed = {
  completedOn?: string | null;
  completedVia?: string | null;
  bestScore?: number | null;
  withdrawnReason?: "left" | "manual" | null;
};

export async function seedAssignment(
  db: Db,
  orgId: string,
  courseId: string,
  personId: string,
  a: AssignmentSeed = {},
): Promise<string> {
  const id = randomUUID();
  await db.query(
    `insert into education_assignment (org_id, id, course_id, person_id, completed_on,
       completed_at, completed_via, best_score, withdrawn_at, withdrawn_reason)
     values ($1, $2, $3, $4, $5::date, case when $5::date is null then null else now() end,
       $6, $7, case when $8::text is null then null else now() end, $8::text)`,
    [
      orgId,
      id,
      courseId,
      personId,
      a.completedOn ?? null,
      a.completedVia ?? null,
      a.bestScore ?? null,
      a.withdrawnReason ?? null,
    ],
  );
  return id;
}

/** One submission with its per-question results (chosen choice ids, right or not). */
export async function seedAttempt(
  db: Db,
  orgId: string,
  ids: { assignmentId: string; courseId: string; personId: string },
  attemptNo: number,
  results: Array<{ questionId: string; chosen: string[]; correct: boolean }>,
  submittedAt = new Date(),
): Promise<void> {
  const answers = Object.fromEntries(results.map((r) => [r.questionId, r.chosen]));
  const correct = results.filter((r) => r.correct).length;
  const score = results.length ? Math.floor((correct * 100) / results.length) : 100;
  await db.query(
    `insert into education_attempt (org_id, id, assignment_id, course_id, person_id, attempt_no,
       submitted_at, answers, results, score, passed)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11)`,
    [
      orgId,
      randomUUID(),
      ids.assignmentId,
      ids.courseId,
      ids.personId,
      attemptNo,
      submittedAt.toISOString(),
      JSON.stringify(answers),
      JSON.stringify(results.map((r) => ({ ...r, prompt: r.questionId }))),
      score,
      score >= 80,
    ],
  );
}

/** Reads one assignment's completion as stored. */
export async function completionOf(db: Db, orgId: string, courseId: string, personId: string) {
  const [row] = await db.query<{
    completed_on: string | Date | null;
    completed_via: string | null;
    completed_session_id: string | null;
  }>(
    `select completed_on::text as completed_on, completed_via, completed_session_id
       from education_assignment where org_id = $1 and course_id = $2 and person_id = $3`,
    [orgId, courseId, personId],
  );
  return {
    on: row?.completed_on ? String(row.completed_on) : null,
    via: row?.completed_via ?? null,
    sessionId: row?.completed_session_id ?? null,
  };
}
