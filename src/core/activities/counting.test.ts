// Which records count, with every expected day worked out by hand from the yearly rule of
// docs/domain.md (education, audit and review at least once a year; an audit of the PMS in
// operation; a management review after the audit).
import { describe, expect, it } from "vitest";
import { OBLIGATIONS } from "../obligations/catalogue.ts";
import { type ActivityFact, countingRecord, windowStart } from "./counting.ts";
import { ACTIVITY_KIND_DEFS, ACTIVITY_KINDS, activityKind, DUTY_ACTIVITY_KINDS } from "./kinds.ts";

let n = 0;
const fact = (kind: string, performedOn: string, approved = false): ActivityFact => ({
  id: `r${++n}`,
  kind,
  performedOn,
  performedByName: "佐藤 花子",
  approverName: approved ? "山田 太郎" : null,
  approved,
});

describe("activity kinds", () => {
  it("define every kind once, with a label in both languages", () => {
    expect(ACTIVITY_KIND_DEFS.map((d) => d.key)).toEqual([...ACTIVITY_KINDS]);
    for (const d of ACTIVITY_KIND_DEFS) {
      expect(d.label.ja).not.toBe("");
      expect(d.label.en).not.toBe("");
    }
  });

  it("need an approver exactly for top management's acts", () => {
    expect(ACTIVITY_KIND_DEFS.filter((d) => d.needsApproval).map((d) => d.key)).toEqual([
      "policy_approval",
      "resources_decided",
      "rules_established",
      "management_review",
    ]);
  });

  it("date the PDCA duties recorded by hand", () => {
    // Education is dated by its completions (core/obligations/catalogue.ts, source "education").
    expect(DUTY_ACTIVITY_KINDS).toEqual([
      "internal_audit",
      "management_review",
      "vendor_review",
      "document_review",
    ]);
    expect(() => activityKind("tick")).toThrow(RangeError);
    // Every duty of the PDCA calendar recorded by hand has its kind of the same key.
    expect(OBLIGATIONS.filter((o) => o.source === "record").map((o) => o.key)).toEqual([
      ...DUTY_ACTIVITY_KINDS,
    ]);
  });
});

describe("yearly work: within the 12 months before today", () => {
  const at = { today: "2026-12-06" };

  it("counts a record of exactly 12 months ago, not one day more", () => {
    expect(countingRecord("education", [fact("education", "2025-12-06")], at)).toMatchObject({
      ok: true,
      until: "2026-12-06",
    });
    expect(countingRecord("education", [fact("education", "2025-12-05")], at)).toMatchObject({
      ok: false,
      why: "too_old",
      since: "2025-12-06",
    });
  });

  it("counts the latest record and says until when it counts", () => {
    const result = countingRecord(
      "education",
      [fact("education", "2025-01-10"), fact("education", "2026-05-31")],
      at,
    );
    expect(result).toMatchObject({ ok: true, until: "2027-05-31" });
    expect(result.ok && result.record.performedOn).toBe("2026-05-31");
  });

  it("handles the leap day: 2024-02-29 counts until 2025-02-28", () => {
    const leap = [fact("education", "2024-02-29")];
    expect(countingRecord("education", leap, { today: "2025-02-28" })).toMatchObject({
      ok: true,
      until: "2025-02-28",
    });
    expect(countingRecord("education", leap, { today: "2025-03-01" })).toMatchObject({
      ok: false,
      why: "too_old",
      since: "2024-03-01",
    });
    // On a leap day itself, the window opens on 28 February of the year before.
    expect(windowStart({ today: "2024-02-29" })).toBe("2023-02-28");
    expect(
      countingRecord("education", [fact("education", "2023-02-27")], { today: "2024-02-29" }),
    ).toMatchObject({ ok: false, why: "too_old" });
  });

  it("handles month ends: on 30 April the window opens on 30 April a year earlier", () => {
    expect(windowStart({ today: "2026-04-30" })).toBe("2025-04-30");
    expect(windowStart({ today: "2026-03-31" })).toBe("2025-03-31");
    const lastDay = [fact("safety_measure_check", "2025-04-30")];
    expect(countingRecord("safety_measure_check", lastDay, { today: "2026-04-30" }).ok).toBe(true);
    expect(countingRecord("safety_measure_check", lastDay, { today: "2026-05-01" }).ok).toBe(false);
  });

  it("never counts a day still to come", () => {
    expect(countingRecord("education", [fact("education", "2026-12-07")], at)).toMatchObject({
      ok: false,
      why: "future",
    });
    const both = [fact("education", "2026-12-07"), fact("education", "2026-01-15")];
    const result = countingRecord("education", both, at);
    expect(result.ok && result.record.performedOn).toBe("2026-01-15");
  });

  it("judges against the planned application day when that is still ahead", () => {
    const planned = { today: "2026-12-06", plannedApplicationOn: "2027-03-01" };
    expect(windowStart(planned)).toBe("2026-03-01");
    expect(countingRecord("education", [fact("education", "2026-02-28")], planned)).toMatchObject({
      ok: false,
      why: "too_old",
      since: "2026-03-01",
    });
    expect(countingRecord("education", [fact("education", "2026-03-01")], planned).ok).toBe(true);
    // An application day already past: today is the reference again.
    expect(windowStart({ today: "2026-12-06", plannedApplicationOn: "2026-01-01" })).toBe(
      "2025-12-06",
    );
  });

  it("says when there is no record of the kind at all", () => {
    expect(countingRecord("education", [fact("internal_audit", "2026-01-01")], at)).toEqual({
      ok: false,
      why: "none",
    });
  });
});

