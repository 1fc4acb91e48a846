import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Appointment,
  checkAppointment,
} from "../../../core/appointments/appointment-rules.ts";
import { isValidCorporateNumber } from "../../../core/corporate-number.ts";
import { todayInJapan } from "../../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../../test/harness.ts";
import type { AppointmentOut } from "../../appointments/appointments.contract.ts";
import { verifyChain } from "../../audit/audit.service.ts";
import type { PersonOut } from "../../people/people.contract.ts";
import type { DepartmentOut } from "../org.contract.ts";

describe.each(dbKinds)("demo organization (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  const today = todayInJapan();

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("導入 担当");
    orgId = await t.createOrg(owner, "株式会社サンプル商事", true);
  });
  afterAll(() => t.close());

  const get = async <T>(url: string): Promise<T> => {
    const res = await t.as(owner).get(`/api/v1/orgs/${orgId}${url}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const people = () => get<{ items: PersonOut[]; total: number }>("/people?status=all&limit=200");

  it("keeps the chosen name and fills a plausible profile with the size class computed", async () => {
    const profile = await get<Record<string, unknown> & { sizeClass: { sizeClass: string } }>(
      "/profile",
    );
    expect(profile).toMatchObject({
      name: "株式会社サンプル商事",
      industry: "service",
      capital: 30_000_000,
      representative: expect.stringContaining("代表取締役"),
      headOffice: expect.stringMatching(/^東京都/),
      scope: expect.any(String),
    });
    expect(isValidCorporateNumber(String(profile.corporateNumber))).toBe(true);
    const offices = profile.offices as { address: string; business: string }[];
    expect(offices.length).toBeGreaterThanOrEqual(2);
    expect(offices.length).toBeLessThanOrEqual(3);
    for (const o of offices) expect(o.business.length).toBeGreaterThan(0);
    // Declared staff = people in office in the register (those who left are not staff).
    expect(profile.employeeCount).toBe(profile.staffInRegister);
    expect(profile.employeeCount).toBe(40);
    // docs/domain.md#size-classes-and-fees, サービス業: 6–100 staff → medium whatever the
    // capital (¥30M ≤ ¥50M anyway).
    expect(profile.sizeClass.sizeClass).toBe("medium");
  });

  it("creates about 40 people of every employment type, some of whom have left", async () => {
    const { items, total } = await people();
    expect(total).toBeGreaterThanOrEqual(35);
    expect(total).toBeLessThanOrEqual(45);
    const byType = (type: string) => items.filter((p) => p.employmentType === type).length;
    expect(byType("officer")).toBeGreaterThanOrEqual(2);
    expect(byType("officer")).toBeLessThanOrEqual(3);
    expect(byType("regular")).toBeGreaterThan(total / 2);
    expect(byType("contract")).toBeGreaterThan(0);
    expect(byType("part_time")).toBeGreaterThan(0);
    expect(byType("dispatched")).toBe(2);
    const left = items.filter((p) => p.leftOn !== null);
    expect(left.length).toBeGreaterThanOrEqual(1);
    expect(left.length).toBeLessThanOrEqual(2);
    for (const p of left) expect((p.leftOn ?? "") < today).toBe(true);
    for (const p of items) {
      expect(p.kana).toMatch(/^[\u30A0-\u30FF]+ [\u30A0-\u30FF]+$/);
      expect(p.email).toMatch(/@example\.co\.jp$/);
      expect(p.departmentId).not.toBeNull();
    }
    expect(new Set(items.map((p) => p.name)).size).toBe(total);
    const joinYears = new Set(items.map((p) => p.joinedOn?.slice(0, 4)));
    expect(joinYears.size).toBeGreaterThanOrEqual(8);
  });

  it("builds a department tree under one root", async () => {
    const { items } = await get<{ items: DepartmentOut[] }>("/departments");
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(12);
    const roots = items.filter((d) => d.parentId === null);
    expect(roots.map((d) => d.name)).toEqual(["本社"]);
    const ids = new Set(items.map((d) => d.id));
    for (const d of items) if (d.parentId) expect(ids.has(d.parentId)).toBe(true);
    const byName = new Map(items.map((d) => [d.name, d]));
    expect(byName.get("人事課")?.parentId).toBe(byName.get("総務部")?.id);
    expect(byName.get("第二営業課")?.parentId).toBe(byName.get("営業部")?.id);
  });

  it("appoints one PMS manager and a different audit lead today, plus top management", async () => {
    const { items } = await get<{ items: AppointmentOut[] }>(`/appointments?on=${today}`);
    const holders = (role: string) => items.filter((a) => a.role === role);
    const [manager, ...moreManagers] = holders("pms_manager");
    const [auditLead, ...moreLeads] = holders("audit_lead");
    expect(manager).toBeDefined();
    expect(auditLead).toBeDefined();
    expect(moreManagers).toEqual([]);
    expect(moreLeads).toEqual([]);
    expect(manager?.personId).not.toBe(auditLead?.personId);
    expect(holders("top_management")).toHaveLength(1);
    expect(holders("internal_auditor").length).toBeGreaterThanOrEqual(2);
    expect(holders("complaints_desk")).toHaveLength(1);
    expect(holders("education_lead")).toHaveLength(1);
    for (const a of holders("dept_manager")) expect(a.departmentId).not.toBeNull();
    expect(holders("dept_manager").length).toBeGreaterThanOrEqual(5);
    for (const a of items) expect(a.current).toBe(true);

    const profile = await get<{ representative: string }>("/profile");
    expect(profile.representative).toContain(holders("top_management")[0]?.personName);
  });

  it("keeps a past PMS manager, and every appointment passes the appointment rules", async () => {
    const { items } = await get<{ items: AppointmentOut[] }>("/appointments");
    const past = items.filter((a) => a.role === "pms_manager" && a.to !== null);
    expect(past).toHaveLength(1);
    expect(past[0]?.to).toBe("2025-03-31");
    const all: Appointment[] = items.map((a) => ({ ...a }));
    for (const a of all) {
      const others = all.filter((o) => o.id !== a.id);
      expect(checkAppointment(a, others), `${a.role} ${a.id}`).toEqual({ ok: true });
    }
    const { items: staff } = await people();
    const byId = new Map(staff.map((p) => [p.id, p]));
    for (const a of items) {
      const p = byId.get(a.personId);
      expect(p?.joinedOn && p.joinedOn <= a.from).toBe(true);
      if (p?.leftOn) expect(a.to !== null && a.to <= p.leftOn).toBe(true);
    }
  });

  it("records one seed event with counts, and the audit chain verifies", async () => {
    const { items } = await get<{ items: { action: string; changes: Record<string, unknown> }[] }>(
      "/audit-events?limit=200",
    );
    const seeds = items.filter((e) => e.action === "seed_demo");
    expect(seeds).toHaveLength(1);
    const { total } = await people();
    expect(seeds[0]?.changes.people).toEqual({ old: 0, new: total });
    expect(items.length).toBeLessThanOrEqual(3);
    expect(await verifyChain(t.database.db, orgId)).toMatchObject({ ok: true });
  });

  it("creates independent organizations when the demo is chosen twice", async () => {
    const secondId = await t.createOrg(owner, "株式会社サンプル商事（練習用）", true);
    expect(secondId).not.toBe(orgId);
    const first = await people();
    const res = await t.as(owner).get(`/api/v1/orgs/${secondId}/people?status=all&limit=200`);
    const second = res.json() as { items: PersonOut[]; total: number };
    expect(second.total).toBe(first.total);
    const firstIds = new Set(first.items.map((p) => p.id));
    for (const p of second.items) expect(firstIds.has(p.id)).toBe(false);
    expect(await verifyChain(t.database.db, secondId)).toMatchObject({ ok: true });
    const plain = await t.createOrg(owner, "株式会社からっぽ");
    const empty = await t.as(owner).get(`/api/v1/orgs/${plain}/people?status=all`);
    expect(empty.json().total).toBe(0);
  });
});
