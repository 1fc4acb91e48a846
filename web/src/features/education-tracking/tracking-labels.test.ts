// The people view's pure rules: which courses are columns, which cell sits under each, what a
// cell shows, and how a person's history is grouped by fiscal year.
import { describe, expect, it } from "vitest";
import {
  cellsInColumns,
  cellView,
  type HistoryItem,
  historyByYear,
  type MatrixPerson,
  matrixCourses,
  type PlanCell,
  viaKey,
} from "./tracking-labels.ts";

const basics = { id: "c1", title: "個人情報保護の基礎", status: "open" };
const auditors = { id: "c2", title: "内部監査員研修", status: "archived" };
const draft = { id: "c3", title: "来期の新コース", status: "draft" };

const cell = (courseId: string, state: PlanCell["state"], completedOn: string | null = null) => ({
  courseId,
  assignmentId: `a-${courseId}`,
  state,
  completedOn,
});
const person = (cells: PlanCell[]): MatrixPerson => ({
  personId: "p1",
  personName: "山田 花子",
  departmentName: "総務部",
  left: false,
  cells,
});

describe("matrixCourses", () => {
  it("keeps open and archived courses in the plan's order and leaves out an empty draft", () => {
    expect(matrixCourses([basics, draft, auditors], [person([cell("c1", "opened")])])).toEqual([
      basics,
      auditors,
    ]);
  });

  it("keeps a draft someone on the page is assigned to", () => {
    expect(matrixCourses([basics, draft], [person([cell("c3", "not_opened")])])).toEqual([
      basics,
      draft,
    ]);
  });
});

describe("cellsInColumns", () => {
  it("puts each cell under its course and null where the course is not assigned", () => {
    const done = cell("c2", "completed", "2026-05-20");
    expect(cellsInColumns([basics, auditors, draft], [done])).toEqual([null, done, null]);
  });
});

describe("cellView", () => {
  it("shows nothing for a course not assigned", () => {
    expect(cellView(null)).toBeNull();
  });

  it("shows a completed cell in green with its completion day", () => {
    expect(cellView(cell("c1", "completed", "2026-06-03"))).toEqual({
      stateKey: "educationTracking.state.completed",
      color: "green",
      completedOn: "2026-06-03",
    });
  });

  it("shows an overdue cell in red without a day", () => {
    expect(cellView(cell("c1", "overdue"))).toEqual({
      stateKey: "educationTracking.state.overdue",
      color: "red",
      completedOn: null,
    });
  });

  it("shows no completion day on a withdrawn cell, even one completed before", () => {
    expect(cellView(cell("c1", "withdrawn", "2026-04-10"))).toEqual({
      stateKey: "educationTracking.state.withdrawn",
      color: "dark",
      completedOn: null,
    });
  });
});

describe("historyByYear", () => {
  const item = (fiscalYear: number, courseTitle: string): HistoryItem => ({
    assignmentId: `${fiscalYear}-${courseTitle}`,
    courseId: courseTitle,
    courseTitle,
    planId: `plan-${fiscalYear}`,
    fiscalYear,
    state: "completed",
    dueOn: null,
    attemptCount: 1,
    bestScore: 90,
    completedOn: null,
    completedVia: null,
  });

  it("groups by fiscal year, newest first, keeping the order within a year", () => {
    const a = item(2025, "A 基礎");
    const b = item(2026, "B 基礎");
    const c = item(2025, "C 監査");
    const d = item(2026, "D 苦情");
    expect(historyByYear([a, b, c, d])).toEqual([
      { fiscalYear: 2026, items: [b, d] },
      { fiscalYear: 2025, items: [a, c] },
    ]);
  });

  it("gives no blocks for a person never assigned", () => {
    expect(historyByYear([])).toEqual([]);
  });
});

describe("viaKey", () => {
  it("names the way a course was completed, e-learning when not recorded", () => {
    expect(viaKey("classroom")).toBe("educationTracking.via.classroom");
    expect(viaKey(null)).toBe("educationTracking.via.e_learning");
  });
});
