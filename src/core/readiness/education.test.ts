// The education rules read completions (教育), not ticks or activity records: the 12-month
// edge, the planned application day, month ends and the leap day, and who is still without.
// Every expected reason and date is worked out by hand.
import { describe, expect, it } from "vitest";
import type { ActivityFact } from "../activities/counting.ts";
import { nextDue } from "../obligations/dates.ts";
import { emptySnapshot } from "./fixtures.ts";
import { EDUCATION_RULES, getRule } from "./rules/index.ts";
import type { ReadinessSnapshot, SnapshotEducationPerson } from "./snapshot.ts";

const TODAY = "2026-12-06";
let n = 0;
const person = (
  name: string,
  lastCompletedOn: string | null,
  leftOn: string | null = null,
): SnapshotEducationPerson => ({ personId: `p${++n}`, name, leftOn, lastCompletedOn });
const run = (
  id: string,
  educationPeople: SnapshotEducationPerson[],
  s: Partial<ReadinessSnapshot> = {},
  today = TODAY,
) => getRule(id).evaluate({ ...emptySnapshot(), ...s, educationPeople }, today);

describe("education rules", () => {
  it("keep the id of the former record rule, point at the education page", () => {
    expect(EDUCATION_RULES.map((r) => [r.id, r.step, r.severity, r.refs, r.fixPath])).toEqual([
      ["manual.education", 10, "blocker", ["J.4.2", "J.4.3"], "education"],
      ["education.all_staff", 10, "finding", ["J.4.2"], "education"],
    ]);
    for (const r of EDUCATION_RULES) expect(r.manual).toBe(false);
  });
});

describe("manual.education: at least one completion within 12 months", () => {
  it("is a gap pointing at the education page when nothing is recorded", () => {
    expect(run("manual.education", [person("佐藤 花子", null)])).toEqual({
      status: "gap",
      reason: {
        ja: "教育の修了記録がありません。教育画面でコースを割り当て、受講または出席を記録してください。",
        en: "No one has completed the education yet. Assign a course on the education page and record who took or attended it.",
      },
    });
    // Not loaded at all reads the same.
    expect(getRule("manual.education").evaluate(emptySnapshot(), TODAY).status).toBe("gap");
  });

  it("says an activity record of education exists but does not count without completions", () => {
    const record: ActivityFact = {
      id: "act-1",
      kind: "education",
      performedOn: "2026-10-01",
      performedByName: "講師",
      approverName: null,
      approved: false,
    };
    expect(run("manual.education", [], { activities: [record] })).toEqual({
      status: "gap",
      reason: {
        ja: "「従業者教育」の実施記録（2026年10月1日）はありますが、教育の機能に修了の記録がありません。教育画面で受講・出席を記録してください。",
        en: "There is an activity record of staff education (2026-10-01), but the education capability has no completion. Record who took or attended the course on the education page.",
      },
      details: [{ id: "act-1", name: "従業者教育 2026年10月1日", path: "activities?record=act-1" }],
    });
  });

  it("counts a completion exactly 12 months before today, not a day earlier", () => {
    // 12 months before 2026-12-06 is 2025-12-06; valid until 2026-12-06 (nextDue).
    const edge = run("manual.education", [
      person("佐藤 花子", "2025-12-06"),
      person("鈴木 一郎", "2025-12-05"),
      person("高橋 次郎", null),
    ]);
    expect(edge).toEqual({
      status: "ok",
      reason: {
        ja: "2025年12月6日以降に1名が教育を修了しています（最新の修了日 2025年12月6日）。2026年12月6日まで有効です。",
        en: "1 person completed the education on or after 2025-12-06 (latest completion 2025-12-06). Valid until 2026-12-06.",
      },
    });
    expect(run("manual.education", [person("鈴木 一郎", "2025-12-05")])).toEqual({
      status: "gap",
      reason: {
        ja: "最後の教育の修了は2025年12月5日で、12か月を過ぎています。2025年12月6日以降の修了が必要です。",
        en: "The last completion of the education is of 2025-12-05, more than 12 months ago. A completion on or after 2025-12-06 is needed.",
      },
    });
  });

  it("names the latest day and counts people who left since: they were educated", () => {
    const r = run("manual.education", [
      person("佐藤 花子", "2026-05-31"),
      person("鈴木 一郎", "2026-11-02", "2026-11-30"),
      person("高橋 次郎", "2026-04-10"),
    ]);
    expect(r.reason.ja).toBe(
      "2025年12月6日以降に3名が教育を修了しています（最新の修了日 2026年11月2日）。2027年11月2日まで有効です。",
    );
  });

  it("judges on the planned application day while it is ahead, and says so", () => {
    const planned = { plannedApplicationOn: "2027-03-01" };
    // 12 months before 2027-03-01 is 2026-03-01.
    expect(run("manual.education", [person("佐藤 花子", "2026-03-01")], planned)).toEqual({
      status: "ok",
      reason: {
        ja: "2026年3月1日以降に1名が教育を修了しています（最新の修了日 2026年3月1日）。申請予定日2027年3月1日の前12か月以内で、2027年3月1日まで有効です。",
        en: "1 person completed the education on or after 2026-03-01 (latest completion 2026-03-01). Within the 12 months before the planned application on 2027-03-01; valid until 2027-03-01.",
      },
    });
    // In time today (after 2025-12-06) but not on the planned day.
    expect(run("manual.education", [person("佐藤 花子", "2026-02-28")], planned).reason).toEqual({
      ja: "最後の教育の修了は2026年2月28日で、申請予定日2027年3月1日には12か月を過ぎています。2026年3月1日以降の修了が必要です。",
      en: "The last completion of the education is of 2026-02-28, more than 12 months before the planned application on 2027-03-01. A completion on or after 2026-03-01 is needed.",
    });
  });

  it("agrees with the PDCA calendar's due day at month ends and around the leap day", () => {
    // [completion, its next due day (by hand), the day after]
    const cases: [string, string, string][] = [
      ["2028-02-29", "2029-02-28", "2029-03-01"], // leap day: due on 28 February
      ["2027-02-28", "2028-02-29", "2028-03-01"], // a month's last day: due on the last day
      ["2026-04-30", "2027-04-30", "2027-05-01"],
      ["2026-01-31", "2027-01-31", "2027-02-01"],
    ];
    for (const [done, due, after] of cases) {
      expect(nextDue(done, 12)).toBe(due);
      const people = [person("佐藤 花子", done)];
      expect(run("manual.education", people, {}, due).status, `${done} on ${due}`).toBe("ok");
      expect(run("manual.education", people, {}, after).status, `${done} on ${after}`).toBe("gap");
    }
  });
});