describe("order: audit after operation start, review after the audit", () => {
  const at = { today: "2026-12-06" };
  const start = fact("operation_start", "2026-03-01");

  it("counts an audit on the day operation started, not the day before", () => {
    expect(
      countingRecord("internal_audit", [start, fact("internal_audit", "2026-03-01")], at).ok,
    ).toBe(true);
    expect(
      countingRecord("internal_audit", [start, fact("internal_audit", "2026-02-28")], at),
    ).toMatchObject({
      ok: false,
      why: "before_anchor",
      anchorKind: "operation_start",
      anchorOn: "2026-03-01",
    });
  });

  it("needs the operation start on record before any audit counts", () => {
    expect(countingRecord("internal_audit", [fact("internal_audit", "2026-06-01")], at)).toEqual({
      ok: false,
      why: "no_anchor",
      anchorKind: "operation_start",
    });
  });

  it("counts an approved management review on or after a counting audit", () => {
    const audit = fact("internal_audit", "2026-09-10");
    const sameDay = fact("management_review", "2026-09-10", true);
    expect(countingRecord("management_review", [start, audit, sameDay], at).ok).toBe(true);
    const before = fact("management_review", "2026-09-09", true);
    expect(countingRecord("management_review", [start, audit, before], at)).toMatchObject({
      ok: false,
      why: "before_anchor",
      anchorOn: "2026-09-10",
    });
  });

  it("does not count a management review its approver has not approved", () => {
    const audit = fact("internal_audit", "2026-09-10");
    const pending = fact("management_review", "2026-10-01", false);
    expect(countingRecord("management_review", [start, audit, pending], at)).toMatchObject({
      ok: false,
      why: "unapproved",
      record: { performedOn: "2026-10-01" },
    });
  });

  it("does not count a review after an audit that does not count itself", () => {
    // The audit precedes the operation start, so no audit counts and the review has no anchor.
    const early = fact("internal_audit", "2026-02-01");
    const review = fact("management_review", "2026-10-01", true);
    expect(countingRecord("management_review", [start, early, review], at)).toEqual({
      ok: false,
      why: "no_anchor",
      anchorKind: "internal_audit",
    });
  });

  it("asks for the policy to be made known again after it was revised", () => {
    const first = fact("policy_approval", "2025-04-01", true);
    const told = fact("policy_communication", "2025-05-01");
    expect(countingRecord("policy_communication", [first, told], at).ok).toBe(true);
    const revised = fact("policy_approval", "2026-04-01", true);
    expect(countingRecord("policy_communication", [first, revised, told], at)).toMatchObject({
      ok: false,
      why: "before_anchor",
      anchorOn: "2026-04-01",
    });
    // A revision still waiting for approval is not the policy yet.
    const pending = fact("policy_approval", "2026-04-01", false);
    expect(countingRecord("policy_communication", [first, pending, told], at).ok).toBe(true);
  });

  it("counts a one-off step however long ago it was done", () => {
    expect(countingRecord("operation_start", [fact("operation_start", "2019-04-01")], at).ok).toBe(
      true,
    );
  });
});
