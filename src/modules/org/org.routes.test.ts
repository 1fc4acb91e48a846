import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

describe.each(dbKinds)("organizations and profile (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("山田 花子");
    orgId = await t.createOrg(owner, "株式会社やまだ");
  });
  afterAll(() => t.close());

  it("lists the organizations of the signed-in user with their role", async () => {
    const res = await t.as(owner).get("/api/v1/orgs");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      items: [{ id: orgId, name: "株式会社やまだ", role: "owner" }],
      total: 1,
    });
  });

  it("refuses anonymous callers with 401 in Japanese", async () => {
    const res = await t.as(null).get("/api/v1/orgs");
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("UNAUTHENTICATED");
    expect(res.json().error.message).toBe("ログインしてください。");
  });

  it("saves the profile and computes the size class and fees", async () => {
    const res = await t.as(owner).put(`/api/v1/orgs/${orgId}/profile`, {
      name: "株式会社やまだ",
      corporateNumber: "7000012050002",
      industry: "service",
      capital: 10_000_000,
      employeeCount: 40,
      offices: [{ address: "東京都千代田区1-1", business: "本社" }],
      scope: "全社",
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // サービス業: 6–100 staff → medium; new = 52,382 + 471,429 + 104,762.
    expect(body.sizeClass.sizeClass).toBe("medium");
    expect(body.sizeClass.fees.newApplication.total).toBe(628_573);
  });

  it("tells no registered capital from capital not entered", async () => {
    const put = (body: object) =>
      t.as(owner).put(`/api/v1/orgs/${orgId}/profile`, {
        name: "一般社団法人やまだ",
        industry: "manufacturing_other",
        employeeCount: 301,
        ...body,
      });
    // Not entered: taken as not above ¥300M, so 301 staff is still medium.
    const notEntered = await put({ capital: null });
    expect(notEntered.statusCode).toBe(200);
    expect(notEntered.json()).toMatchObject({ capital: null, noCapital: false });
    expect(notEntered.json().sizeClass.sizeClass).toBe("medium");
    // No capital: staff alone, 301 or more in 製造業・その他 is large.
    const none = await put({ capital: null, noCapital: true });
    expect(none.statusCode).toBe(200);
    const body = none.json();
    expect(body).toMatchObject({ capital: null, noCapital: true });
    expect(body.sizeClass.sizeClass).toBe("large");
    // large: 52,382 + 995,238 + 209,524 = 1,257,144
    expect(body.sizeClass.fees.newApplication.total).toBe(1_257_144);
    expect(body.sizeClass.fees.asOf).toBe("2019-10-01");
    expect(body.sizeClass.fees.extras).toEqual([
      {
        key: "onsite_extra_hour",
        label: { ja: "現地審査の時間延長料（1時間ごと）", en: "On-site audit, each extra hour" },
        amountYen: null,
        verified: false,
      },
      {
        key: "reaudit",
        label: { ja: "再審査料", en: "Re-audit fee" },
        amountYen: null,
        verified: false,
      },
    ]);
    const read = await t.as(owner).get(`/api/v1/orgs/${orgId}/profile`);
    expect(read.json()).toMatchObject({ noCapital: true, capital: null });
    const events = await t
      .as(owner)
      .get(`/api/v1/orgs/${orgId}/audit-events?entity=org_profile&entityId=${orgId}`);
    expect(events.json().items[0].changes).toMatchObject({ noCapital: { old: false, new: true } });
  });

  it("refuses an amount together with 資本金なし, naming the capital field", async () => {
    const res = await t.as(owner).put(`/api/v1/orgs/${orgId}/profile`, {
      name: "株式会社やまだ",
      capital: 1_000_000,
      noCapital: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      capital: "「資本金なし」を選んだときは資本金の額を入力しないでください。",
    });
    const wrongType = await t
      .as(owner)
      .put(`/api/v1/orgs/${orgId}/profile`, { name: "株式会社やまだ", noCapital: "yes" });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.fields).toHaveProperty("noCapital");
  });

  it("rejects a corporate number with a wrong check digit, naming the field", async () => {
    const res = await t
      .as(owner, "en")
      .put(`/api/v1/orgs/${orgId}/profile`, { name: "x", corporateNumber: "8000012050002" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields, res.body).toHaveProperty("corporateNumber");
    expect(res.json().error.fields.corporateNumber).toMatch(/check digit/);
  });

  it("hides another organization from a non-member (404)", async () => {
    const stranger = await t.signUp("他社 一郎");
    const res = await t.as(stranger).get(`/api/v1/orgs/${orgId}/profile`);
    expect(res.statusCode).toBe(404);
    expect(JSON.stringify(res.json())).not.toContain("やまだ");
  });
});
