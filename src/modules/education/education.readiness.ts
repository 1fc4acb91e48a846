// The education capability's part of readiness (教育): everyone in office today, and anyone
// who ever completed, with their latest completion of a course that is the yearly education
// of every worker (one statement). The rules (core/readiness/rules/education.ts) replace the
// activity record rule of step 10; the PDCA duty "education" is dated from the same
// completions (one more statement), so the calendar and the rule agree on the day.
import { and, eq, inArray, isNotNull, lte, or, type SQL, sql } from "drizzle-orm";
import { COURSE_AUDIENCES, countsAsYearlyEducation } from "../../core/education/index.ts";
import { EDUCATION_RULES, type SnapshotEducationPerson } from "../../core/readiness/index.ts";
import type { Db } from "../../db/client.ts";
import { inOffice, person } from "../people/index.ts";
import type { ReadinessProvider } from "../readiness/index.ts";
import { dutySummaryOf, dutySummarySql } from "../shared/duty-summary.ts";
import { educationAssignment as A, educationCourse as C } from "./education.tables.ts";

/** The audiences whose completion is the yearly education (role courses come on top). */
const YEARLY = COURSE_AUDIENCES.filter(countsAsYearlyEducation);

/**
 * Completions that count on `today`: an assignment with its completion day, of a yearly course.
 * Whatever became of the plan or the assignment since (archived, withdrawn), a completion stays
 * a completion. A day after today never counts (as with activity records).
 */
const counted = (orgId: string, today: string): SQL =>
  and(
    eq(A.orgId, orgId),
    isNotNull(A.completedOn),
    lte(A.completedOn, today),
    inArray(C.audience, [...YEARLY]),
  ) as SQL;

/** Each person's latest completion that counts (a derived table; dates as text). */
function lastCompletions(db: Db, orgId: string, today: string) {
  return db
    .select({
      personId: A.personId,
      last: sql<string>`max(${A.completedOn})::text`.as("last"),
    })
    .from(A)
    .innerJoin(C, and(eq(C.orgId, A.orgId), eq(C.id, A.courseId)))
    .where(counted(orgId, today))
    .groupBy(A.personId)
    .as("last_completion");
}

/** The people the rules read, in the register's order (reading, then id). */
export async function loadEducationPeople(
  db: Db,
  orgId: string,
  today: string,
): Promise<SnapshotEducationPerson[]> {
  const last = lastCompletions(db, orgId, today);
  // People who left before today cannot be in office on a reference day (today or later);
  // they stay only for their completion, which still proves the education took place.
  const rows = await db
    .select({
      personId: person.id,
      name: person.name,
      leftOn: person.leftOn,
      lastCompletedOn: last.last,
    })
    .from(person)
    .leftJoin(last, eq(last.personId, person.id))
    .where(and(eq(person.orgId, orgId), or(inOffice(today), isNotNull(last.last))))
    .orderBy(sql`coalesce(${person.kana}, ${person.name})`, person.id);
  return rows.map((r) => ({ ...r, lastCompletedOn: r.lastCompletedOn ?? null }));
}

export const educationReadiness: ReadinessProvider = {
  id: "education",
  // Completions live on assignments; sessions and attendance complete them, attempts pass them,
  // a course's audience decides whether they count, a plan's changes may move its courses;
  // people join and leave. The planned application day is read by the roadmap provider.
  reads: [
    "education_plan",
    "education_course",
    "education_assignment",
    "education_attempt",
    "education_session",
    "education_attendance",
    "person",
  ],
  rules: EDUCATION_RULES,
  async load(db, ctx, { today }) {
    const people = await loadEducationPeople(db, ctx.orgId, today);
    return (snapshot) => {
      snapshot.educationPeople = people;
    };
  },
  duties: [
    {
      // The rows are the workers in office with their latest completion; lastDone is the
      // latest completion of anyone (core/obligations/basis.ts, lastDoneOf), the same day the
      // rule manual.education counts from.
      source: "education",
      async summary(db, orgId, bounds) {
        const last = lastCompletions(db, orgId, bounds.today);
        const anyone = sql<string | null>`(select max(${A.completedOn})::text from ${A}
          join ${C} on ${C.orgId} = ${A.orgId} and ${C.id} = ${A.courseId}
          where ${counted(orgId, bounds.today)})`;
        const [row] = await db
          .select({ ...dutySummarySql(sql`${last.last}::date`, bounds), anyone })
          .from(person)
          .leftJoin(last, eq(last.personId, person.id))
          .where(and(eq(person.orgId, orgId), inOffice(bounds.today)));
        return { ...dutySummaryOf(row), latest: (row?.anyone as string | null) ?? null };
      },
    },
  ],
};
