// Departments through the real HTTP routes: the tree, moves, refusals, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Dept = {
  id: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
  peopleCount: number;
};
type AuditItem = {
  seq: number;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: Record<string, { old: unknown; new: unknown }>;
};

describe.each(dbKinds)("departments (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  let base: string;
  let honsha: string;
  let soumu: string;
  let jinji: string;

  const api = () => t.as(owner);
  async function create(name: string, parentId: string | null = null, sortOrder?: number) {
    const res = await api().post(`${base}/departments`, {
      name,
      parentId,
      ...(sortOrder !== undefined ? { sortOrder } : {}),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function list(): Promise<Dept[]> {
    const res = await api().get(`${base}/departments`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }
  async function byId(id: string) {
    return (await list()).find((d) => d.id === id);
  }
  async function events(entityId: string): Promise<AuditItem[]> {
    const res = await api().get(`${base}/audit-events?entity=department&entityId=${entityId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }
  async function auditTotal(): Promise<number> {
    return (await api().get(`${base}/audit-events?limit=1`)).json().total;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("部門 管理者");
    orgId = await t.createOrg(owner, "株式会社ぶもん");
    base = `/api/v1/orgs/${orgId}`;
    honsha = await create("本社", null, 0);
    soumu = await create("総務部", honsha, 1);
    jinji = await create("人事課", soumu, 2);
  });
  afterAll(() => t.close());

  it("lists the tree in sort order with parents and people counts", async () => {
    for (const [name, email] of [
      ["人事 一郎", "jinji1@example.jp"],
      ["人事 二郎", "jinji2@example.jp"],
    ] as const) {
      const res = await api().post(`${base}/people`, {
        name,
        email,
        employmentType: "regular",
        departmentId: jinji,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(await list()).toEqual([
      { id: honsha, name: "本社", parentId: null, sortOrder: 0, peopleCount: 0 },
      { id: soumu, name: "総務部", parentId: honsha, sortOrder: 1, peopleCount: 0 },
      { id: jinji, name: "人事課", parentId: soumu, sortOrder: 2, peopleCount: 2 },
    ]);
  });

  it("orders departments with the same sort order by name, and filters by q", async () => {
    const b = await create("Bチーム", null, 50);
    const a = await create("Aチーム", null, 50);
    const names = (await list()).map((d) => d.name);
    expect(names.slice(-2)).toEqual(["Aチーム", "Bチーム"]);
    const q = await api().get(`${base}/departments?q=${encodeURIComponent("務")}`);
    expect(q.json().items.map((d: Dept) => d.name)).toEqual(["総務部"]);
    // A LIKE wildcard in q is taken literally.
    const pct = await api().get(`${base}/departments?q=${encodeURIComponent("%")}`);
    expect(pct.json().total).toBe(0);
    expect((await api().delete(`${base}/departments/${a}`)).statusCode).toBe(204);
    expect((await api().delete(`${base}/departments/${b}`)).statusCode).toBe(204);
  });

  it("records the creation in the audit trail", async () => {
    const [created] = await events(jinji);
    expect(created).toMatchObject({
      entity: "department",
      entityId: jinji,
      action: "create",
      actorName: "部門 管理者",
    });
    expect(created?.changes).toEqual({
      id: { old: null, new: jinji },
      name: { old: null, new: "人事課" },
      parentId: { old: null, new: soumu },
      sortOrder: { old: null, new: 2 },
    });
  });

  it("renames a department and audits old and new names", async () => {
    const res = await api().patch(`${base}/departments/${jinji}`, { name: "人事グループ" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: jinji });
    expect((await byId(jinji))?.name).toBe("人事グループ");
    const [latest] = await events(jinji);
    expect(latest?.action).toBe("update");
    expect(latest?.changes).toEqual({ name: { old: "人事課", new: "人事グループ" } });
  });

  it("does not append an event when nothing changed", async () => {
    const before = await auditTotal();
    const res = await api().patch(`${base}/departments/${jinji}`, { name: "人事グループ" });
    expect(res.statusCode).toBe(200);
    expect(await auditTotal()).toBe(before);
  });

  it("moves a department to another parent and audits the move", async () => {
    const res = await api().patch(`${base}/departments/${jinji}`, { parentId: honsha });
    expect(res.statusCode, res.body).toBe(200);
    expect((await byId(jinji))?.parentId).toBe(honsha);
    const [latest] = await events(jinji);
    expect(latest?.changes).toEqual({ parentId: { old: soumu, new: honsha } });
    // Back under 総務部 for the tests below; then to the top level and back.
    expect(
      (await api().patch(`${base}/departments/${jinji}`, { parentId: soumu })).statusCode,
    ).toBe(200);
    expect((await api().patch(`${base}/departments/${jinji}`, { parentId: null })).statusCode).toBe(
      200,
    );
    expect((await byId(jinji))?.parentId).toBeNull();
    expect(
      (await api().patch(`${base}/departments/${jinji}`, { parentId: soumu })).statusCode,
    ).toBe(200);
    expect((await byId(jinji))?.parentId).toBe(soumu);
  });

  it("refuses to move a department under itself", async () => {
    const before = await auditTotal();
    const res = await api().patch(`${base}/departments/${soumu}`, { parentId: soumu });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("DEPARTMENT_CYCLE");
    expect(res.json().error.message).toBe("部門を自身の配下に移動することはできません。");
    expect(res.json().error.fields).toEqual({
      parentId: "部門を自身の配下に移動することはできません。",
    });
    expect((await byId(soumu))?.parentId).toBe(honsha);
    expect(await auditTotal()).toBe(before);
  });

  it("refuses to move a department under its child or grandchild", async () => {
    for (const target of [soumu, jinji]) {
      const res = await t.as(owner, "en").patch(`${base}/departments/${honsha}`, {
        parentId: target,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("DEPARTMENT_CYCLE");
      expect(res.json().error.fields.parentId).toBe("A department cannot be moved under itself.");
    }
    expect((await byId(honsha))?.parentId).toBeNull();
  });

  it("refuses a parent that does not exist", async () => {
    const res = await api().post(`${base}/departments`, { name: "孤児", parentId: "no-such-id" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(res.json().error.fields)).toEqual(["parentId"]);
  });

  it("refuses another organization's department as parent, on create and on move", async () => {
    const other = await t.signUp("他社 次郎");
    const otherOrg = await t.createOrg(other, "他社株式会社");
    const foreign = await t.as(other).post(`/api/v1/orgs/${otherOrg}/departments`, {
      name: "他社の部",
    });
    expect(foreign.statusCode).toBe(201);
    const foreignId = foreign.json().id;
    const before = await auditTotal();

    const created = await api().post(`${base}/departments`, { name: "越境", parentId: foreignId });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields).toHaveProperty("parentId");
    const moved = await api().patch(`${base}/departments/${jinji}`, { parentId: foreignId });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields).toHaveProperty("parentId");

    expect((await list()).map((d) => d.name)).not.toContain("越境");
    expect((await byId(jinji))?.parentId).toBe(soumu);
    expect(await auditTotal()).toBe(before);
    // And the other organization's own tree is untouched and invisible here.
    expect(JSON.stringify(await list())).not.toContain("他社の部");
  });

  it("refuses to delete a department that has sub-departments (409)", async () => {
    const res = await api().delete(`${base}/departments/${soumu}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("DEPARTMENT_HAS_CHILDREN");
    expect(res.json().error.message).toBe(
      "下位部門があるため削除できません。先に下位部門を移動または削除してください。",
    );
    expect(await byId(soumu)).toBeDefined();
  });

  it("refuses to delete a department people belong to (409)", async () => {
    const res = await t.as(owner, "en").delete(`${base}/departments/${jinji}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("DEPARTMENT_IN_USE");
    expect(res.json().error.message).toBe(
      "People or appointments still belong to this department.",
    );
    expect(await byId(jinji)).toBeDefined();
  });

  it("refuses to delete a department an appointment refers to (409)", async () => {
    const dept = await create("営業部", honsha);
    const person = await api().post(`${base}/people`, {
      name: "営業 花子",
      employmentType: "regular",
    });
    const appt = await api().post(`${base}/appointments`, {
      role: "dept_manager",
      personId: person.json().id,
      departmentId: dept,
      from: "2024-04-01",
    });
    expect(appt.statusCode, appt.body).toBe(201);
    const res = await api().delete(`${base}/departments/${dept}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("DEPARTMENT_IN_USE");
  });

  it("deletes a leaf department and audits the old values", async () => {
    const leaf = await create("庶務係", soumu, 7);
    const res = await api().delete(`${base}/departments/${leaf}`);
    expect(res.statusCode).toBe(204);
    expect(await byId(leaf)).toBeUndefined();
    const [deleted] = await events(leaf);
    expect(deleted?.action).toBe("delete");
    expect(deleted?.changes).toEqual({
      id: { old: leaf, new: null },
      name: { old: "庶務係", new: null },
      parentId: { old: soumu, new: null },
      sortOrder: { old: 7, new: null },
    });
    const again = await api().delete(`${base}/departments/${leaf}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe("NOT_FOUND");
  });

  it("never lets two concurrent moves build a cycle", async () => {
    const x = await create("X部");
    const y = await create("Y部");
    const results = await Promise.all([
      api().patch(`${base}/departments/${x}`, { parentId: y }),
      api().patch(`${base}/departments/${y}`, { parentId: x }),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 400]);
    const failed = results.find((r) => r.statusCode === 400);
    expect(failed?.json().error.code).toBe("DEPARTMENT_CYCLE");
    const depts = await list();
    const xRow = depts.find((d) => d.id === x);
    const yRow = depts.find((d) => d.id === y);
    expect([xRow?.parentId, yRow?.parentId]).toContain(null);
  });
});
