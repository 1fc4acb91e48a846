import { describe, expect, it } from "vitest";
import { emptySnapshot, snapshotItem } from "./fixtures.ts";
import { ALL_RULES, getRule, MANUAL_RULES } from "./rules/index.ts";
import type { ManualCheck, ReadinessSnapshot } from "./snapshot.ts";

const tick = (ruleId: string, done = true, checkedByName: string | null = "田中"): ManualCheck => ({
  ruleId,
  done,
  checkedByName,
  // 23:30 UTC is already the next day in Japan
  checkedAt: "2025-05-09T23:30:00.000Z",
});
const run = (id: string, s: ReadinessSnapshot) => getRule(id).evaluate(s, "2025-06-15");

describe("manual rules", () => {
  it("cover every step that no capability checks yet, all ticked in the readiness page", () => {
    expect(MANUAL_RULES.map((r) => [r.id, r.step, r.severity])).toEqual([
      ["manual.policy", 1, "blocker"],
      ["manual.project_team", 2, "advice"],
      ["manual.work_plan", 3, "advice"],
      ["manual.policy_known", 4, "finding"],
      ["manual.resources", 8, "advice"],
      ["manual.internal_rules", 9, "blocker"],
      ["manual.education", 10, "blocker"],
      ["manual.operation_start", 11, "blocker"],
      ["manual.safety_measures", 11, "blocker"],
      ["manual.vendor_contracts", 11, "blocker"],
      ["manual.complaints_desk", 11, "blocker"],
      ["manual.operation_check", 12, "finding"],
      ["manual.internal_audit", 12, "blocker"],
      ["manual.management_review", 13, "blocker"],
    ]);
    for (const r of MANUAL_RULES) {
      expect(r.manual).toBe(true);
      expect(r.fixPath).toBe("readiness");
    }
  });

  it("is ok when ticked done, with who and the day in Japan time", () => {
    const s = { ...emptySnapshot(), manualChecks: [tick("manual.policy")] };
    expect(run("manual.policy", s)).toEqual({
      status: "ok",
      reason: {
        ja: "2025年5月10日に田中さんが完了を確認しました。",
        en: "Confirmed done on 2025-05-10 by 田中.",
      },
      check: { done: true, checkedByName: "田中", checkedAt: "2025-05-09T23:30:00.000Z" },
    });
  });

  it("is a gap without a tick, and when ticked back to not done", () => {
    expect(run("manual.education", emptySnapshot())).toEqual({
      status: "gap",
      reason: { ja: "まだ完了の確認がありません。", en: "Not confirmed as done yet." },
    });
    const undone = run("manual.education", {
      ...emptySnapshot(),
      manualChecks: [tick("manual.education", false, null)],
    });
    expect(undone.status).toBe("gap");
    expect(undone.reason.ja).toBe("2025年5月10日に未完了に戻しました。");
    expect(undone.check?.done).toBe(false);
  });

  it("reads only its own tick", () => {
    const s = { ...emptySnapshot(), manualChecks: [tick("manual.policy")] };
    expect(run("manual.internal_audit", s).status).toBe("gap");
  });

  it("vendor contracts are na when no active item is outsourced", () => {
    const none = {
      ...emptySnapshot(),
      items: [snapshotItem(), snapshotItem({ id: "old", outsourced: true, status: "retired" })],
    };
    const r = run("manual.vendor_contracts", none);
    expect(r.status).toBe("na");
    expect(r.reason.ja).toBe("委託している台帳項目はありません。");
    const some = { ...emptySnapshot(), items: [snapshotItem({ outsourced: true })] };
    expect(run("manual.vendor_contracts", some).status).toBe("gap");
    expect(
      run("manual.vendor_contracts", { ...some, manualChecks: [tick("manual.vendor_contracts")] })
        .status,
    ).toBe("ok");
  });
});

describe("the rule set", () => {
  it("has unique ids, steps 1–13 each covered, and fix paths relative to the org", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...new Set(ALL_RULES.map((r) => r.step))].sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    for (const r of ALL_RULES) expect(r.fixPath.startsWith("/")).toBe(false);
  });
  it("getRule rejects an unknown id", () => {
    expect(() => getRule("nope")).toThrow(RangeError);
  });
});
