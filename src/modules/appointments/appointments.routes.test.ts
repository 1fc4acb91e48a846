// PMS appointments (個人情報保護体制) through the real HTTP routes: the rules of JIS Q 15001
// (one PMS manager and one audit lead at a time, never the same person), periods, filters,
// and the organization lock that keeps two simultaneous appointments from both passing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Appt = {
  id: string;
  role: string;
  personId: string;
  personName: string;
  departmentId: string | null;
  departmentName: string | null;
  from: string;
  to: string | null;
  note: string | null;
  current: boolean;
};

const PMS_TAKEN_JA =
  "この期間にはすでに個人情報保護管理者が任命されています。個人情報保護管理者は同時に1名までです。";
const SAME_PERSON_JA =
  "個人情報保護管理者と個人情報保護監査責任者を同じ人が兼務することはできません。";

describe.each(dbKinds)("appointments (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("体制 担当");
  });
  afterAll(() => t.close());

  /** A fresh organization with the named people (and one department), so scenarios don't mix. */
  async function setup(...names: string[]) {
    const orgId = await t.createOrg(owner, "株式会社たいせい");
    const base = `/api/v1/orgs/${orgId}`;
    const people: Record<string, string> = {};
    for (const name of names) {
      const res = await t.as(owner).post(`${base}/people`, { name, employmentType: "regular" });
      expect(res.statusCode, res.body).toBe(201);
      people[name] = res.json().id;
    }
    const dept = (await t.as(owner).post(`${base}/departments`, { name: "開発部" })).json().id;
    const appoint = (body: Record<string, unknown>, lang = "ja") =>
      t.as(owner, lang).post(`${base}/appointments`, body);
    const list = async (query = ""): Promise<Appt[]> => {
      const res = await t.as(owner).get(`${base}/appointments${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items;
    };
    return { orgId, base, people, dept, appoint, list };
  }

  async function created(res: { statusCode: number; body: string; json: () => { id: string } }) {
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  it("appoints top management, a PMS manager and an audit lead", async () => {
    const s = await setup("代表 一郎", "管理 花子", "監査 次郎");
    const top = await created(
      await s.appoint({
        role: "top_management",
        personId: s.people["代表 一郎"],
        from: "2020-04-01",
      }),
    );
    const mgr = await created(
      await s.appoint({
        role: "pms_manager",
        personId: s.people["管理 花子"],
        from: "2020-04-01",
        note: "取締役会で選任",
      }),
    );
    const lead = await created(
      await s.appoint({ role: "audit_lead", personId: s.people["監査 次郎"], from: "2020-04-01" }),
    );
    const items = await s.list();
    // Ordered by role code, then start date.
    expect(items.map((a) => [a.role, a.personName])).toEqual([
      ["audit_lead", "監査 次郎"],
      ["pms_manager", "管理 花子"],
      ["top_management", "代表 一郎"],
    ]);
    expect(items.find((a) => a.id === mgr)).toEqual({
      id: mgr,
      role: "pms_manager",
      personId: s.people["管理 花子"],
      personName: "管理 花子",
      departmentId: null,
      departmentName: null,
      from: "2020-04-01",
      to: null,
      note: "取締役会で選任",
      current: true,
    });
    expect(items.map((a) => a.id).sort()).toEqual([top, mgr, lead].sort());
    const audit = await t
      .as(owner)
      .get(`${s.base}/audit-events?entity=appointment&entityId=${mgr}`);
    expect(audit.json().items[0]).toMatchObject({ action: "create", actorName: "体制 担当" });
    expect(audit.json().items[0].changes.role).toEqual({ old: null, new: "pms_manager" });
  });

  it("refuses a second PMS manager for an overlapping period (409, field role, Japanese)", async () => {
    const s = await setup("管理 花子", "別人 三郎");
    const first = await created(
      await s.appoint({
        role: "pms_manager",
        personId: s.people["管理 花子"],
        from: "2024-04-01",
        to: "2025-03-31",
      }),
    );
    for (const period of [
      { from: "2024-10-01", to: "2024-12-31" }, // inside
      { from: "2023-04-01", to: "2024-04-01" }, // touches the first day
      { from: "2025-03-31", to: null }, // touches the last day, open-ended
      { from: "2020-01-01" }, // open-ended from before
    ]) {
      const res = await s.appoint({
        role: "pms_manager",
        personId: s.people["別人 三郎"],
        ...period,
      });
      expect(res.statusCode, JSON.stringify(period)).toBe(409);
      expect(res.json().error).toEqual({
        code: "PMS_MANAGER_ALREADY_APPOINTED",
        message: PMS_TAKEN_JA,
        fields: { role: PMS_TAKEN_JA },
        details: { conflictingId: first },
      });
    }
    const en = await s.appoint(
      { role: "pms_manager", personId: s.people["別人 三郎"], from: "2024-05-01" },
      "en",
    );
    expect(en.json().error.message).toBe(
      "A PMS manager is already appointed for this period. Only one may hold the role at a time.",
    );
    expect(await s.list()).toHaveLength(1);
  });

  it("refuses a second audit lead for an overlapping period", async () => {
    const s = await setup("監査 次郎", "別人 三郎");
    await created(
      await s.appoint({ role: "audit_lead", personId: s.people["監査 次郎"], from: "2024-04-01" }),
    );
    const res = await s.appoint({
      role: "audit_lead",
      personId: s.people["別人 三郎"],
      from: "2030-04-01",
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("AUDIT_LEAD_ALREADY_APPOINTED");
    expect(Object.keys(res.json().error.fields)).toEqual(["role"]);
  });

  it("accepts consecutive periods (one ends 2025-03-31, the next starts 2025-04-01)", async () => {
    const s = await setup("前任 一郎", "後任 二郎");
    const before = await created(
      await s.appoint({
        role: "pms_manager",
        personId: s.people["前任 一郎"],
        from: "2023-04-01",
        to: "2025-03-31",
      }),
    );
    const after = await created(
      await s.appoint({ role: "pms_manager", personId: s.people["後任 二郎"], from: "2025-04-01" }),
    );
    const items = await s.list("?role=pms_manager");
    expect(items.map((a) => [a.id, a.from, a.to, a.current])).toEqual([
      [before, "2023-04-01", "2025-03-31", false],
      [after, "2025-04-01", null, true],
    ]);
  });

  it("refuses the same person as PMS manager and audit lead at the same time (field personId)", async () => {
    const s = await setup("兼務 花子", "監査 次郎");
    await created(
      await s.appoint({ role: "pms_manager", personId: s.people["兼務 花子"], from: "2024-04-01" }),
    );
    const res = await s.appoint({
      role: "audit_lead",
      personId: s.people["兼務 花子"],
      from: "2024-04-01",
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: "MANAGER_AND_AUDITOR_SAME_PERSON",
      message: SAME_PERSON_JA,
      fields: { personId: SAME_PERSON_JA },
    });
    // The same person may have been audit lead in a period that does not overlap.
    await created(
      await s.appoint({
        role: "audit_lead",
        personId: s.people["兼務 花子"],
        from: "2020-04-01",
        to: "2024-03-31",
      }),
    );
    expect(await s.list()).toHaveLength(2);
  });

  it("refuses the same person also when an existing appointment is PATCHed", async () => {
    const s = await setup("管理 花子", "監査 次郎");
    const mgr = await created(
      await s.appoint({ role: "pms_manager", personId: s.people["管理 花子"], from: "2024-04-01" }),
    );
    const lead = await created(
      await s.appoint({ role: "audit_lead", personId: s.people["監査 次郎"], from: "2024-04-01" }),
    );
    const byPerson = await t
      .as(owner)
      .patch(`${s.base}/appointments/${lead}`, { personId: s.people["管理 花子"] });
    expect(byPerson.statusCode).toBe(409);
    expect(byPerson.json().error.code).toBe("MANAGER_AND_AUDITOR_SAME_PERSON");
    expect(Object.keys(byPerson.json().error.fields)).toEqual(["personId"]);
    // Or by turning the PMS manager's appointment into an audit lead one over the lead's period.
    const byRole = await t.as(owner).patch(`${s.base}/appointments/${mgr}`, { role: "audit_lead" });
    expect(byRole.statusCode).toBe(409);
    expect(byRole.json().error.code).toBe("AUDIT_LEAD_ALREADY_APPOINTED");
    const items = await s.list();
    expect(items.find((a) => a.id === lead)?.personId).toBe(s.people["監査 次郎"]);
    expect(items.find((a) => a.id === mgr)?.role).toBe("pms_manager");
    // A PATCH that keeps within the rules goes through (ending the lead's term).
    const ok = await t.as(owner).patch(`${s.base}/appointments/${lead}`, { to: "2026-03-31" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await s.list()).find((a) => a.id === lead)?.to).toBe("2026-03-31");
  });

  it("needs a department for a department manager (409, field departmentId)", async () => {
    const s = await setup("部門 長");
    const res = await s.appoint({
      role: "dept_manager",
      personId: s.people["部門 長"],
      from: "2024-04-01",
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("DEPT_MANAGER_NEEDS_DEPARTMENT");
    expect(res.json().error.fields).toEqual({
      departmentId: "部門管理者には部門を指定してください。",
    });
    const ok = await created(
      await s.appoint({
        role: "dept_manager",
        personId: s.people["部門 長"],
        departmentId: s.dept,
        from: "2024-04-01",
      }),
    );
    expect((await s.list()).find((a) => a.id === ok)?.departmentName).toBe("開発部");
    // Removing the department by PATCH is refused the same way.
    const cleared = await t.as(owner).patch(`${s.base}/appointments/${ok}`, { departmentId: null });
    expect(cleared.statusCode).toBe(409);
    expect(cleared.json().error.code).toBe("DEPT_MANAGER_NEEDS_DEPARTMENT");
  });

  it("keeps the department when a PATCH changes only the note", async () => {
    const s = await setup("部門 長");
    const id = await created(
      await s.appoint({
        role: "dept_manager",
        personId: s.people["部門 長"],
        departmentId: s.dept,
        from: "2024-04-01",
      }),
    );
    const res = await t
      .as(owner)
      .patch(`${s.base}/appointments/${id}`, { note: "兼 情報システム" });
    expect(res.statusCode, res.body).toBe(200);
    const row = (await s.list()).find((a) => a.id === id);
    expect(row).toMatchObject({ departmentId: s.dept, note: "兼 情報システム" });
  });

  it("refuses an end before the start (PERIOD_INVALID, field to)", async () => {
    const s = await setup("期間 誤り");
    const res = await s.appoint({
      role: "education_lead",
      personId: s.people["期間 誤り"],
      from: "2025-04-01",
      to: "2025-03-31",
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({
      code: "PERIOD_INVALID",
      message: "任期の終了日は開始日以降にしてください。",
      fields: { to: "任期の終了日は開始日以降にしてください。" },
    });
    // One day is a valid period.
    await created(
      await s.appoint({
        role: "education_lead",
        personId: s.people["期間 誤り"],
        from: "2025-04-01",
        to: "2025-04-01",
      }),
    );
  });

  it("refuses a person or a department of another organization (400)", async () => {
    const s = await setup("自社 社員");
    const other = await setup("他社 社員");
    const byPerson = await s.appoint({
      role: "top_management",
      personId: other.people["他社 社員"],
      from: "2024-04-01",
    });
    expect(byPerson.statusCode).toBe(400);
    expect(Object.keys(byPerson.json().error.fields)).toEqual(["personId"]);
    const byDept = await s.appoint({
      role: "dept_manager",
      personId: s.people["自社 社員"],
      departmentId: other.dept,
      from: "2024-04-01",
    });
    expect(byDept.statusCode).toBe(400);
    expect(Object.keys(byDept.json().error.fields)).toEqual(["departmentId"]);
    expect(await s.list()).toEqual([]);
  });

  it("marks current appointments and filters by ?on= (both ends inclusive) and role", async () => {
    const s = await setup("前任 一郎", "後任 二郎", "将来 三郎");
    const before = await created(
      await s.appoint({
        role: "pms_manager",
        personId: s.people["前任 一郎"],
        from: "2023-04-01",
        to: "2025-03-31",
      }),
    );
    const after = await created(
      await s.appoint({ role: "pms_manager", personId: s.people["後任 二郎"], from: "2025-04-01" }),
    );
    const future = await created(
      await s.appoint({
        role: "internal_auditor",
        personId: s.people["将来 三郎"],
        from: "2099-04-01",
      }),
    );
    const current = Object.fromEntries((await s.list()).map((a) => [a.id, a.current]));
    expect(current).toEqual({ [before]: false, [after]: true, [future]: false });

    const on = async (date: string) => (await s.list(`?on=${date}`)).map((a) => a.id);
    expect(await on("2023-03-31")).toEqual([]);
    expect(await on("2023-04-01")).toEqual([before]);
    expect(await on("2025-03-31")).toEqual([before]);
    expect(await on("2025-04-01")).toEqual([after]);
    expect(await on("2099-04-01")).toEqual([future, after]);
    expect((await s.list("?role=internal_auditor")).map((a) => a.id)).toEqual([future]);

    const bad = await t.as(owner).get(`${s.base}/appointments?on=2025-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("on");
  });

  it("pages the list", async () => {
    const s = await setup("窓口 一", "窓口 二", "窓口 三");
    for (const name of ["窓口 一", "窓口 二", "窓口 三"]) {
      await created(
        await s.appoint({ role: "complaints_desk", personId: s.people[name], from: "2024-04-01" }),
      );
    }
    const res = await t.as(owner).get(`${s.base}/appointments?limit=2&page=2`);
    expect(res.json().total).toBe(3);
    expect(res.json().items).toHaveLength(1);
  });

  it("deletes an appointment", async () => {
    const s = await setup("削除 対象");
    const id = await created(
      await s.appoint({
        role: "top_management",
        personId: s.people["削除 対象"],
        from: "2024-04-01",
      }),
    );
    expect((await t.as(owner).delete(`${s.base}/appointments/${id}`)).statusCode).toBe(204);
    expect(await s.list()).toEqual([]);
    expect((await t.as(owner).delete(`${s.base}/appointments/${id}`)).statusCode).toBe(404);
  });

  it("lets exactly one of two simultaneous overlapping PMS manager appointments through", async () => {
    for (let round = 0; round < 3; round++) {
      const s = await setup("候補 甲", "候補 乙");
      const results = await Promise.all([
        s.appoint({ role: "pms_manager", personId: s.people["候補 甲"], from: "2024-04-01" }),
        s.appoint({
          role: "pms_manager",
          personId: s.people["候補 乙"],
          from: "2024-10-01",
          to: "2025-09-30",
        }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe(
        "PMS_MANAGER_ALREADY_APPOINTED",
      );
      expect(await s.list("?role=pms_manager")).toHaveLength(1);
    }
  });
});
