// The demo company's education (教育): the plan of the fiscal year in which its education took
// place, approved about six months ago (with its activity record, 教育計画の承認), the starter
// course 「個人情報保護の基本」 written from the company's facts, assigned to every worker in
// office, and completed by all of them but three — a classroom session at the head office five
// months ago and e-learning in the month before it (one learner failed once, then passed).
//
// Not completed (a finding an examiner would raise, education.all_staff):
//   太田 葵 (a.ota, part-time): invited to the session, absent, never opened the e-learning;
//   小川 聡 (s.ogawa, dispatched): opened the e-learning and failed once, no pass yet;
//   遠藤 颯太 (s.endo, part-time): never opened it.
//
// Days count back from the seeding day like the other demo records (demo-dates.ts), and the
// plan is that of the fiscal year of the session: a plan dated "last fiscal year" in calendar
// terms would, in some months, put the completions more than 12 months before the planned
// application day. The latest completion is the session's day, five months ago: the day the
// readiness rule and the PDCA duty count from.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import {
  type AttemptAnswers,
  fiscalYearOf,
  fiscalYearPeriod,
  type QuizQuestion,
  scoreAttempt,
} from "../../../core/education/index.ts";
import { starterCourse } from "../../../core/education/starter/index.ts";
import { addDays, daysBetween } from "../../../core/obligations/dates.ts";
import { todayInJapan } from "../../../core/today-in-japan.ts";
import type { Tx } from "../../../db/client.ts";
import type { OrgContext } from "../../../server/org-context.ts";
import { activityRecord } from "../../activities/index.ts";
import type { FieldChange } from "../../audit/index.ts";
import {
  educationAssignment,
  educationAttempt,
  educationAttendance,
  educationCourse,
  educationPlan,
  educationSession,
} from "../../education/index.ts";
import type { person } from "../../people/index.ts";
import { orgProfile } from "../org.tables.ts";
import { DEMO_EMAIL_DOMAIN } from "./demo-data.ts";
import { monthsAgo } from "./demo-dates.ts";

type PersonRow = typeof person.$inferInsert;

/** The three workers in office who have not completed (see the header). */
export const DEMO_NOT_COMPLETED = ["a.ota", "s.ogawa", "s.endo"] as const;
/** Attended the classroom session at the head office (本社 departments); the rest e-learned. */
export const DEMO_CLASSROOM = [
  "k.sato",
  "m.suzuki",
  "k.takahashi",
  "m.tanaka",
  "s.ito",
  "s.aoki",
  "k.watanabe",
  "y.nakamura",
  "d.kobayashi",
  "s.kato",
  "m.yoshida",
  "t.yamada",
  "y.sasaki",
  "m.yamaguchi",
] as const;
/** Failed the quiz once (8 of 12), passed two days later. */
export const DEMO_RETRIED = "k.hayashi";

const PASS_MARK = 80;
/** Noon in Japan on `day`: submissions and approvals happen in office hours. */
const at = (day: string, time = "12:00") => new Date(`${day}T${time}:00+09:00`);

/** Answers with `right` questions answered correctly, the rest with a wrong choice. */
function answersWith(questions: readonly QuizQuestion[], right: number): AttemptAnswers {
  return Object.fromEntries(
    questions.map((q, i) => {
      const correct = q.choices.filter((c) => c.correct).map((c) => c.id);
      const wrong = q.choices.filter((c) => !c.correct).map((c) => c.id);
      return [q.id, i < right ? correct : wrong.slice(0, 1)];
    }),
  );
}

