// The default work plan, with every expected day counted by hand on a calendar.
import { describe, expect, it } from "vitest";
import { daysBetween } from "../obligations/dates.ts";
import {
  addMonthsClamped,
  defaultPlan,
  weekday,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from "./default-plan.ts";

const periods = (p: ReturnType<typeof defaultPlan>) =>
  Object.fromEntries(p.steps.map((s) => [s.step, [s.plannedStart, s.plannedEnd]]));
const sessionsOf = (p: ReturnType<typeof defaultPlan>) =>
  p.tasks.filter((t) => t.owner === "consultant" && t.title.ja.startsWith("コンサルタント"));
const task = (p: ReturnType<typeof defaultPlan>, ja: string) =>
  p.tasks.find((t) => t.title.ja === ja);

describe("calendar helpers", () => {
  it("clamps to the month's end", () => {
    expect(addMonthsClamped("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonthsClamped("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonthsClamped("2027-10-31", 1)).toBe("2027-11-30");
    expect(addMonthsClamped("2027-04-30", 6)).toBe("2027-10-30");
    expect(addMonthsClamped("2026-12-07", 5)).toBe("2027-05-07");
  });

  it("moves weekend days to the Monday after or the Friday before", () => {
    expect(weekday("2026-12-06")).toBe(0); // a Sunday
    expect(workingDayOnOrAfter("2026-12-05")).toBe("2026-12-07"); // Saturday → Monday
    expect(workingDayOnOrAfter("2026-12-06")).toBe("2026-12-07"); // Sunday → Monday
    expect(workingDayOnOrAfter("2026-12-04")).toBe("2026-12-04"); // Friday stays
    expect(workingDayOnOrBefore("2026-12-05")).toBe("2026-12-04"); // Saturday → Friday
    expect(workingDayOnOrBefore("2026-12-06")).toBe("2026-12-04"); // Sunday → Friday
    expect(workingDayOnOrBefore("2026-12-07")).toBe("2026-12-07");
  });

  it("skips public holidays and the year-end closing 12/29–1/3", () => {
    expect(workingDayOnOrAfter("2027-01-11")).toBe("2027-01-12"); // 成人の日 → Tuesday
    expect(workingDayOnOrAfter("2026-05-02")).toBe("2026-05-07"); // weekend, then 5/4–5/6
    expect(workingDayOnOrBefore("2027-03-22")).toBe("2027-03-19"); // 振替休日, then a weekend
    expect(workingDayOnOrAfter("2026-12-28")).toBe("2026-12-28"); // the last day before closing
    expect(workingDayOnOrAfter("2026-12-29")).toBe("2027-01-04");
    expect(workingDayOnOrBefore("2027-01-03")).toBe("2026-12-28");
  });
});

describe("defaultPlan", () => {
  it("from Monday 2026-12-07, weekly sessions: three months' construction, one month's operation", () => {
    const p = defaultPlan({ startsOn: "2026-12-07", cadence: "weekly" });
    expect(periods(p)).toEqual({
      1: ["2026-12-07", "2026-12-20"],
      2: ["2026-12-07", "2026-12-13"],
      3: ["2026-12-07", "2026-12-20"],
      4: ["2026-12-21", "2027-01-03"],
      5: ["2026-12-14", "2027-01-10"],
      6: ["2026-12-28", "2027-01-17"],
      7: ["2027-01-04", "2027-01-31"],
      8: ["2027-01-18", "2027-01-31"],
      9: ["2027-01-11", "2027-02-14"],
      10: ["2027-02-15", "2027-02-28"],
      // Operation from three months after the start (a Sunday) until the audit a month later.
      11: ["2027-03-07", "2027-04-06"],
      // Three weeks of audit, then the management review until the day before the application.
      12: ["2027-04-07", "2027-04-27"],
      13: ["2027-04-28", "2027-05-06"],
    });
    expect(p.applicationOn).toBe("2027-05-07"); // a Friday
    expect(p.grantOn).toBe("2027-11-07");
    // Twelve Mondays, each under the step begun most recently; 成人の日 (Monday 1/11) moves its
    // session to the Tuesday. 12/28 is before the year-end closing, 1/4 after it.
    expect(sessionsOf(p).map((s) => [s.dueOn, s.step])).toEqual([
      ["2026-12-07", 1],
      ["2026-12-14", 5],
      ["2026-12-21", 4],
      ["2026-12-28", 6],
      ["2027-01-04", 7],
      ["2027-01-12", 9],
      ["2027-01-18", 8],
      ["2027-01-25", 8],
      ["2027-02-01", 8],
      ["2027-02-08", 8],
      ["2027-02-15", 10],
      ["2027-02-22", 10],
    ]);
    expect(sessionsOf(p)[2]?.title).toEqual({
      ja: "コンサルタントとの定例（第3回）",
      en: "Session with the consultant (no. 3)",
    });
    // Operation starts on a Sunday: staff are told on the Monday.
    expect(task(p, "運用の開始を全従業者に知らせる")).toMatchObject({
      step: 11,
      dueOn: "2027-03-08",
    });
    expect(task(p, "内部監査を行い、結果を代表者に報告する")?.dueOn).toBe("2027-04-27");
    expect(task(p, "マネジメントレビューを行う")?.dueOn).toBe("2027-05-06");
    expect(task(p, "模擬審査を受け、申請書類をそろえる")).toMatchObject({
      owner: "consultant",
      dueOn: "2027-04-23",
    });
    expect(task(p, "審査機関に申請する")).toMatchObject({ step: 13, dueOn: "2027-05-07" });
    expect(p.tasks).toHaveLength(17);
  });

  it("from a month's last day, fortnightly: months clamp to February's end and count from the start", () => {
    const p = defaultPlan({ startsOn: "2026-11-30", cadence: "fortnightly" });
    expect(periods(p)).toMatchObject({
      10: ["2027-02-08", "2027-02-21"],
      // 2026-11-30 + 3 months → 2027-02-28 (a Sunday); + 4 months → 2027-03-30, not 03-28.
      11: ["2027-02-28", "2027-03-29"],
      12: ["2027-03-30", "2027-04-19"],
      13: ["2027-04-20", "2027-04-29"],
    });
    expect(p.applicationOn).toBe("2027-04-30");
    expect(p.grantOn).toBe("2027-10-30");
    expect(sessionsOf(p).map((s) => [s.dueOn, s.step])).toEqual([
      ["2026-11-30", 1],
      ["2026-12-14", 4],
      ["2026-12-28", 7],
      ["2027-01-12", 8], // 1/11 is 成人の日
      ["2027-01-25", 8],
      ["2027-02-08", 10],
    ]);
    expect(task(p, "運用の開始を全従業者に知らせる")?.dueOn).toBe("2027-03-01");
    expect(task(p, "内部監査を行い、結果を代表者に報告する")?.dueOn).toBe("2027-04-19");
    expect(task(p, "模擬審査を受け、申請書類をそろえる")?.dueOn).toBe("2027-04-16");
    // Step 13 ends on Thursday 4/29, 昭和の日: the review is due the Wednesday before.
    expect(task(p, "マネジメントレビューを行う")?.dueOn).toBe("2027-04-28");
  });

  it("keeps sessions and the application off weekends", () => {
    // Start on a Saturday: every session is on the Monday after, but Saturday 1/9's: Monday
    // 1/11 is 成人の日, so that one is on Tuesday 1/12.
    const sat = defaultPlan({ startsOn: "2026-12-05", cadence: "weekly" });
    const days = sessionsOf(sat).map((s) => s.dueOn);
    expect(days[0]).toBe("2026-12-07");
    expect(days.at(-1)).toBe("2027-02-22");
    expect(days).toHaveLength(12);
    expect(days[5]).toBe("2027-01-12");
    for (const d of days) expect(weekday(d), d).toBe(d === "2027-01-12" ? 2 : 1);
    // 2026-12-08 + 5 months = Saturday 2027-05-08: the application moves to Monday 05-10.
    const tue = defaultPlan({ startsOn: "2026-12-08", cadence: "none" });
    expect(tue.applicationOn).toBe("2027-05-10");
    expect(tue.grantOn).toBe("2027-11-10");
    expect(sessionsOf(tue)).toEqual([]);
    // The management review's deadline falls on Friday 05-07, the last weekday before.
    expect(task(tue, "マネジメントレビューを行う")?.dueOn).toBe("2027-05-07");
  });

  it("starts sessions after the year-end closing and keeps two from sharing a day", () => {
    // From Monday 12/28: the first session on the last day before the closing, the second on
    // Monday 1/4 after it, the third moved off 成人の日.
    const p = defaultPlan({ startsOn: "2026-12-28", cadence: "weekly" });
    expect(sessionsOf(p).map((s) => s.dueOn)).toEqual([
      "2026-12-28",
      "2027-01-04",
      "2027-01-12",
      "2027-01-18",
      "2027-01-25",
      "2027-02-01",
      "2027-02-08",
      "2027-02-15",
      "2027-02-22",
      "2027-03-01",
      "2027-03-08",
      "2027-03-15",
    ]);
    // Weekly from Saturday 2025-12-06: Saturday 12/27's session waits out the closing and the
    // weekend until Monday 2026-01-05, where Saturday 1/3's would fall too; that one takes
    // Tuesday 1/6. Saturday 1/10's Monday is 成人の日 (1/12): Tuesday 1/13.
    const sat = defaultPlan({ startsOn: "2025-12-06", cadence: "weekly" });
    expect(
      sessionsOf(sat)
        .map((s) => s.dueOn)
        .slice(0, 7),
    ).toEqual([
      "2025-12-08",
      "2025-12-15",
      "2025-12-22",
      "2026-01-05",
      "2026-01-06",
      "2026-01-13",
      "2026-01-19",
    ]);
  });

  it("moves deadlines before 1/1 and the closing, and the application after them", () => {
    // 2026-08-02 + 3 months: operation from Monday 11/02; the audit from 12/02, the review from
    // 12/23 (21 days on) to 2027-01-01, the day before the cycle ends on 1/2.
    const p = defaultPlan({ startsOn: "2026-08-02", cadence: "none" });
    expect(periods(p)).toMatchObject({
      11: ["2026-11-02", "2026-12-01"],
      12: ["2026-12-02", "2026-12-22"],
      13: ["2026-12-23", "2027-01-01"],
    });
    expect(task(p, "運用の開始を全従業者に知らせる")?.dueOn).toBe("2026-11-02");
    expect(task(p, "内部監査を行い、結果を代表者に報告する")?.dueOn).toBe("2026-12-22");
    // 1/1 元日, 12/31–12/29 the closing: the review is due Monday 12/28.
    expect(task(p, "マネジメントレビューを行う")?.dueOn).toBe("2026-12-28");
    // 14 days before 1/2 is Saturday 12/19: Friday 12/18.
    expect(task(p, "模擬審査を受け、申請書類をそろえる")?.dueOn).toBe("2026-12-18");
    // Saturday 1/2 in the closing, Sunday 1/3: the application goes in on Monday 1/4.
    expect(p.applicationOn).toBe("2027-01-04");
    expect(task(p, "審査機関に申請する")?.dueOn).toBe("2027-01-04");
    expect(p.grantOn).toBe("2027-07-04"); // an estimate six months on, any day of the week
  });

  it("stretches construction over more months and waits longer before the audit", () => {
    const p = defaultPlan({
      startsOn: "2026-01-06",
      cadence: "fortnightly",
      constructionMonths: 6,
      operationMonths: 2,
    });
    // Six months: a template week lasts 14 days; education ends on day 24 × 7 − 1 = 167.
    const ten = p.steps.find((s) => s.step === 10);
    expect(daysBetween("2026-01-06", ten?.plannedStart ?? "")).toBe(140);
    expect(daysBetween("2026-01-06", ten?.plannedEnd ?? "")).toBe(167);
    expect(periods(p)[11]).toEqual(["2026-07-06", "2026-09-05"]);
    expect(periods(p)[12]).toEqual(["2026-09-06", "2026-09-26"]);
    expect(p.applicationOn).toBe("2026-10-06");
    expect(sessionsOf(p)).toHaveLength(12); // every 14 days over 168 days
  });

  it("refuses construction or operation months out of range", () => {
    expect(() =>
      defaultPlan({ startsOn: "2026-12-07", cadence: "weekly", constructionMonths: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      defaultPlan({ startsOn: "2026-12-07", cadence: "weekly", operationMonths: 7 }),
    ).toThrow(RangeError);
  });
});
