// 理解度: what staff understood of a course, per question, from each person's FIRST attempt
// only. Later attempts come after the explanations were shown (and people retry until they
// pass), so they measure memory of the answers, not understanding; the first is the honest
// reading. The report names the weakest questions, the wrong answer chosen most, and the
// departments behind each weak question, so the next education can target them.
import { and, eq } from "drizzle-orm";
import type { AttemptResult, QuizQuestion } from "../../core/education/index.ts";
import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { department } from "../org/index.ts";
import { person } from "../people/index.ts";
import { readCourse } from "./education.sessions.ts";
import { educationAttempt } from "./education.tables.ts";

/** How many weakest questions the report names. */
export const WEAKEST_COUNT = 5;

export type DepartmentRate = {
  departmentName: string | null;
  answered: number;
  correct: number;
  rate: number | null;
};

export type QuestionUnderstanding = {
  questionId: string;
  /** 1-based, in the course's current order. */
  number: number;
  prompt: string;
  kind: string;
  answered: number;
  correct: number;
  /** Percent correct, one decimal rounded down; null when nobody answered it. */
  rate: number | null;
  choices: Array<{ id: string; text: string; correct: boolean; count: number }>;
  /** The wrong choice chosen most (first in the course's order on a tie); null: none chosen. */
  topWrongChoiceId: string | null;
  /** Lowest rate first (then more answers first, then name). */
  departments: DepartmentRate[];
};

export type CourseUnderstanding = {
  courseId: string;
  courseTitle: string;
  /** People whose first attempt is counted. */
  people: number;
  questions: QuestionUnderstanding[];
  /** Ids of the weakest questions answered at least once, lowest rate first. */
  weakest: string[];
};

export type FirstAttempt = { departmentName: string | null; results: AttemptResult[] };

const rateOf = (correct: number, answered: number) =>
  answered === 0 ? null : Math.floor((correct * 1000) / answered) / 10;

/** Lowest rate first; questions nobody answered last. */
const byRate = (a: { rate: number | null }, b: { rate: number | null }) =>
  (a.rate ?? Number.POSITIVE_INFINITY) - (b.rate ?? Number.POSITIVE_INFINITY);

/**
 * Per question of the course as it is now. Results of questions since removed are left out;
 * a question added after people took the course shows fewer answers.
 */
export function understandingOf(
  questions: readonly QuizQuestion[],
  firsts: readonly FirstAttempt[],
): Pick<CourseUnderstanding, "people" | "questions" | "weakest"> {
  const out = questions.map((q, i): QuestionUnderstanding => {
    const choiceCount = new Map(q.choices.map((c) => [c.id, 0]));
    const depts = new Map<string, DepartmentRate>();
    let answered = 0;
    let correct = 0;
    for (const f of firsts) {
      const r = f.results.find((x) => x.questionId === q.id);
      if (!r) continue;
      answered++;
      if (r.correct) correct++;
      for (const c of r.chosen)
        if (choiceCount.has(c)) choiceCount.set(c, (choiceCount.get(c) ?? 0) + 1);
      const key = f.departmentName ?? "";
      const d = depts.get(key) ?? {
        departmentName: f.departmentName,
        answered: 0,
        correct: 0,
        rate: null,
      };
      d.answered++;
      if (r.correct) d.correct++;
      depts.set(key, d);
    }
    let topWrongChoiceId: string | null = null;
    let topWrong = 0;
    for (const c of q.choices) {
      const n = choiceCount.get(c.id) ?? 0;
      if (!c.correct && n > topWrong) {
        topWrong = n;
        topWrongChoiceId = c.id;
      }
    }
    const departments = [...depts.values()]
      .map((d) => ({ ...d, rate: rateOf(d.correct, d.answered) }))
      .sort(
        (a, b) =>
          byRate(a, b) ||
          b.answered - a.answered ||
          (a.departmentName ?? "").localeCompare(b.departmentName ?? "", "ja"),
      );
    return {
      questionId: q.id,
      number: i + 1,
      prompt: q.prompt,
      kind: q.kind,
      answered,
      correct,
      rate: rateOf(correct, answered),
      choices: q.choices.map((c) => ({
        id: c.id,
        text: c.text,
        correct: c.correct,
        count: choiceCount.get(c.id) ?? 0,
      })),
      topWrongChoiceId,
      departments,
    };
  });
  const weakest = out
    .filter((q) => q.answered > 0)
    .sort((a, b) => byRate(a, b) || a.number - b.number)
    .slice(0, WEAKEST_COUNT)
    .map((q) => q.questionId);
  return { people: firsts.length, questions: out, weakest };
}

/** The 理解度 of a course: its current questions over every first attempt (404 if unknown). */
export async function courseUnderstanding(
  db: Db,
  ctx: OrgContext,
  courseId: string,
): Promise<CourseUnderstanding> {
  const course = await readCourse(db, ctx.orgId, courseId);
  const firsts = await db
    .select({ departmentName: department.name, results: educationAttempt.results })
    .from(educationAttempt)
    .innerJoin(
      person,
      and(eq(person.orgId, educationAttempt.orgId), eq(person.id, educationAttempt.personId)),
    )
    .leftJoin(
      department,
      and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
    )
    .where(
      and(
        eq(educationAttempt.orgId, ctx.orgId),
        eq(educationAttempt.courseId, courseId),
        eq(educationAttempt.attemptNo, 1),
      ),
    );
  return {
    courseId: course.id,
    courseTitle: course.title,
    ...understandingOf(course.questions, firsts),
  };
}
