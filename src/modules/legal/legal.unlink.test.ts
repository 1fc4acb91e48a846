// Deleting a register item or a department drops its links to legal entries (cascade); each
// entry's own history records the link going, in the same transaction as the delete.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Event = { entity: string; entityId: string; action: string; changes: object };

describe.each(dbKinds)("legal links of deleted items and departments (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let base: string;
  const id = { a: "", b: "", x: "", y: "", e1: "", e2: "", e3: "" };

  const post = async (path: string, body: object) => {
    const res = await t.as(owner).post(`${base}${path}`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const legalEvents = async (entityId: string) => {
    const res = await t
      .as(owner)
      .get(`${base}/audit-events?entity=legal_requirement&entityId=${entityId}&limit=50`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json().items as Event[]).filter((e) => e.action === "update");
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("法令 担当");
    base = `/api/v1/orgs/${await t.createOrg(owner, "株式会社リンク")}`;
    id.x = await post("/departments", { name: "営業部" });
    id.y = await post("/departments", { name: "総務部" });
    id.a = await post("/inventory-items", { name: "顧客名簿" });
    id.b = await post("/inventory-items", { name: "給与台帳" });
    id.e1 = await post("/legal-requirements", {
      name: "業界指針A",
      kind: "guideline",
      itemIds: [id.a, id.b],
      departmentIds: [id.x],
    });
    id.e2 = await post("/legal-requirements", {
      name: "業界指針B",
      kind: "guideline",
      itemIds: [id.a],
    });
    id.e3 = await post("/legal-requirements", {
      name: "業界指針C",
      kind: "guideline",
      departmentIds: [id.y],
    });
  });
  afterAll(() => t.close());

  it("records on each linked entry the item link that went with a deleted item", async () => {
    const del = await t.as(owner).delete(`${base}/inventory-items/${id.a}`);
    expect(del.statusCode, del.body).toBe(204);
    expect((await legalEvents(id.e1)).map((e) => e.changes)).toEqual([
      { itemIds: { old: [id.a, id.b].sort(), new: [id.b] } },
    ]);
    expect((await legalEvents(id.e2)).map((e) => e.changes)).toEqual([
      { itemIds: { old: [id.a], new: [] } },
    ]);
    expect(await legalEvents(id.e3)).toEqual([]);
    const e1 = (await t.as(owner).get(`${base}/legal-requirements/${id.e1}`)).json();
    expect(e1.itemIds).toEqual([id.b]);
  });

  it("records the department link that went with a deleted department", async () => {
    const del = await t.as(owner).delete(`${base}/departments/${id.x}`);
    expect(del.statusCode, del.body).toBe(204);
    expect((await legalEvents(id.e1)).map((e) => e.changes)).toContainEqual({
      departmentIds: { old: [id.x], new: [] },
    });
    expect(await legalEvents(id.e3)).toEqual([]);
    const e1 = (await t.as(owner).get(`${base}/legal-requirements/${id.e1}`)).json();
    expect(e1.departmentIds).toEqual([]);
  });

  it("writes no legal event when the deleted record had no links", async () => {
    const lone = await post("/inventory-items", { name: "応募者名簿" });
    const total = async () =>
      (await t.as(owner).get(`${base}/audit-events?entity=legal_requirement&limit=1`)).json()
        .total as number;
    const before = await total();
    expect((await t.as(owner).delete(`${base}/inventory-items/${lone}`)).statusCode).toBe(204);
    expect(await total()).toBe(before);
  });
});
