// The demo company's education rows, built for fixed days (no database): who is assigned,
// who completed how and when, the attempts, and the plan's fiscal year. Counts by hand from
// demo-data.ts (42 people, 2 left before 2025-04) and the seed's lists (14 in class, 3 without).
import { describe, expect, it } from "vitest";
import { buildDemoEducation, DEMO_CLASSROOM, DEMO_NOT_COMPLETED } from "./demo-education-seed.ts";
import { buildDemoRows } from "./demo-seed.ts";

const ctx = { orgId: "org-1", userId: "u1", userName: "見本 閲覧", role: "owner" as const };
const { people } = buildDemoRows("org-1");
const keyOf = new Map(people.map((p) => [p.id, (p.email ?? "").split("@")[0]]));
const build = (today: string) => buildDemoEducation(ctx, people, "株式会社サンプル", today);

describe("the demo company's education", () => {
  const rows = build("2026-12-06");
  const completed = rows.assignments.filter((a) => a.completedOn);

  it("plans the fiscal year of the session, approved with its activity record", () => {
    // Session 5 months before 2026-12-06: 2026-07-06, in 年度 2026 (April–March).
    expect(rows.plan).toMatchObject({
      fiscalYear: 2026,
      periodStart: "2026-04-01",
      periodEnd: "2027-03-31",
      status: "approved",
      approverName: "佐藤 健一",
      approvalActivityId: rows.activity.id,
    });
    // 6 months and 7 days before: 2026-05-30.
    expect(rows.activity).toMatchObject({ kind: "education_plan", performedOn: "2026-05-30" });
    expect(rows.session).toMatchObject({ kind: "classroom", heldOn: "2026-07-06" });
  });

  it("writes the starter course from the company's facts", () => {
    expect(rows.course).toMatchObject({
      title: "個人情報保護の基本",
      audience: "all_staff",
      starterKey: "pms_basics",
      passMark: 80,
      status: "open",
    });
    // The starter quiz has 12 questions.
    expect(rows.course.questions).toHaveLength(12);
    expect(JSON.stringify(rows.course.sections)).toContain("株式会社サンプル");
    // Every fact is filled but the rules in force: the demo has no documents yet, and the
    // mark shows the author what to add once they are in force.
    expect(JSON.stringify(rows.course.sections).match(/【[^】]*未設定】/g)).toEqual([
      "【施行中の社内規程：未設定】",
    ]);
  });

  it("assigns the 40 in office and completes 37: 14 in class, 23 by e-learning", () => {
    expect(rows.assignments).toHaveLength(40);
    expect(completed).toHaveLength(37);
    const via = (v: string) => completed.filter((a) => a.completedVia === v);
    expect(via("classroom")).toHaveLength(14);
    expect(via("e_learning")).toHaveLength(23);
    for (const a of via("classroom")) {
      expect(a.completedSessionId).toBe(rows.session.id);
      expect(a.completedOn).toBe("2026-07-06");
    }
    const without = rows.assignments
      .filter((a) => !a.completedOn)
      .map((a) => keyOf.get(a.personId));
    expect(without.sort()).toEqual([...DEMO_NOT_COMPLETED].sort());
    expect(DEMO_CLASSROOM).toHaveLength(14);
  });

  it("dates every completion from the e-learning start to the session, the session latest", () => {
    // E-learning from 6 months before (2026-06-06) to the session (2026-07-06).
    const days = completed.map((a) => a.completedOn as string).sort();
    expect(days[0]).toBe("2026-06-06");
    expect(days.at(-1)).toBe("2026-07-06");
  });

  it("keeps every attempt: one failed then passed, one failed only", () => {
    // 23 passing learners, one of whom failed first, and the one who only failed: 25.
    expect(rows.attempts).toHaveLength(25);
    const of = (key: string) =>
      rows.attempts
        .filter((a) => keyOf.get(a.personId) === key)
        .map((a) => [a.attemptNo, a.score, a.passed]);
    // 8 of 12 → floor(66.7) = 66, below 80; then all 12 (or 11: 91) right.
    expect(of("k.hayashi")[0]).toEqual([1, 66, false]);
    expect(of("k.hayashi")[1]).toEqual([2, expect.any(Number), true]);
    // 7 of 12 → 58.
    expect(of("s.ogawa")).toEqual([[1, 58, false]]);
    for (const a of rows.attempts.filter((x) => x.passed)) expect([91, 100]).toContain(a.score);
  });

  it("takes the attendance: 14 present, the one absent is one of the three", () => {
    const status = rows.attendance.map((a) => [keyOf.get(a.personId), a.status]);
    expect(status.filter(([, s]) => s === "present")).toHaveLength(14);
    expect(status.filter(([, s]) => s === "absent")).toEqual([["a.ota", "absent"]]);
  });

  it("stays inside the plan's year when the session falls in April", () => {
    // Session 2026-04-15 (FY 2026); six months before is 2026-03-15, in FY 2025: the
    // e-learning starts on the year's first day, 2026-04-01.
    const april = build("2026-09-15");
    expect(april.plan.fiscalYear).toBe(2026);
    const days = april.assignments.flatMap((a) => (a.completedOn ? [a.completedOn] : [])).sort();
    expect(days[0]).toBe("2026-04-01");
    expect(days.at(-1)).toBe("2026-04-15");
  });
});
