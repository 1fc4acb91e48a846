// The register list: its total is kept per filter while the register's change counter stays
// (every kind of register write moves the counter, so the total follows at once), and its
// page, read as one JSON text, shows each item as reading it alone does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { clearRegisterTotals } from "./inventory.totals.ts";

describe.each(dbKinds)("register list totals (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let otherOrg: string;
  const base = () => `/api/v1/orgs/${orgId}/inventory-items`;

  async function total(query = "", org = orgId) {
    const res = await t.as(owner).get(`/api/v1/orgs/${org}/inventory-items?limit=1${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { total: number }).total;
  }

  async function create(name: string, extra: Record<string, unknown> = {}) {
    const res = await t.as(owner).post(base(), { name, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("件数 担当");
    orgId = await t.createOrg(owner, "株式会社けんすう");
    otherOrg = await t.createOrg(owner, "株式会社べつ");
    clearRegisterTotals();
  });
  afterAll(async () => t?.close());

  it("follows creates, edits, retirement, reviews and deletes, per filter", async () => {
    expect(await total()).toBe(0);
    const a = await create("顧客名簿", { sensitive: true });
    expect(await total()).toBe(1);
    expect(await total("&sensitive=true")).toBe(1);
    const b = await create("社員名簿");
    expect(await total()).toBe(2);
    expect(await total("&sensitive=true")).toBe(1);
    expect(await total("&q=%E7%A4%BE%E5%93%A1")).toBe(1); // 社員

    const edit = await t.as(owner).patch(`${base()}/${b}`, { sensitive: true });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(await total("&sensitive=true")).toBe(2);

    const overdueBefore = await total("&reviewOverdue=true");
    const reviewed = await t.as(owner).post(`${base()}/reviewed`, {
      ids: [a, b],
      reviewedOn: new Date().toISOString().slice(0, 10),
    });
    expect(reviewed.statusCode, reviewed.body).toBeLessThan(300);
    expect(overdueBefore).toBe(2);
    expect(await total("&reviewOverdue=true")).toBe(0);

    expect((await t.as(owner).delete(`${base()}/${a}`)).statusCode).toBe(204);
    expect(await total()).toBe(1);
    expect(await total("&sensitive=true")).toBe(1);
  });

  it("lists each item exactly as reading it alone shows it (the page comes as JSON)", async () => {
    const dept = await t.as(owner).post(`/api/v1/orgs/${orgId}/departments`, { name: "総務部" });
    expect(dept.statusCode, dept.body).toBe(201);
    const id = await create("全項目の台帳", {
      departmentId: (dept.json() as { id: string }).id,
      dataItems: [
        { name: "氏名", category: "基本", sensitive: false },
        { name: "病歴", sensitive: true },
      ],
      subjectCategories: ["customer"],
      identifiedOn: "2024-02-29",
      consentRequired: true,
      outsourced: false,
    });
    const list = await t.as(owner).get(`${base()}?limit=200&sort=department`);
    expect(list.statusCode, list.body).toBe(200);
    const listed = (list.json() as { items: { id: string }[] }).items;
    expect(listed.length).toBeGreaterThan(1);
    for (const item of listed) {
      const one = await t.as(owner).get(`${base()}/${item.id}`);
      expect(item).toEqual(one.json());
    }
    const full = listed.find((i) => i.id === id) as Record<string, unknown>;
    expect(full.departmentName).toBe("総務部");
    expect(full.identifiedOn).toBe("2024-02-29");
    expect(full.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("keeps organizations apart", async () => {
    expect(await total("", otherOrg)).toBe(0);
    await create("別組織ではない台帳");
    expect(await total("", otherOrg)).toBe(0);
  });
});