describe("education.all_staff: every current worker completed within 12 months", () => {
  it("names up to five without, then counts the rest", () => {
    const people = [
      person("青木 一", "2026-01-10"),
      person("井上 二", null),
      person("上田 三", "2025-12-05"), // one day too early
      person("江藤 四", null),
      person("小野 五", null),
      person("加藤 六", null),
      person("木村 七", null),
      person("工藤 八", null, "2026-12-06"), // left today: no longer counts
      person("小林 九", "2025-12-06"), // exactly 12 months: counts
    ];
    expect(run("education.all_staff", people)).toEqual({
      status: "gap",
      reason: {
        ja: "2026年12月6日に在籍する従業者8名のうち6名が、2025年12月6日以降に教育を修了していません（井上 二、上田 三、江藤 四、小野 五、加藤 六 他1名）。",
        en: "6 of the 8 people in office on 2026-12-06 have not completed the education on or after 2025-12-06 (井上 二, 上田 三, 江藤 四, 小野 五, 加藤 六 and 1 more).",
      },
    });
  });

  it("is ok when everyone in office completed, whoever left", () => {
    const people = [
      person("青木 一", "2026-01-10"),
      person("井上 二", "2026-11-30"),
      person("上田 三", null, "2026-06-30"),
    ];
    expect(run("education.all_staff", people)).toEqual({
      status: "ok",
      reason: {
        ja: "2026年12月6日に在籍する従業者2名全員が、2025年12月6日以降に教育を修了しています。",
        en: "All 2 people in office on 2026-12-06 completed the education on or after 2025-12-06.",
      },
    });
  });

  it("is a gap with the count when nobody completed at all (the blocker says it too)", () => {
    const people = [person("青木 一", null), person("井上 二", null)];
    expect(run("education.all_staff", people).reason.ja).toBe(
      "2026年12月6日に在籍する従業者2名のうち2名が、2025年12月6日以降に教育を修了していません（青木 一、井上 二）。",
    );
    expect(run("manual.education", people).status).toBe("gap");
  });

  it("counts the people in office on the planned application day", () => {
    const planned = { plannedApplicationOn: "2027-03-01" };
    const people = [
      person("青木 一", "2026-03-01"),
      person("井上 二", "2026-02-28"), // in time today, too early for the planned day
      person("上田 三", null, "2027-02-01"), // leaves before the planned day
    ];
    expect(run("education.all_staff", people, planned).reason.ja).toBe(
      "2027年3月1日に在籍する従業者2名のうち1名が、2026年3月1日以降に教育を修了していません（井上 二）。",
    );
  });

  it("does not apply while nobody is in office", () => {
    expect(run("education.all_staff", [person("上田 三", "2026-01-01", "2026-06-30")])).toEqual({
      status: "na",
      reason: {
        ja: "2026年12月6日に在籍する従業者が従業者名簿にいません。",
        en: "No one in the people register is in office on 2026-12-06.",
      },
    });
  });
});
