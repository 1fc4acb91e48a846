import { describe, expect, it } from "vitest";
import {
  type Appointment,
  checkAppointment,
  currentHolders,
  periodsOverlap,
} from "./appointment-rules.ts";

function appt(p: Partial<Appointment> & Pick<Appointment, "id" | "role" | "personId" | "from">) {
  return { to: null, departmentId: null, ...p } satisfies Appointment;
}

describe("periodsOverlap", () => {
  it("touching periods do not overlap", () => {
    expect(
      periodsOverlap({ from: "2024-04-01", to: "2025-03-31" }, { from: "2025-04-01", to: null }),
    ).toBe(false);
  });

  it("sharing one day overlaps (periods are inclusive)", () => {
    expect(
      periodsOverlap({ from: "2024-04-01", to: "2025-04-01" }, { from: "2025-04-01", to: null }),
    ).toBe(true);
  });

  it("is symmetric", () => {
    expect(
      periodsOverlap({ from: "2025-04-01", to: null }, { from: "2024-04-01", to: "2025-03-31" }),
    ).toBe(false);
    expect(
      periodsOverlap({ from: "2025-04-01", to: null }, { from: "2024-04-01", to: "2025-04-01" }),
    ).toBe(true);
  });

  it("two open-ended periods always overlap", () => {
    expect(periodsOverlap({ from: "2020-01-01", to: null }, { from: "2030-01-01", to: null })).toBe(
      true,
    );
  });

  it("an open-ended period overlaps a later closed one but not an earlier one", () => {
    const open = { from: "2025-01-01", to: null };
    expect(periodsOverlap(open, { from: "2026-01-01", to: "2026-12-31" })).toBe(true);
    expect(periodsOverlap(open, { from: "2024-01-01", to: "2024-12-31" })).toBe(false);
  });

  it("one period inside another overlaps", () => {
    expect(
      periodsOverlap(
        { from: "2024-01-01", to: "2024-12-31" },
        { from: "2024-06-01", to: "2024-06-01" },
      ),
    ).toBe(true);
  });
});

