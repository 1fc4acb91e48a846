// The learner's side of 教育, behind their personal link (no account): the course of the link
// (material in order, the quiz without its answers), opening it, submitting the quiz, and the
// course's images and slides. A link of purpose "course" names its course (subjectId); the
// person's assignment of that course is the only thing it reaches, so one person's link can
// never answer for another. Every submission is kept as another attempt; a pass completes the
// assignment once, and a later attempt never moves the completion day.
import { randomUUID } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import {
  type AttemptAnswers,
  type AttemptResult,
  answerProblems,
  attemptsLeft,
  type CourseSection,
  type QuizQuestion,
  scoreAttempt,
} from "../../core/education/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, conflict, notFound } from "../../server/app-error.ts";
import { appendAudit, appendAuditMany, recordNoChange } from "../audit/index.ts";
import { attachment, databaseFileStore } from "../files/index.ts";
import { type LiveLink, linkActor } from "../personal-links/index.ts";
import { ASSIGNMENT_ENTITY } from "./education.assign.ts";
import {
  type AttemptInput,
  type AttemptOut,
  type AttemptResultOut,
  COURSE_PURPOSE,
  type LearnerCourseOut,
  type LearnerState,
} from "./education.delivery.contract.ts";
import {
  educationAssignment as A,
  educationCourse as C,
  educationAttempt as T,
} from "./education.tables.ts";

export const ATTEMPT_ENTITY = "education_attempt";
/** The owner kind of a course's files (images, slides) in the files capability. */
export const COURSE_FILE_OWNER = "education_course";

type Assignment = typeof A.$inferSelect;
type Course = typeof C.$inferSelect;

/** The link's assignment and course; anything that does not fit is the one 404. */
async function mine(db: Db | Tx, link: LiveLink, lock = false) {
  if (link.purpose !== COURSE_PURPOSE || !link.subjectId) throw notFound();
  const query = db
    .select({ assignment: A, course: C })
    .from(A)
    .innerJoin(C, and(eq(C.orgId, A.orgId), eq(C.id, A.courseId)))
    .where(
      and(eq(A.orgId, link.orgId), eq(A.courseId, link.subjectId), eq(A.personId, link.personId)),
    );
  const [row] = lock ? await query.for("update", { of: A }) : await query;
  // A withdrawn assignment, or a course still being written, is nothing to take.
  if (!row || row.assignment.withdrawnAt || row.course.status === "draft") throw notFound();
  return row;
}

export function learnerState(a: Assignment, course: Course): LearnerState {
  if (a.completedOn) return "passed";
  if (course.status !== "open") return "closed";
  if (a.attemptCount > 0) return "failed";
  return a.openedAt ? "in_progress" : "not_started";
}

/** A stored attempt as the learner reads it: right or wrong, and the explanations. */
function presentAttempt(
  attempt: {
    attemptNo: number;
    submittedAt: Date;
    score: number;
    passed: boolean;
    results: AttemptResult[];
  },
  questions: readonly QuizQuestion[],
): AttemptOut {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    attemptNo: attempt.attemptNo,
    submittedAt: attempt.submittedAt.toISOString(),
    score: attempt.score,
    passed: attempt.passed,
    correctCount: attempt.results.filter((r) => r.correct).length,
    questionCount: attempt.results.length,
    results: attempt.results.map((r) => {
      const q = byId.get(r.questionId);
      const choices = new Map((q?.choices ?? []).map((c) => [c.id, c]));
      return {
        questionId: r.questionId,
        prompt: r.prompt,
        chosen: r.chosen,
        correct: r.correct,
        explanation: q?.explanation ?? null,
        choiceExplanations: r.chosen.flatMap((id) => {
          const text = choices.get(id)?.explanation;
          return text ? [{ choiceId: id, explanation: text }] : [];
        }),
      };
    }),
  };
}

const section = (s: CourseSection) => ({
  id: s.id,
  kind: s.kind,
  title: s.title,
  body: s.body ?? null,
  fileId: s.fileId ?? null,
  url: s.url ?? null,
});

export async function getMyCourse(db: Db, link: LiveLink): Promise<LearnerCourseOut> {
  const { assignment: a, course } = await mine(db, link);
  const [last] = await db
    .select()
    .from(T)
    .where(and(eq(T.orgId, link.orgId), eq(T.assignmentId, a.id)))
    .orderBy(desc(T.attemptNo))
    .limit(1);
  return {
    organization: link.organization,
    personName: link.personName,
    title: course.title,
    description: course.description,
    durationMinutes: course.durationMinutes,
    dueOn: a.dueOn,
    passMark: course.passMark,
    maxAttempts: course.maxAttempts,
    attemptsUsed: a.attemptCount,
    attemptsLeft: attemptsLeft(course.maxAttempts, a.attemptCount),
    state: learnerState(a, course),
    completedOn: a.completedOn,
    bestScore: a.bestScore,
    sections: course.sections.map(section),
    questions: course.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      choices: q.choices.map((c) => ({ id: c.id, text: c.text })),
    })),
    lastAttempt: last ? presentAttempt(last, course.questions) : null,
  };
}

