import { describe, expect, it } from "vitest";
import { countBounds, fromLatest, fromRows, lastDoneOf, type RowSummary } from "./basis.ts";
import { getObligation } from "./catalogue.ts";
import { addDays, daysBetween, nextDue } from "./dates.ts";
import { obligationState } from "./status.ts";

const rows = (r: Partial<RowSummary>): RowSummary => ({
  total: 3,
  undated: 0,
  overdue: 0,
  dueSoon: 0,
  oldest: "2025-03-01",
  latest: "2025-05-20",
  firstPlanned: null,
  ...r,
});

describe("countBounds", () => {
  it("gives the bounds for a plain day and around the end of February", () => {
    expect(countBounds("2026-08-31")).toEqual({
      today: "2026-08-31",
      overdueBefore: "2025-08-31",
      soonBefore: "2025-10-31", // 61 days on: 2026-10-31
      plannedSoonBy: "2026-10-30",
    });
    expect(countBounds("2025-02-28")).toMatchObject({
      overdueBefore: "2024-02-28", // 2024-02-28 and 2024-02-29 both fall due on 2025-02-28
      soonBefore: "2024-04-30",
      plannedSoonBy: "2025-04-29",
    });
  });

  it("counts a row as the calendar does: overdue after nextDue, due soon up to 60 days before", () => {
    // Every review day of 2024–2025 against a few judging days, by brute force.
    for (const today of ["2025-02-28", "2025-03-01", "2025-08-31", "2026-01-15", "2026-02-28"]) {
      const b = countBounds(today);
      for (let done = "2024-01-01"; done <= "2025-12-31"; done = addDays(done, 1)) {
        const days = daysBetween(today, nextDue(done, 12));
        expect(done < b.overdueBefore, `${done} on ${today}: overdue`).toBe(days < 0);
        expect(done < b.soonBefore, `${done} on ${today}: within 60 days`).toBe(days <= 60);
      }
    }
  });
});

describe("fromRows (a register-wide review)", () => {
  it("is done in full on the oldest review when every row has one", () => {
    expect(fromRows(rows({}))).toEqual({ lastDone: "2025-03-01", dueBy: null, rows: rows({}) });
  });

  it("is never done with no rows, or while one row has no review day", () => {
    expect(fromRows(rows({ total: 0, oldest: null })).lastDone).toBeNull();
    const undated = rows({ undated: 1, overdue: 1 });
    expect(fromRows(undated)).toEqual({ lastDone: null, dueBy: null, rows: undated });
  });

  it("passes the earliest planned review day on as the explicit due day", () => {
    expect(fromRows(rows({ firstPlanned: "2025-09-30" })).dueBy).toBe("2025-09-30");
  });
});

describe("obligationState on a register's rows", () => {
  const risks = getObligation("risk_review");
  const audit = getObligation("internal_audit");
  if (!risks || !audit) throw new Error("catalogue entries missing");

  it("counts nextDue from lastDone (dueFrom rhythm) and keeps the rows", () => {
    const r = rows({ oldest: "2025-08-31", dueSoon: 1 });
    expect(obligationState(risks, fromRows(r), "2026-08-31")).toMatchObject({
      lastDone: "2025-08-31",
      nextDue: "2026-08-31",
      status: "due_soon",
      daysUntilDue: 0,
      dueFrom: "rhythm",
      rows: r,
    });
  });

  it("says when an earlier planned review day drives nextDue (dueFrom planned)", () => {
    // The oldest review was in December, and a row planned for review in May (after that
    // row's own review) has passed: overdue, and the state says why.
    const r = rows({ oldest: "2025-12-15", firstPlanned: "2026-05-01", overdue: 2 });
    expect(obligationState(risks, fromRows(r), "2026-08-31")).toMatchObject({
      lastDone: "2025-12-15",
      nextDue: "2026-05-01",
      status: "overdue",
      daysUntilDue: -122,
      dueFrom: "planned",
    });
    // A planned day on or after lastDone + 12 months does not move nextDue.
    const same = rows({ oldest: "2026-08-30", firstPlanned: "2027-08-30" });
    expect(obligationState(risks, fromRows(same), "2026-08-31").dueFrom).toBe("rhythm");
  });

  it("has no dueFrom when never done, and no rows for recorded obligations", () => {
    const empty = rows({ total: 0, oldest: null, firstPlanned: "2026-01-01" });
    expect(obligationState(risks, fromRows(empty), "2026-08-31")).toMatchObject({
      nextDue: null,
      status: "never",
      dueFrom: null,
      rows: empty,
    });
    expect(obligationState(audit, { lastDone: "2026-01-10" }, "2026-08-31")).toMatchObject({
      dueFrom: "rhythm",
      rows: null,
    });
  });
});

describe("the education duty (dated by completions)", () => {
  const education = getObligation("education");
  if (!education) throw new Error("catalogue entry missing");

  it("comes from the education capability and opens its page", () => {
    expect(education).toMatchObject({
      source: "education",
      rhythmMonths: 12,
      fixPath: "education",
    });
  });

  it("was last done on the latest completion, whoever is still without one", () => {
    // 40 workers in office, the oldest of their latest completions 2025-03-01, 3 never.
    const r = rows({
      total: 40,
      undated: 3,
      overdue: 5,
      oldest: "2025-03-01",
      latest: "2025-11-20",
    });
    expect(lastDoneOf("education", r)).toEqual({ lastDone: "2025-11-20", dueBy: null, rows: r });
    expect(fromLatest(r)).toEqual(lastDoneOf("education", r));
    // The registers still count from their oldest row.
    expect(lastDoneOf("risks", rows({})).lastDone).toBe("2025-03-01");
    // No completion at all: never.
    expect(
      lastDoneOf("education", rows({ total: 2, undated: 2, oldest: null, latest: null })).lastDone,
    ).toBeNull();
  });

  it("falls due 12 months on: month ends and the leap day, by hand", () => {
    const cases: [string, string, string, string][] = [
      // [latest completion, judged on, next due, status]
      ["2028-02-29", "2029-02-28", "2029-02-28", "due_soon"],
      ["2028-02-29", "2029-03-01", "2029-02-28", "overdue"],
      ["2027-02-28", "2028-02-29", "2028-02-29", "due_soon"],
      ["2026-04-30", "2027-03-01", "2027-04-30", "due_soon"], // 60 days ahead
      ["2026-01-31", "2026-03-01", "2027-01-31", "ok"],
    ];
    for (const [latest, today, due, status] of cases) {
      const found = lastDoneOf("education", rows({ oldest: latest, latest }));
      expect(obligationState(education, found, today), `${latest} on ${today}`).toMatchObject({
        lastDone: latest,
        nextDue: due,
        status,
        dueFrom: "rhythm",
      });
    }
  });
});
