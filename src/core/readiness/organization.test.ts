import { describe, expect, it } from "vitest";
import { emptySnapshot } from "./fixtures.ts";
import { getRule } from "./rules/index.ts";
import type { ReadinessSnapshot, SnapshotAppointment } from "./snapshot.ts";

const TODAY = "2025-06-15";
const run = (id: string, s: ReadinessSnapshot, today = TODAY) => getRule(id).evaluate(s, today);

const appt = (
  role: SnapshotAppointment["role"],
  personId: string,
  from = "2024-04-01",
  to: string | null = null,
): SnapshotAppointment => ({
  id: `${role}-${personId}`,
  role,
  personId,
  personName: personId,
  from,
  to,
});

const withAppointments = (...appointments: SnapshotAppointment[]): ReadinessSnapshot => ({
  ...emptySnapshot(),
  appointments,
});

describe("eligibility.staff (never na)", () => {
  it("is ok with exactly 2 staff", () => {
    const r = run("eligibility.staff", { ...emptySnapshot(), activeStaffCount: 2 });
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe("在籍中の従業者は2名です。");
  });
  it("is a gap with 1 staff, naming the number", () => {
    const r = run("eligibility.staff", { ...emptySnapshot(), activeStaffCount: 1 });
    expect(r.status).toBe("gap");
    expect(r.reason.ja).toBe("在籍中の従業者が1名です。申請には2名以上が必要です。");
    expect(r.reason.en).toBe("1 staff currently employed; applying needs at least 2.");
  });
});

describe("eligibility.pms_manager and eligibility.audit_lead (never na)", () => {
  it("is ok with a current holder, naming them", () => {
    const r = run("eligibility.pms_manager", withAppointments(appt("pms_manager", "佐藤")));
    expect(r).toEqual({
      status: "ok",
      reason: { ja: "個人情報保護管理者は佐藤さんです。", en: "PMS manager: 佐藤." },
    });
  });
  it("is a gap when nobody holds the role", () => {
    const r = run("eligibility.audit_lead", withAppointments(appt("pms_manager", "佐藤")));
    expect(r.status).toBe("gap");
    expect(r.reason.ja).toBe("2025年6月15日時点で任期中の個人情報保護監査責任者がいません。");
  });
  it("does not count an appointment that ended yesterday", () => {
    const s = withAppointments(appt("pms_manager", "佐藤", "2024-04-01", "2025-06-14"));
    expect(run("eligibility.pms_manager", s).status).toBe("gap");
  });
  it("does not count an appointment that starts tomorrow", () => {
    const s = withAppointments(appt("audit_lead", "鈴木", "2025-06-16"));
    expect(run("eligibility.audit_lead", s).status).toBe("gap");
  });
  it("counts appointments ending or starting today (both ends inclusive)", () => {
    const s = withAppointments(
      appt("pms_manager", "佐藤", "2024-04-01", "2025-06-15"),
      appt("audit_lead", "鈴木", "2025-06-15"),
    );
    expect(run("eligibility.pms_manager", s).status).toBe("ok");
    expect(run("eligibility.audit_lead", s).status).toBe("ok");
  });
});

describe("eligibility.separation", () => {
  it("is ok when manager and audit lead are different people", () => {
    const s = withAppointments(appt("pms_manager", "佐藤"), appt("audit_lead", "鈴木"));
    const r = run("eligibility.separation", s);
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe("管理者（佐藤）と監査責任者（鈴木）は別の人です。");
  });
  it("is a gap when one person holds both, listing them", () => {
    const s = withAppointments(appt("pms_manager", "佐藤"), appt("audit_lead", "佐藤"));
    const r = run("eligibility.separation", s);
    expect(r.status).toBe("gap");
    expect(r.details).toEqual([{ id: "佐藤", name: "佐藤", path: "appointments" }]);
  });
  it("ignores a past audit lead role of the current manager", () => {
    const s = withAppointments(
      appt("pms_manager", "佐藤", "2025-04-01"),
      appt("audit_lead", "佐藤", "2023-04-01", "2025-03-31"),
      appt("audit_lead", "鈴木", "2025-04-01"),
    );
    expect(run("eligibility.separation", s).status).toBe("ok");
  });
  it("is na while one of the two roles is vacant", () => {
    expect(
      run("eligibility.separation", withAppointments(appt("pms_manager", "佐藤"))).status,
    ).toBe("na");
    expect(run("eligibility.separation", emptySnapshot()).status).toBe("na");
  });
});

describe("eligibility.top_management (never na)", () => {
  it("is ok with a current top management appointment", () => {
    const r = run("eligibility.top_management", withAppointments(appt("top_management", "山田")));
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe("体制のトップマネジメントは山田さんです。");
  });
  it("is ok with the representative in the profile", () => {
    const s = { ...emptySnapshot(), profile: { scope: null, representative: " 山田太郎 " } };
    const r = run("eligibility.top_management", s);
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe("事業者情報の代表者（山田太郎）をトップマネジメントとみなします。");
  });
  it("is a gap with neither (a blank representative and an ended appointment)", () => {
    const s: ReadinessSnapshot = {
      ...withAppointments(appt("top_management", "山田", "2020-01-01", "2025-06-14")),
      profile: { scope: null, representative: "  " },
    };
    expect(run("eligibility.top_management", s).status).toBe("gap");
  });
});

describe("scope.defined (never na)", () => {
  it("is ok when the scope is written", () => {
    const s = { ...emptySnapshot(), profile: { scope: "全社", representative: null } };
    const r = run("scope.defined", s);
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe("適用範囲が記載されています（2文字）。");
  });
  it("is a gap when null or blank", () => {
    expect(run("scope.defined", emptySnapshot()).status).toBe("gap");
    const blank = { ...emptySnapshot(), profile: { scope: " \n", representative: null } };
    expect(run("scope.defined", blank).status).toBe("gap");
  });
});