/** The demo's education rows for one organization (pure but for fresh ids). */
export function buildDemoEducation(
  ctx: OrgContext,
  people: readonly PersonRow[],
  orgName: string,
  today = todayInJapan(),
) {
  const key = (p: PersonRow) => (p.email ?? "").replace(`@${DEMO_EMAIL_DOMAIN}`, "");
  const byKey = new Map(people.map((p) => [key(p), p]));
  const must = (k: string) => {
    const p = byKey.get(k);
    if (!p) throw new Error(`demo education names an unknown person: ${k}`);
    return p;
  };
  const heldOn = monthsAgo(today, 5);
  const fiscalYear = fiscalYearOf(heldOn);
  const period = fiscalYearPeriod(fiscalYear);
  const approvedOn = addDays(monthsAgo(today, 6), -7);
  // E-learning from six months ago (or the year's first day) up to the session's day.
  const sixAgo = monthsAgo(today, 6);
  const eStart = [sixAgo, period.start].sort()[1] as string; // the later day
  const window = daysBetween(eStart, heldOn);

  const activity = {
    orgId: ctx.orgId,
    id: randomUUID(),
    kind: "education_plan",
    performedOn: approvedOn,
    performedByPersonId: must("k.sato").id,
    performedByName: "佐藤 健一",
    notes: "全従業者向け「個人情報保護の基本」（eラーニングと本社での集合研修）の教育計画を承認",
    source: "entered",
    createdBy: ctx.userId,
    createdByName: ctx.userName,
  };
  const plan = {
    orgId: ctx.orgId,
    id: randomUUID(),
    fiscalYear,
    title: `${fiscalYear}年度 個人情報保護教育計画`,
    periodStart: period.start,
    periodEnd: period.end,
    responsiblePersonId: must("y.nakamura").id,
    status: "approved",
    approverName: "佐藤 健一",
    approvedAt: at(approvedOn),
    approvalActivityId: activity.id,
  };
  const starter = starterCourse({
    orgName,
    pmsManagerName: "渡辺 浩二",
    complaintsDeskName: "お客様相談窓口（多摩サポートセンター） 岡田 香織",
    auditLeadName: "田中 美穂",
    incidentContact: "総務部 内線201（夜間・休日は渡辺の携帯電話）",
    policyTitle: "個人情報保護方針",
    documentsInForce: [],
  });
  const course = {
    orgId: ctx.orgId,
    id: randomUUID(),
    planId: plan.id,
    title: starter.title,
    description: starter.description,
    audience: "all_staff",
    delivery: "mixed",
    scheduledFrom: eStart,
    scheduledTo: heldOn,
    dueOn: heldOn,
    durationMinutes: starter.durationMinutes,
    passMark: PASS_MARK,
    maxAttempts: starter.maxAttempts,
    sections: starter.sections,
    questions: starter.questions,
    starterKey: starter.key,
    status: "open",
    createdBy: ctx.userId,
    updatedByName: ctx.userName,
  };
  const session = {
    orgId: ctx.orgId,
    id: randomUUID(),
    courseId: course.id,
    kind: "classroom",
    title: "個人情報保護の基本（本社 集合研修）",
    heldOn,
    startsAt: "14:00",
    endsAt: "14:45",
    place: "本社 3階会議室",
    instructorName: "渡辺 浩二",
    attendanceRecordedAt: at(heldOn, "17:00"),
    createdBy: ctx.userId,
  };

  const staff = people.filter((p) => !p.leftOn || p.leftOn > eStart);
  const classroom = new Set<string>(DEMO_CLASSROOM);
  const notCompleted = new Set<string>(DEMO_NOT_COMPLETED);
  const assignments: (typeof educationAssignment.$inferInsert)[] = [];
  const attempts: (typeof educationAttempt.$inferInsert)[] = [];
  const attendance: (typeof educationAttendance.$inferInsert)[] = [];
  const attempt = (a: { id: string; personId: string }, no: number, day: string, right: number) => {
    const answers = answersWith(starter.questions, right);
    const scored = scoreAttempt(starter.questions, answers, PASS_MARK);
    attempts.push({
      orgId: ctx.orgId,
      id: randomUUID(),
      assignmentId: a.id,
      courseId: course.id,
      personId: a.personId,
      attemptNo: no,
      submittedAt: at(day),
      answers,
      results: scored.results,
      score: scored.score,
      passed: scored.passed,
    });
    return scored;
  };
  let learner = 0;
  for (const p of staff) {
    const k = key(p);
    const base = {
      orgId: ctx.orgId,
      id: randomUUID(),
      courseId: course.id,
      personId: p.id as string,
      source: "plan",
      assignedAt: at(eStart, "09:00"),
      assignedBy: ctx.userId,
      dueOn: heldOn,
    };
    if (classroom.has(k) || k === "a.ota") {
      const present = classroom.has(k);
      attendance.push({
        orgId: ctx.orgId,
        sessionId: session.id,
        personId: base.personId,
        status: present ? "present" : "absent",
        recordedAt: session.attendanceRecordedAt,
        recordedBy: ctx.userId,
      });
      assignments.push(
        present
          ? {
              ...base,
              completedAt: at(heldOn, "14:45"),
              completedOn: heldOn,
              completedVia: "classroom",
              completedSessionId: session.id,
            }
          : base,
      );
      continue;
    }
    if (k === "s.endo") {
      assignments.push(base);
      continue;
    }
    const first = addDays(eStart, learner++ % (window + 1));
    const opened = { ...base, openedAt: at(first, "11:40") };
    if (notCompleted.has(k)) {
      // s.ogawa: 7 of 12, below the pass mark.
      const s = attempt(base, 1, first, 7);
      assignments.push({ ...opened, attemptCount: 1, bestScore: s.score });
      continue;
    }
    let tries = 0;
    let passedOn = first;
    let best = 0;
    if (k === DEMO_RETRIED) {
      best = attempt(base, ++tries, first, 8).score;
      passedOn = addDays(first, Math.min(2, daysBetween(first, heldOn)));
    }
    // Most answer every question right; every third learner misses one (11 of 12).
    const s = attempt(base, ++tries, passedOn, learner % 3 === 0 ? 11 : 12);
    if (!s.passed) throw new Error(`demo learner ${k} should pass`);
    assignments.push({
      ...opened,
      attemptCount: tries,
      bestScore: Math.max(best, s.score),
      completedAt: at(passedOn),
      completedOn: passedOn,
      completedVia: "e_learning",
    });
  }
  return { activity, plan, course, session, assignments, attempts, attendance };
}

/** Inserts the demo's education; returns the counts for the seed's audit event. */
export async function seedDemoEducation(
  tx: Tx,
  ctx: OrgContext,
  people: readonly PersonRow[],
): Promise<Record<string, FieldChange>> {
  const [profile] = await tx
    .select({ name: orgProfile.name })
    .from(orgProfile)
    .where(eq(orgProfile.orgId, ctx.orgId));
  const rows = buildDemoEducation(ctx, people, profile?.name ?? "当社");
  await tx.insert(activityRecord).values(rows.activity);
  await tx.insert(educationPlan).values(rows.plan);
  await tx.insert(educationCourse).values(rows.course);
  await tx.insert(educationSession).values(rows.session);
  await tx.insert(educationAssignment).values(rows.assignments);
  await tx.insert(educationAttempt).values(rows.attempts);
  await tx.insert(educationAttendance).values(rows.attendance);
  return {
    educationPlans: { old: 0, new: 1 },
    educationAssignments: { old: 0, new: rows.assignments.length },
    educationAttempts: { old: 0, new: rows.attempts.length },
    educationSessions: { old: 0, new: 1 },
  };
}
