// The calendar feed's events for the PDCA duties and the plan's tasks, and the .ics text they
// make, written out by hand: dates, the 75-octet folding of Japanese text, escaping.
import { describe, expect, it } from "vitest";
import { fromRows } from "./basis.ts";
import { getObligation, type ObligationDef } from "./catalogue.ts";
import { dutyFeedEvent, taskFeedEvent } from "./feed-events.ts";
import { writeIcs } from "./ics.ts";
import { type LastDone, obligationState } from "./status.ts";

const TODAY = "2026-12-06";
const def = (key: string): ObligationDef => {
  const d = getObligation(key);
  if (!d) throw new Error(key);
  return d;
};
const state = (key: string, found: LastDone) => obligationState(def(key), found, TODAY);

describe("dutyFeedEvent", () => {
  it("puts a duty never done on today, marked 未実施, Japanese first", () => {
    expect(dutyFeedEvent(state("internal_audit", { lastDone: null }), TODAY)).toEqual({
      date: "2026-12-06",
      summary: "【未実施】内部監査",
      description:
        "実施の記録はまだありません\n" +
        "実施して記録するまで、毎日その日の予定として表示されます。\n" +
        "\n" +
        "Not done yet: Internal audit. No record of it yet.\n" +
        "Shown on each day until it is done and recorded.",
    });
  });

  it("moves with the day: tomorrow the same event is on tomorrow", () => {
    const s = obligationState(def("management_review"), { lastDone: null }, "2026-12-07");
    expect(dutyFeedEvent(s, "2026-12-07").date).toBe("2026-12-07");
  });

  it("puts an overdue duty on today, marked 期限切れ, with its due day and the days late", () => {
    // Done 2025-08-06 → due 2026-08-06, 122 days before 2026-12-06.
    const e = dutyFeedEvent(state("education", { lastDone: "2025-08-06" }), TODAY);
    expect(e).toEqual({
      date: "2026-12-06",
      summary: "【期限切れ】全従業者への教育",
      description:
        "期限: 2026年8月6日（12か月ごと）、122日超過\n" +
        "最後に実施: 2025年8月6日\n" +
        "実施して記録するまで、毎日その日の予定として表示されます。\n" +
        "\n" +
        "Overdue by 122 days: Train all staff. Due: 2026-08-06 (every 12 months).\n" +
        "Last done: 2025-08-06.\n" +
        "Shown on each day until it is done and recorded.",
    });
  });

  it("keeps a duty in time on its due day, and says what a derived one counts from", () => {
    const rows = {
      total: 26,
      undated: 0,
      overdue: 0,
      dueSoon: 3,
      oldest: "2026-01-20",
      latest: "2026-11-02",
      firstPlanned: null,
    };
    const e = dutyFeedEvent(state("register_review", fromRows(rows)), TODAY);
    expect(e).toEqual({
      date: "2027-01-20",
      summary: "【期限】個人情報管理台帳の見直し",
      description:
        "期限: 2027年1月20日（12か月ごと）\n" +
        "最も古い行の見直し: 2026年1月20日（全26件、最新の見直し: 2026年11月2日）\n" +
        "\n" +
        "Review the personal information register. Due: 2027-01-20 (every 12 months).\n" +
        "Oldest review among 26 rows: 2026-01-20; latest review: 2026-11-02.",
    });
  });

  it("names a row's planned review when it sets the due day; undated rows mean never", () => {
    const planned = {
      total: 4,
      undated: 0,
      overdue: 1,
      dueSoon: 0,
      oldest: "2026-03-01",
      latest: "2026-03-01",
      firstPlanned: "2026-11-30",
    };
    const e = dutyFeedEvent(state("risk_review", fromRows(planned)), TODAY);
    expect(e.summary).toBe("【期限切れ】リスク分析の見直し");
    expect(e.description.split("\n").slice(0, 2)).toEqual([
      "期限: 2026年11月30日（行の見直し予定日）、6日超過",
      "最も古い行の見直し: 2026年3月1日（全4件）",
    ]);
    const undated = { ...planned, undated: 2, firstPlanned: null };
    const never = dutyFeedEvent(state("risk_review", fromRows(undated)), TODAY);
    expect(never.summary).toBe("【未実施】リスク分析の見直し");
    expect(never.description.split("\n")[0]).toBe("日付のない行が2件あります（全4件）");
  });
});

describe("taskFeedEvent", () => {
  const step = { ja: "全従業者を教育する", en: "Educate all staff" };
  it("keeps an open task on its due day, today included", () => {
    expect(taskFeedEvent({ title: "教材を配る", dueOn: TODAY, step: 10 }, step, TODAY)).toEqual({
      date: "2026-12-06",
      summary: "【作業】教材を配る",
      description:
        "期限: 2026年12月6日\nステップ10 全従業者を教育する\n\nTask of the work plan, Step 10.",
    });
  });
  it("moves a late task to today, with the days late", () => {
    const e = taskFeedEvent({ title: "教材を配る", dueOn: "2026-11-30", step: 10 }, step, TODAY);
    expect(e.date).toBe("2026-12-06");
    expect(e.summary).toBe("【作業・期限切れ】教材を配る");
    expect(e.description.split("\n")[0]).toBe("期限: 2026年11月30日、6日超過");
  });
});

describe("the .ics text of a duty moved to today", () => {
  it("is folded at 75 octets between characters and escaped, as written here by hand", () => {
    const e = dutyFeedEvent(state("internal_audit", { lastDone: null }), TODAY);
    const text = writeIcs({
      name: "株式会社テスト, 本社; PMS予定",
      now: new Date("2026-12-06T00:30:00Z"),
      events: [{ uid: "obligation-internal_audit.o1@mamori", ...e, categories: ["PDCA"] }],
    });
    // "DESCRIPTION:" is 12 octets, each Japanese character 3 and the escaped line break 2: the
    // first line ends after 「実施して記録す」 (74 octets; one more character would make 77). A
    // continuation line starts with a space, which counts: 1 + 22 characters + 4 + "Not " = 75.
    expect(text.split("\r\n")).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//mamori//PMS calendar//JA",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "NAME:株式会社テスト\\, 本社\\; PMS予定",
      "X-WR-CALNAME:株式会社テスト\\, 本社\\; PMS予定",
      "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
      "X-PUBLISHED-TTL:PT12H",
      "BEGIN:VEVENT",
      "UID:obligation-internal_audit.o1@mamori",
      "DTSTAMP:20261206T003000Z",
      "DTSTART;VALUE=DATE:20261206",
      "DTEND;VALUE=DATE:20261207",
      "SUMMARY:【未実施】内部監査",
      "DESCRIPTION:実施の記録はまだありません\\n実施して記録す",
      " るまで、毎日その日の予定として表示されます。\\n\\nNot ",
      " done yet: Internal audit. No record of it yet.\\nShown on each day until it",
      "  is done and recorded.",
      "CATEGORIES:PDCA",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
    for (const line of text.split("\r\n")) {
      expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    }
  });
});
