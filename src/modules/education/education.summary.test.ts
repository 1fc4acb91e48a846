// The counting rules of the 教育実施サマリー over a small fixture, every number written by hand:
// a leaver who completed before leaving counts, one who left without completing does not, a
// joiner counts from the day they joined, a manual withdrawal never counts, and the day all
// staff in office had completed a yearly course.
import { describe, expect, it } from "vitest";
import { isTarget, type SummaryInput, summarizeEducation } from "./education.summary.ts";

const period = { start: "2024-04-01", end: "2025-03-31" };
const TODAY = "2025-05-01";
const withdrawn = new Date("2024-10-01T00:00:00Z");

type A = SummaryInput["assignments"][number];
const a = (courseId: string, personId: string, extra: Partial<A> = {}): A => ({
  courseId,
  personId,
  completedOn: null,
  withdrawnAt: null,
  withdrawnReason: null,
  joinedOn: "2020-04-01",
  leftOn: null,
  ...extra,
});

describe("who is a target (対象者)", () => {
  it("counts someone in office during the period, completed or still expected to", () => {
    expect(isTarget(a("c", "p"), period, TODAY)).toBe(true);
    expect(isTarget(a("c", "p", { completedOn: "2024-05-01" }), period, TODAY)).toBe(true);
  });
  it("counts a leaver only when they completed", () => {
    const left = { leftOn: "2024-10-01", withdrawnAt: withdrawn, withdrawnReason: "left" };
    expect(isTarget(a("c", "p", left), period, TODAY)).toBe(false);
    expect(isTarget(a("c", "p", { ...left, completedOn: "2024-06-01" }), period, TODAY)).toBe(true);
    // Left without completing and never withdrawn: no longer expected either.
    expect(isTarget(a("c", "p", { leftOn: "2024-10-01" }), period, TODAY)).toBe(false);
  });
  it("leaves out people in office on no day of the period, and manual withdrawals", () => {
    expect(isTarget(a("c", "p", { joinedOn: "2025-04-01" }), period, TODAY)).toBe(false);
    expect(isTarget(a("c", "p", { joinedOn: "2025-03-31" }), period, TODAY)).toBe(true);
    // The leaving day is the first day out of office.
    expect(
      isTarget(a("c", "p", { leftOn: "2024-04-01", completedOn: "2024-03-20" }), period, TODAY),
    ).toBe(false);
    const manual = { withdrawnAt: withdrawn, withdrawnReason: "manual", completedOn: "2024-06-01" };
    expect(isTarget(a("c", "p", manual), period, TODAY)).toBe(false);
  });
});

describe("summarizeEducation", () => {
  // 5 people: A, B, C in office all year; D left on 2024-10-01; E joined on 2025-01-10.
  // Course 1 (all staff, yearly): A e-learning 2024-05-10, B classroom 2024-06-01, C not
  // yet, D left without completing (withdrawn), E e-learning 2025-02-01.
  // Course 2 (complaints desk, a role course): C 2024-08-01, D 2024-07-01 before leaving.
  const left = { leftOn: "2024-10-01", withdrawnAt: withdrawn, withdrawnReason: "left" };
  const input: SummaryInput = {
    periodStart: period.start,
    periodEnd: period.end,
    courses: [
      {
        id: "c1",
        title: "個人情報保護の基礎",
        audience: "all_staff",
        delivery: "e_learning",
        scheduledFrom: "2024-05-01",
        scheduledTo: "2024-06-30",
      },
      {
        id: "c2",
        title: "苦情・相談窓口の対応",
        audience: "complaints_desk",
        delivery: "classroom",
        scheduledFrom: null,
        scheduledTo: null,
      },
    ],
    assignments: [
      a("c1", "A", { completedOn: "2024-05-10" }),
      a("c1", "B", { completedOn: "2024-06-01" }),
      a("c1", "C"),
      a("c1", "D", left),
      a("c1", "E", { joinedOn: "2025-01-10", completedOn: "2025-02-01" }),
      a("c2", "C", { completedOn: "2024-08-01" }),
      a("c2", "D", { ...left, completedOn: "2024-07-01" }),
    ],
    staff: [
      { id: "A", joinedOn: "2020-04-01", leftOn: null },
      { id: "B", joinedOn: null, leftOn: null },
      { id: "C", joinedOn: "2020-04-01", leftOn: null },
      { id: "D", joinedOn: "2020-04-01", leftOn: "2024-10-01" },
      { id: "E", joinedOn: "2025-01-10", leftOn: null },
    ],
  };

  it("counts targets and completions per course", () => {
    const s = summarizeEducation(input, TODAY);
    expect(s.courses.map((c) => [c.title, c.targets, c.completed, c.rate])).toEqual([
      ["個人情報保護の基礎", 4, 3, 75],
      ["苦情・相談窓口の対応", 2, 2, 100],
    ]);
    expect(s.courses[0]).toMatchObject({
      audienceLabel: "全従業者",
      deliveryLabel: "eラーニング",
      countsAsYearly: true,
      firstCompletedOn: "2024-05-10",
      lastCompletedOn: "2025-02-01",
      allCompletedOn: null,
    });
    expect(s.courses[1]).toMatchObject({
      audienceLabel: "苦情・相談窓口担当",
      countsAsYearly: false,
      firstCompletedOn: "2024-07-01",
      allCompletedOn: "2024-08-01",
    });
  });

  it("totals distinct people and the day everyone in office had a yearly course", () => {
    expect(summarizeEducation(input, TODAY).totals).toEqual({
      peopleTargeted: 5,
      peopleCompleted: 5,
      // C has not completed course 1.
      peopleCompletedAll: 4,
      // D has left.
      staffInOffice: 4,
      // C's only completion is a role course.
      staffInOfficeCompleted: 3,
      allStaffCompletedOn: null,
    });
    // C attends a session on 2025-03-01: everyone is done.
    const done = {
      ...input,
      assignments: input.assignments.map((x) =>
        x.courseId === "c1" && x.personId === "C" ? { ...x, completedOn: "2025-03-01" } : x,
      ),
    };
    const s = summarizeEducation(done, TODAY);
    expect(s.courses[0]).toMatchObject({ completed: 4, rate: 100, allCompletedOn: "2025-03-01" });
    expect(s.totals).toMatchObject({
      peopleCompletedAll: 5,
      staffInOfficeCompleted: 4,
      allStaffCompletedOn: "2025-03-01",
    });
  });

  it("rounds the rate down and shows none without targets", () => {
    const three = {
      ...input,
      courses: [input.courses[0] as SummaryInput["courses"][number]],
      assignments: [
        a("c1", "A", { completedOn: "2024-05-10" }),
        a("c1", "B", { completedOn: "2024-05-11" }),
        a("c1", "C"),
      ],
    };
    // 2 of 3 = 66.66… %: 66.6, never 66.7.
    expect(summarizeEducation(three, TODAY).courses[0]?.rate).toBe(66.6);
    const none = { ...three, assignments: [] };
    expect(summarizeEducation(none, TODAY).courses[0]).toMatchObject({ targets: 0, rate: null });
  });
});
