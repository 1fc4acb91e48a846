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
