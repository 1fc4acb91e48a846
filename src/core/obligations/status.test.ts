import { describe, expect, it } from "vitest";
import { getObligation, OBLIGATIONS } from "./catalogue.ts";
import { dueStatus, needsActionNow, obligationState, obligationStates } from "./status.ts";

describe("dueStatus (today 2025-06-01)", () => {
  const today = "2025-06-01";
  it.each([
    [null, "never"],
    ["2025-05-31", "overdue"], // yesterday
    ["2024-06-01", "overdue"],
    ["2025-06-01", "due_soon"], // today: doing it today is still in time
    ["2025-06-02", "due_soon"],
    ["2025-07-31", "due_soon"], // exactly 60 days
    ["2025-08-01", "ok"], // 61 days
    ["2026-06-01", "ok"],
  ] as const)("due %s → %s", (due, status) => {
    expect(dueStatus(due, today)).toBe(status);
  });
});

describe("obligationState", () => {
  const education = getObligation("education");
  const risks = getObligation("risk_review");
  if (!education || !risks) throw new Error("catalogue entries missing");

  it("counts 12 months from the last day done", () => {
    expect(obligationState(education, { lastDone: "2024-07-15" }, "2025-06-01")).toMatchObject({
      key: "education",
      lastDone: "2024-07-15",
      nextDue: "2025-07-15",
      status: "due_soon",
      daysUntilDue: 44,
    });
  });

  it("is overdue the day after the due day, with negative days", () => {
    expect(obligationState(education, { lastDone: "2024-02-29" }, "2025-03-01")).toMatchObject({
      nextDue: "2025-02-28",
      status: "overdue",
      daysUntilDue: -1,
    });
  });

  it("never done: no due day", () => {
    expect(obligationState(education, { lastDone: null }, "2025-06-01")).toMatchObject({
      lastDone: null,
      nextDue: null,
      status: "never",
      daysUntilDue: null,
    });
  });

  it("an earlier explicit due day wins; a later one does not", () => {
    const found = { lastDone: "2025-01-10", dueBy: "2025-06-30" };
    expect(obligationState(risks, found, "2025-06-01")).toMatchObject({
      nextDue: "2025-06-30",
      daysUntilDue: 29,
      status: "due_soon",
    });
    const later = { lastDone: "2025-01-10", dueBy: "2026-03-31" };
    expect(obligationState(risks, later, "2025-06-01")).toMatchObject({
      nextDue: "2026-01-10",
      status: "ok",
    });
  });
});

describe("obligationState: the two dates never contradict", () => {
  const risks = getObligation("risk_review");
  if (!risks) throw new Error("catalogue entry missing");

  it("ignores a planned day on or before lastDone (the work done then met the plan)", () => {
    // The case: reviewed 2026-12-06, a plan of 2026-08-06 left behind.
    const stale = { lastDone: "2026-12-06", dueBy: "2026-08-06" };
    expect(obligationState(risks, stale, "2026-12-06")).toMatchObject({
      lastDone: "2026-12-06",
      nextDue: "2027-12-06",
      dueFrom: "rhythm",
      status: "ok",
      daysUntilDue: 365,
    });
    // A plan on the very day of the review is met by it too.
    const sameDay = { lastDone: "2026-08-06", dueBy: "2026-08-06" };
    expect(obligationState(risks, sameDay, "2026-12-06")).toMatchObject({
      nextDue: "2027-08-06",
      dueFrom: "rhythm",
    });
    // The day after the review, the plan counts.
    const next = { lastDone: "2026-08-06", dueBy: "2026-08-07" };
    expect(obligationState(risks, next, "2026-12-06")).toMatchObject({
      nextDue: "2026-08-07",
      dueFrom: "planned",
      status: "overdue",
      daysUntilDue: -121,
    });
  });

  it("keeps nextDue after lastDone for any pair of days (brute force over 2025)", () => {
    const days: string[] = [];
    for (let d = new Date(Date.UTC(2025, 0, 1)); d.getUTCFullYear() === 2025; ) {
      days.push(d.toISOString().slice(0, 10));
      d = new Date(d.getTime() + 9 * 86_400_000);
    }
    for (const lastDone of days)
      for (const dueBy of days) {
        const s = obligationState(risks, { lastDone, dueBy }, "2025-06-01");
        expect(s.nextDue !== null && s.nextDue > lastDone, `${lastDone} / ${dueBy}`).toBe(true);
      }
  });
});

describe("needsActionNow", () => {
  it("is true for overdue and never done, false for due soon and in time", () => {
    expect(needsActionNow("overdue")).toBe(true);
    expect(needsActionNow("never")).toBe(true);
    expect(needsActionNow("due_soon")).toBe(false);
    expect(needsActionNow("ok")).toBe(false);
  });
});

describe("obligationStates", () => {
  it("lists every obligation, never done first, then by due day, ties in catalogue order", () => {
    const states = obligationStates(
      {
        register_review: { lastDone: "2024-09-01" },
        risk_review: { lastDone: "2024-08-01" },
        legal_review: { lastDone: "2024-09-01" },
        education: { lastDone: "2025-01-20" },
        internal_audit: { lastDone: "2024-05-31" },
        management_review: { lastDone: null },
      },
      "2025-06-01",
    );
    expect(states.map((s) => [s.key, s.nextDue, s.status])).toEqual([
      ["management_review", null, "never"],
      ["vendor_review", null, "never"],
      ["document_review", null, "never"],
      ["internal_audit", "2025-05-31", "overdue"],
      ["risk_review", "2025-08-01", "ok"],
      ["register_review", "2025-09-01", "ok"],
      ["legal_review", "2025-09-01", "ok"],
      ["education", "2026-01-20", "ok"],
    ]);
  });

  it("has unique keys and a yearly rhythm for every obligation", () => {
    const keys = OBLIGATIONS.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([
      "register_review",
      "risk_review",
      "legal_review",
      "education",
      "internal_audit",
      "management_review",
      "vendor_review",
      "document_review",
    ]);
    for (const o of OBLIGATIONS) expect(o.rhythmMonths, o.key).toBe(12);
  });
});