/** Records the first opening (once); later openings change nothing. */
export async function openMyCourse(db: Db, link: LiveLink, now = new Date()): Promise<void> {
  const { assignment } = await mine(db, link);
  if (assignment.openedAt) return;
  const ctx = linkActor(link);
  await writeInOrg(db, ctx, async (tx) => {
    const [opened] = await tx
      .update(A)
      .set({ openedAt: now })
      .where(and(eq(A.orgId, link.orgId), eq(A.id, assignment.id), sql`${A.openedAt} is null`))
      .returning({ id: A.id });
    if (!opened) return recordNoChange(tx, ctx);
    await appendAudit(tx, ctx, {
      entity: ASSIGNMENT_ENTITY,
      entityId: assignment.id,
      action: "open",
      changes: {
        personName: { old: null, new: link.personName },
        openedAt: { old: null, new: now.toISOString() },
      },
    });
  });
}

/**
 * Scores a submission and keeps it as the next attempt. The assignment row is locked for the
 * attempt, so two submissions at once become attempts n and n+1 (and the unique index on the
 * attempt number stops anything that slips past the lock).
 */
export async function submitMyAttempt(
  db: Db,
  link: LiveLink,
  input: AttemptInput,
  now = new Date(),
): Promise<AttemptResultOut> {
  const ctx = linkActor(link);
  return writeInOrg(db, ctx, async (tx) => {
    const { assignment: a, course } = await mine(tx, link, true);
    if (course.status !== "open") throw conflict("EDUCATION_COURSE_CLOSED");
    const left = attemptsLeft(course.maxAttempts, a.attemptCount);
    if (left === 0) throw conflict("EDUCATION_NO_ATTEMPTS_LEFT");
    const answers: AttemptAnswers = input.answers;
    const problems = answerProblems(course.questions, answers);
    if (problems.length > 0)
      throw new AppError(
        "validation",
        "VALIDATION_FAILED",
        Object.fromEntries(problems.map((p) => [p.field, { key: p.code }])),
      );
    const scored = scoreAttempt(course.questions, answers, course.passMark);
    const attemptNo = a.attemptCount + 1;
    const attemptId = randomUUID();
    await tx.insert(T).values({
      orgId: link.orgId,
      id: attemptId,
      assignmentId: a.id,
      courseId: course.id,
      personId: link.personId,
      attemptNo,
      submittedAt: now,
      answers,
      results: scored.results,
      score: scored.score,
      passed: scored.passed,
      via: "link",
    });
    const completes = scored.passed && !a.completedOn;
    const today = todayInJapan(now);
    const bestScore = Math.max(a.bestScore ?? 0, scored.score);
    const [after] = await tx
      .update(A)
      .set({
        attemptCount: attemptNo,
        bestScore,
        openedAt: a.openedAt ?? now,
        personalLinkId: link.linkId,
        ...(completes
          ? { completedAt: now, completedOn: today, completedVia: "e_learning" as const }
          : {}),
      })
      .where(and(eq(A.orgId, link.orgId), eq(A.id, a.id)))
      .returning();
    const subject = {
      personName: { old: null, new: link.personName },
      courseTitle: { old: null, new: course.title },
    };
    await appendAuditMany(tx, ctx, [
      {
        entity: ATTEMPT_ENTITY,
        entityId: attemptId,
        action: "answer",
        changes: {
          ...subject,
          attemptNo: { old: null, new: attemptNo },
          score: { old: null, new: scored.score },
          passed: { old: null, new: scored.passed },
        },
      },
      ...(completes
        ? [
            {
              entity: ASSIGNMENT_ENTITY,
              entityId: a.id,
              action: "complete",
              changes: {
                ...subject,
                completedOn: { old: null, new: today },
                completedVia: { old: null, new: "e_learning" },
              },
            },
          ]
        : []),
    ]);
    const done = after ?? a;
    return {
      attempt: presentAttempt(
        {
          attemptNo,
          submittedAt: now,
          score: scored.score,
          passed: scored.passed,
          results: scored.results,
        },
        course.questions,
      ),
      state: learnerState(done, course),
      attemptsLeft: attemptsLeft(course.maxAttempts, attemptNo),
      completedOn: done.completedOn,
      bestScore: done.bestScore,
    };
  });
}

/**
 * An image or the slides of the link's course: only a file its material shows (a section names
 * it) and attached to this very course. Reading it is not recorded: the person reads their
 * course, as the page itself is not.
 */
export async function readMyCourseFile(
  db: Db,
  link: LiveLink,
  attachmentId: string,
): Promise<{ name: string; mediaType: string; bytes: Buffer }> {
  const { course } = await mine(db, link);
  const shown = course.sections.some(
    (s) => (s.kind === "image" || s.kind === "slides") && s.fileId === attachmentId,
  );
  if (!shown) throw notFound();
  const [file] = await db
    .select()
    .from(attachment)
    .where(
      and(
        eq(attachment.orgId, link.orgId),
        eq(attachment.id, attachmentId),
        eq(attachment.ownerCapability, COURSE_FILE_OWNER),
        eq(attachment.ownerId, course.id),
      ),
    );
  if (!file) throw notFound();
  const bytes = await databaseFileStore.get(db as unknown as Tx, link.orgId, file.storeKey);
  if (!bytes) throw notFound();
  return { name: file.name, mediaType: file.mediaType, bytes };
}