describe("checkAppointment", () => {
  const alicePm = appt({
    id: "a1",
    role: "pms_manager",
    personId: "alice",
    from: "2024-04-01",
    to: "2025-03-31",
  });

  it("accepts a successor starting the day after the predecessor ends", () => {
    const bob = appt({ id: "b1", role: "pms_manager", personId: "bob", from: "2025-04-01" });
    expect(checkAppointment(bob, [alicePm])).toEqual({ ok: true });
  });

  it("refuses a successor starting on the predecessor's last day", () => {
    const bob = appt({ id: "b1", role: "pms_manager", personId: "bob", from: "2025-03-31" });
    expect(checkAppointment(bob, [alicePm])).toEqual({
      ok: false,
      code: "PMS_MANAGER_ALREADY_APPOINTED",
      conflictingId: "a1",
    });
  });

  it("refuses when the predecessor ends on 2025-04-01 and the successor starts 2025-04-01", () => {
    const prev = appt({
      id: "a1",
      role: "pms_manager",
      personId: "alice",
      from: "2024-04-01",
      to: "2025-04-01",
    });
    const next = appt({ id: "b1", role: "pms_manager", personId: "bob", from: "2025-04-01" });
    expect(checkAppointment(next, [prev])).toEqual({
      ok: false,
      code: "PMS_MANAGER_ALREADY_APPOINTED",
      conflictingId: "a1",
    });
  });

  it("refuses a second audit lead while an open-ended one exists", () => {
    const carol = appt({ id: "c1", role: "audit_lead", personId: "carol", from: "2020-01-01" });
    const dave = appt({
      id: "d1",
      role: "audit_lead",
      personId: "dave",
      from: "2030-01-01",
      to: "2030-12-31",
    });
    expect(checkAppointment(dave, [carol])).toEqual({
      ok: false,
      code: "AUDIT_LEAD_ALREADY_APPOINTED",
      conflictingId: "c1",
    });
  });

  it("refuses an open-ended candidate that reaches into a later appointment", () => {
    const later = appt({
      id: "l1",
      role: "audit_lead",
      personId: "erin",
      from: "2026-04-01",
      to: "2027-03-31",
    });
    const open = appt({ id: "o1", role: "audit_lead", personId: "frank", from: "2025-04-01" });
    expect(checkAppointment(open, [later])).toEqual({
      ok: false,
      code: "AUDIT_LEAD_ALREADY_APPOINTED",
      conflictingId: "l1",
    });
  });

  it("accepts an open-ended candidate that starts after an earlier appointment ended", () => {
    const earlier = appt({
      id: "e1",
      role: "audit_lead",
      personId: "erin",
      from: "2023-04-01",
      to: "2024-03-31",
    });
    const open = appt({ id: "o1", role: "audit_lead", personId: "frank", from: "2024-04-01" });
    expect(checkAppointment(open, [earlier])).toEqual({ ok: true });
  });

  it("ignores the candidate's own previous version when updating", () => {
    const extended = { ...alicePm, to: "2026-03-31" };
    expect(checkAppointment(extended, [alicePm])).toEqual({ ok: true });
    const reopened = { ...alicePm, to: null };
    expect(checkAppointment(reopened, [alicePm])).toEqual({ ok: true });
  });

  it("still checks an update against the other appointments", () => {
    const bob = appt({ id: "b1", role: "pms_manager", personId: "bob", from: "2025-04-01" });
    const extended = { ...alicePm, to: "2025-04-30" };
    expect(checkAppointment(extended, [alicePm, bob])).toEqual({
      ok: false,
      code: "PMS_MANAGER_ALREADY_APPOINTED",
      conflictingId: "b1",
    });
  });

  it("refuses the same person as PMS manager and audit lead in overlapping periods", () => {
    const aliceAudit = appt({
      id: "x1",
      role: "audit_lead",
      personId: "alice",
      from: "2025-03-01",
    });
    expect(checkAppointment(aliceAudit, [alicePm])).toEqual({
      ok: false,
      code: "MANAGER_AND_AUDITOR_SAME_PERSON",
      conflictingId: "a1",
    });
  });

  it("refuses it the other way round too", () => {
    const gregAudit = appt({ id: "g1", role: "audit_lead", personId: "greg", from: "2024-01-01" });
    const gregPm = appt({
      id: "g2",
      role: "pms_manager",
      personId: "greg",
      from: "2024-06-01",
      to: "2024-06-30",
    });
    expect(checkAppointment(gregPm, [gregAudit])).toEqual({
      ok: false,
      code: "MANAGER_AND_AUDITOR_SAME_PERSON",
      conflictingId: "g1",
    });
  });

  it("allows one person to be audit lead after their PMS manager term ended", () => {
    const aliceAudit = appt({
      id: "x1",
      role: "audit_lead",
      personId: "alice",
      from: "2025-04-01",
    });
    expect(checkAppointment(aliceAudit, [alicePm])).toEqual({ ok: true });
  });

  it("allows a different audit lead during the PMS manager's term", () => {
    const bobAudit = appt({ id: "x1", role: "audit_lead", personId: "bob", from: "2024-04-01" });
    expect(checkAppointment(bobAudit, [alicePm])).toEqual({ ok: true });
  });

  it("allows several holders of other roles at the same time", () => {
    const aud1 = appt({
      id: "i1",
      role: "internal_auditor",
      personId: "alice",
      from: "2024-04-01",
    });
    const aud2 = appt({ id: "i2", role: "internal_auditor", personId: "bob", from: "2024-04-01" });
    expect(checkAppointment(aud2, [aud1, alicePm])).toEqual({ ok: true });
  });

  it("requires a department for a department manager", () => {
    const base = { id: "d1", role: "dept_manager", personId: "hana", from: "2024-04-01" } as const;
    expect(checkAppointment(appt({ ...base, departmentId: null }), [])).toEqual({
      ok: false,
      code: "DEPT_MANAGER_NEEDS_DEPARTMENT",
    });
    expect(checkAppointment(appt({ ...base, departmentId: "  " }), [])).toEqual({
      ok: false,
      code: "DEPT_MANAGER_NEEDS_DEPARTMENT",
    });
    const { departmentId: _omit, ...withoutKey } = appt(base);
    expect(checkAppointment(withoutKey, [])).toEqual({
      ok: false,
      code: "DEPT_MANAGER_NEEDS_DEPARTMENT",
    });
    expect(checkAppointment(appt({ ...base, departmentId: "sales" }), [])).toEqual({ ok: true });
  });

  it("refuses an end before the start", () => {
    const bad = appt({
      id: "p1",
      role: "pms_manager",
      personId: "bob",
      from: "2025-04-01",
      to: "2025-03-31",
    });
    expect(checkAppointment(bad, [])).toEqual({ ok: false, code: "PERIOD_INVALID" });
  });

  it("accepts a one-day period", () => {
    const oneDay = appt({
      id: "p1",
      role: "pms_manager",
      personId: "bob",
      from: "2025-04-01",
      to: "2025-04-01",
    });
    expect(checkAppointment(oneDay, [])).toEqual({ ok: true });
  });

  it("refuses malformed or nonexistent dates", () => {
    const base = { id: "p1", role: "education_lead", personId: "bob" } as const;
    expect(checkAppointment(appt({ ...base, from: "2025-02-29" }), [])).toEqual({
      ok: false,
      code: "PERIOD_INVALID",
    });
    expect(checkAppointment(appt({ ...base, from: "2025-04-01", to: "2025/05/01" }), [])).toEqual({
      ok: false,
      code: "PERIOD_INVALID",
    });
  });

  it("reports an invalid period before other problems", () => {
    const bad = appt({
      id: "p1",
      role: "dept_manager",
      personId: "bob",
      from: "2025-04-01",
      to: "2025-03-01",
    });
    expect(checkAppointment(bad, [])).toEqual({ ok: false, code: "PERIOD_INVALID" });
  });
});

describe("currentHolders", () => {
  const list = [
    appt({ id: "1", role: "pms_manager", personId: "alice", from: "2024-04-01", to: "2025-03-31" }),
    appt({ id: "2", role: "pms_manager", personId: "bob", from: "2025-04-01" }),
    appt({ id: "3", role: "audit_lead", personId: "carol", from: "2024-04-01", to: "2025-04-01" }),
    appt({ id: "4", role: "top_management", personId: "dan", from: "2020-01-01" }),
  ];
  const ids = (xs: Appointment[]) => xs.map((x) => x.id);

  it("includes the first and the last day", () => {
    expect(ids(currentHolders(list, "2024-04-01"))).toEqual(["1", "3", "4"]);
    expect(ids(currentHolders(list, "2025-03-31"))).toEqual(["1", "3", "4"]);
    expect(ids(currentHolders(list, "2025-04-01"))).toEqual(["2", "3", "4"]);
  });

  it("excludes ended and not-yet-started appointments", () => {
    expect(ids(currentHolders(list, "2025-04-02"))).toEqual(["2", "4"]);
    expect(ids(currentHolders(list, "2019-12-31"))).toEqual([]);
  });

  it("throws on an invalid date", () => {
    expect(() => currentHolders(list, "2025-13-01")).toThrow(RangeError);
  });
});
