// The construction steps proved by activity records (the former ticks): which kind each rule
// reads, and the reasons word for word, worked out by hand.
import { describe, expect, it } from "vitest";
import type { ActivityFact } from "../activities/counting.ts";
import { emptySnapshot, snapshotItem } from "./fixtures.ts";
import { ACTIVITY_RULE_KINDS } from "./rules/activities.ts";
import { ACTIVITY_RULES, getRule } from "./rules/index.ts";
import type { ReadinessSnapshot } from "./snapshot.ts";

const TODAY = "2026-12-06";
const fact = (
  over: Partial<ActivityFact> & Pick<ActivityFact, "kind" | "performedOn">,
): ActivityFact => ({
  id: `${over.kind}-${over.performedOn}`,
  performedByName: "佐藤 花子",
  approverName: null,
  approved: false,
  ...over,
});
const run = (id: string, activities: ActivityFact[], s: Partial<ReadinessSnapshot> = {}) =>
  getRule(id).evaluate({ ...emptySnapshot(), ...s, activities }, TODAY);

describe("rules proved by activity records", () => {
  // The policy, its communication and the internal rules are read from the documents now
  // (documents.test.ts), the education from its completions (education.test.ts).
  it("keep the ids, steps and severities of the former ticks, each reading one kind", () => {
    expect(
      ACTIVITY_RULES.map((r) => [r.id, r.step, r.severity, ACTIVITY_RULE_KINDS[r.id]]),
    ).toEqual([
      ["manual.project_team", 2, "advice", "project_team"],
      ["manual.work_plan", 3, "advice", "work_plan_shared"],
      ["manual.resources", 8, "advice", "resources_decided"],
      ["manual.operation_start", 11, "blocker", "operation_start"],
      ["manual.safety_measures", 11, "blocker", "safety_measure_check"],
      ["manual.vendor_contracts", 11, "blocker", "vendor_review"],
      ["manual.complaints_desk", 11, "blocker", "complaints_desk"],
      ["manual.operation_check", 12, "finding", "operation_check"],
      ["manual.internal_audit", 12, "blocker", "internal_audit"],
      ["manual.management_review", 13, "blocker", "management_review"],
    ]);
    for (const r of ACTIVITY_RULES) {
      expect(r.manual).toBe(true);
      expect(r.fixPath).toBe(`activities?new=${ACTIVITY_RULE_KINDS[r.id]}`);
    }
  });

  it("says which kind is missing when nothing is recorded", () => {
    expect(run("manual.safety_measures", [])).toEqual({
      status: "gap",
      reason: {
        ja: "「安全管理措置の点検」の実施記録がありません。",
        en: 'No record of "Safety measures checked" yet.',
      },
    });
  });

  it("names the record, its doer and until when yearly work counts", () => {
    expect(
      run("manual.safety_measures", [
        fact({ kind: "safety_measure_check", performedOn: "2026-05-31" }),
      ]),
    ).toEqual({
      status: "ok",
      reason: {
        ja: "2026年5月31日に実施した「安全管理措置の点検」の記録があります（実施者 佐藤 花子）。2027年5月31日まで有効です。",
        en: '"Safety measures checked" recorded on 2026-05-31 (by 佐藤 花子). Valid until 2027-05-31.',
      },
      details: [
        {
          id: "safety_measure_check-2026-05-31",
          name: "安全管理措置の点検 2026年5月31日",
          path: "activities?record=safety_measure_check-2026-05-31",
        },
      ],
    });
  });

  it("expires yearly work after 12 months, saying from when a record is needed", () => {
    const old = run("manual.safety_measures", [
      fact({ kind: "safety_measure_check", performedOn: "2025-12-05" }),
    ]);
    expect(old.status).toBe("gap");
    expect(old.reason).toEqual({
      ja: "最後の「安全管理措置の点検」の記録は2025年12月5日で、12か月を過ぎています。2025年12月6日以降の記録が必要です。",
      en: 'The last record of "Safety measures checked" is of 2025-12-05, more than 12 months ago. A record on or after 2025-12-06 is needed.',
    });
  });

  it("judges yearly work on the planned application day while it is ahead, and says so", () => {
    const planned = { plannedApplicationOn: "2027-03-01" };
    // 12 months before 2027-03-01 is 2026-03-01: a record of that day still counts then.
    const edge = run(
      "manual.safety_measures",
      [fact({ kind: "safety_measure_check", performedOn: "2026-03-01" })],
      planned,
    );
    expect(edge).toMatchObject({
      status: "ok",
      reason: {
        ja: "2026年3月1日に実施した「安全管理措置の点検」の記録があります（実施者 佐藤 花子）。申請予定日2027年3月1日の前12か月以内で、2027年3月1日まで有効です。",
        en: '"Safety measures checked" recorded on 2026-03-01 (by 佐藤 花子). Within the 12 months before the planned application on 2027-03-01; valid until 2027-03-01.',
      },
    });
    // One day earlier counts today (within 12 months of 2026-12-06) but not on the planned day.
    const early = run(
      "manual.safety_measures",
      [fact({ kind: "safety_measure_check", performedOn: "2026-02-28" })],
      planned,
    );
    expect(early.status).toBe("gap");
    expect(early.reason).toEqual({
      ja: "最後の「安全管理措置の点検」の記録は2026年2月28日で、申請予定日2027年3月1日には12か月を過ぎています。2026年3月1日以降の記録が必要です。",
      en: 'The last record of "Safety measures checked" is of 2026-02-28, more than 12 months before the planned application on 2027-03-01. A record on or after 2026-03-01 is needed.',
    });
    // Work that is not yearly never mentions the application day.
    expect(
      run(
        "manual.operation_start",
        [fact({ kind: "operation_start", performedOn: "2026-02-01" })],
        planned,
      ).reason.ja,
    ).toBe("2026年2月1日に実施した「PMSの運用開始」の記録があります（実施者 佐藤 花子）。");
  });

  it("judges on today when the planned application day has passed or is today", () => {
    for (const plannedApplicationOn of ["2026-11-30", TODAY]) {
      const s = { plannedApplicationOn };
      const edge = [fact({ kind: "safety_measure_check", performedOn: "2025-12-06" })];
      expect(run("manual.safety_measures", edge, s).reason.ja).toBe(
        "2025年12月6日に実施した「安全管理措置の点検」の記録があります（実施者 佐藤 花子）。2026年12月6日まで有効です。",
      );
      const old = [fact({ kind: "safety_measure_check", performedOn: "2025-12-05" })];
      expect(run("manual.safety_measures", old, s).reason.ja).toBe(
        "最後の「安全管理措置の点検」の記録は2025年12月5日で、12か月を過ぎています。2025年12月6日以降の記録が必要です。",
      );
    }
  });

  it("waits for the approver of top management's acts, then names them", () => {
    const pending = fact({
      kind: "resources_decided",
      performedOn: "2026-04-01",
      approverName: "山田 太郎",
    });
    expect(run("manual.resources", [pending]).reason.ja).toBe(
      "2026年4月1日の「資源の決定」の記録は、山田 太郎の承認待ちです。",
    );
    expect(run("manual.resources", [{ ...pending, approved: true }]).reason.ja).toBe(
      "2026年4月1日に実施した「資源の決定」の記録があります（実施者 佐藤 花子、承認 山田 太郎）。",
    );
  });

  it("orders the review after the audit and the audit after the operation start", () => {
    const start = fact({ kind: "operation_start", performedOn: "2026-06-01" });
    const audit = fact({ kind: "internal_audit", performedOn: "2026-10-01" });
    const review = fact({
      kind: "management_review",
      performedOn: "2026-09-30",
      approverName: "山田 太郎",
      approved: true,
    });
    expect(run("manual.management_review", [start, audit, review]).reason.ja).toBe(
      "「マネジメントレビュー」の記録（2026年9月30日）が「内部監査」（2026年10月1日）より前です。2026年10月1日以降の記録が必要です。",
    );
    expect(run("manual.internal_audit", [audit]).reason.ja).toBe(
      "「内部監査」は「PMSの運用開始」の後に行うものですが、数えられる「PMSの運用開始」の記録がありません。",
    );
  });

  it("does not apply the vendor rule when nothing is outsourced", () => {
    expect(run("manual.vendor_contracts", []).status).toBe("na");
    const outsourced = { items: [snapshotItem({ outsourced: true, outsourcee: "配送社" })] };
    expect(run("manual.vendor_contracts", [], outsourced).status).toBe("gap");
  });

  it("never counts a record dated after today", () => {
    expect(
      run("manual.operation_start", [fact({ kind: "operation_start", performedOn: "2026-12-07" })])
        .reason.ja,
    ).toBe("「PMSの運用開始」の記録は2026年12月7日付けで、まだ来ていない日です。");
  });
});
