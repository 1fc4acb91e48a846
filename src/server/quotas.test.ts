// Per-user quotas on the expensive routes: the counter's window, and the real routes with the
// defaults (10 organizations an hour, 5 of them demo companies, 10 PDFs in 10 minutes).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestUser } from "../test/harness.ts";
import { defaultQuotas, QuotaCounter, quotasFrom, quotasOf } from "./quotas.ts";

describe("QuotaCounter", () => {
  const quotas = { ...defaultQuotas, import: { max: 3, windowSeconds: 600 } };
  it("allows max uses per window, then says how long to wait, then allows again", () => {
    const counter = new QuotaCounter(quotas);
    const t0 = Date.UTC(2026, 11, 6, 9, 0, 0);
    expect(counter.take("u1", ["import"], t0)).toBeNull();
    expect(counter.take("u1", ["import"], t0 + 60_000)).toBeNull();
    expect(counter.take("u1", ["import"], t0 + 120_000)).toBeNull();
    // The first use leaves the 10-minute window at t0 + 600 s: 420 s after t0 + 180 s.
    expect(counter.take("u1", ["import"], t0 + 180_000)).toBe(420);
    // Another user has a quota of their own.
    expect(counter.take("u2", ["import"], t0 + 180_000)).toBeNull();
    // A refused attempt is not counted: once the first use is out, one more fits.
    expect(counter.take("u1", ["import"], t0 + 600_001)).toBeNull();
    expect(counter.take("u1", ["import"], t0 + 600_002)).toBe(60);
  });

  it("refuses when any of the quotas is used up and then counts none", () => {
    const counter = new QuotaCounter({
      ...defaultQuotas,
      demoCreate: { max: 1, windowSeconds: 60 },
    });
    expect(counter.take("u", ["orgCreate", "demoCreate"], 0)).toBeNull();
    expect(counter.take("u", ["orgCreate", "demoCreate"], 1000)).toBe(59);
    // Plain organizations still fit: only one orgCreate use was counted so far.
    for (let i = 0; i < 9; i++) expect(counter.take("u", ["orgCreate"], 2000 + i)).toBeNull();
    expect(counter.take("u", ["orgCreate"], 3000)).not.toBeNull();
  });

  it("reads overrides from the environment and refuses a malformed one", () => {
    expect(quotasFrom({ QUOTA_ORG_CREATE: "3/60" }).orgCreate).toEqual({
      max: 3,
      windowSeconds: 60,
    });
    expect(quotasFrom({}).pdf).toEqual({ max: 10, windowSeconds: 600 });
    expect(() => quotasFrom({ QUOTA_PDF: "ten" })).toThrow(/QUOTA_PDF/);
  });

  it("knows which routes are expensive", () => {
    expect(quotasOf("POST", "/api/v1/orgs", { name: "x" })).toEqual(["orgCreate"]);
    expect(quotasOf("POST", "/api/v1/orgs", { name: "x", demo: true })).toEqual([
      "orgCreate",
      "demoCreate",
    ]);
    expect(quotasOf("POST", "/api/v1/orgs/:orgId/people/import", {})).toEqual(["import"]);
    expect(quotasOf("GET", "/api/v1/orgs/:orgId/risks/export.pdf", null)).toEqual(["pdf"]);
    expect(quotasOf("GET", "/api/v1/orgs/:orgId/people/export.xlsx", null)).toEqual(["export"]);
    expect(
      quotasOf("GET", "/api/v1/orgs/:orgId/documents/:id/versions/:vid/export.docx", null),
    ).toEqual(["export"]);
    expect(quotasOf("GET", "/api/v1/orgs/:orgId/documents/export.zip", null)).toEqual([
      "pdf",
      "export",
    ]);
    expect(quotasOf("GET", "/api/v1/orgs/:orgId/people", null)).toEqual([]);
  });
});

describe("quotas on the real routes", () => {
  let t: TestApp;
  let owner: TestUser;
  beforeAll(async () => {
    t = await startTestApp("pglite", {
      QUOTA_ORG_CREATE: "10/3600",
      QUOTA_DEMO_CREATE: "5/3600",
      QUOTA_PDF: "10/600",
    });
    owner = await t.signUp("上限 太郎");
  });
  afterAll(() => t.close());

  it("answers the 11th organization of the hour with 429 and a clear message", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++)
      statuses.push((await t.as(owner).post("/api/v1/orgs", { name: `株式会社${i}` })).statusCode);
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    const refused = await t.as(owner).post("/api/v1/orgs", { name: "株式会社12" });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(3500);
    expect(refused.json().error).toEqual({
      code: "QUOTA_EXCEEDED",
      message:
        "短い時間に同じ種類の操作（事業者の作成、取込み、出力など）が多すぎます。60分ほど待ってから再度お試しください。",
    });
    const orgs = (await t.as(owner).get("/api/v1/orgs")).json();
    expect(orgs.items ?? orgs).toHaveLength(10);
    // Another user is not held back by the first one's use.
    const other = await t.signUp("別人 花子");
    expect((await t.as(other).post("/api/v1/orgs", { name: "株式会社べつ" })).statusCode).toBe(201);
  });

  it("limits PDF prints per user", async () => {
    const user = await t.signUp("印刷 次郎");
    const orgId = await t.createOrg(user, "株式会社いんさつ");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await t.as(user).get(`/api/v1/orgs/${orgId}/inventory-items/export.pdf`)).statusCode,
      );
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
    // Reading the register itself is not limited.
    expect((await t.as(user).get(`/api/v1/orgs/${orgId}/inventory-items`)).statusCode).toBe(200);
  });
});
