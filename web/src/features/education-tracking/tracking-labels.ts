// What the tracking views show for an assignment, shared by the course view and the people view
// (人別) so a state reads and looks the same in both: its colour, which courses are columns of
// the matrix, the cell of each column, and a person's history grouped by fiscal year.
import type {
  AssignmentState,
  PersonHistoryOut,
  PlanPeopleList,
} from "@src/modules/education/education.delivery.contract.ts";

export const STATE_COLORS: Record<AssignmentState, string> = {
  not_opened: "gray",
  opened: "blue",
  failed: "orange",
  completed: "green",
  withdrawn: "dark",
  overdue: "red",
};

export type MatrixCourse = PlanPeopleList["courses"][number];
export type MatrixPerson = PlanPeopleList["items"][number];
export type PlanCell = MatrixPerson["cells"][number];
export type HistoryItem = PersonHistoryOut["items"][number];

/**
 * The columns of the matrix: the plan's courses in the plan's order, without drafts (a draft is
 * never assigned, so its column would be empty), unless someone on the page holds one anyway.
 */
export function matrixCourses(courses: MatrixCourse[], people: MatrixPerson[]): MatrixCourse[] {
  const held = new Set(people.flatMap((p) => p.cells.map((c) => c.courseId)));
  return courses.filter((c) => c.status !== "draft" || held.has(c.id));
}

/** One person's cell under each column, null where the course is not assigned to them. */
export function cellsInColumns(columns: MatrixCourse[], cells: PlanCell[]): (PlanCell | null)[] {
  const byCourse = new Map(cells.map((c) => [c.courseId, c]));
  return columns.map((c) => byCourse.get(c.id) ?? null);
}

/** What a cell shows: the state's word key and colour, and the completion day once completed. */
export function cellView(
  cell: PlanCell | null,
): { stateKey: string; color: string; completedOn: string | null } | null {
  if (!cell) return null;
  return {
    stateKey: `educationTracking.state.${cell.state}`,
    color: STATE_COLORS[cell.state],
    completedOn: cell.state === "completed" ? cell.completedOn : null,
  };
}

/**
 * A person's history as one block per fiscal year, newest first; within a year the order the
 * server gave (by course title) is kept.
 */
export function historyByYear(
  items: HistoryItem[],
): { fiscalYear: number; items: HistoryItem[] }[] {
  const years = new Map<number, HistoryItem[]>();
  for (const item of items)
    years.set(item.fiscalYear, [...(years.get(item.fiscalYear) ?? []), item]);
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([fiscalYear, inYear]) => ({ fiscalYear, items: inYear }));
}

/** The way a completion was made, as its label key (e-learning when the record does not say). */
export const viaKey = (via: string | null): string =>
  `educationTracking.via.${via ?? "e_learning"}`;
