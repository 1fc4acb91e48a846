// Formal acceptance of a residual risk: who may accept, the defaults, withdrawal, and the
// acceptance being cleared when the assessment it was given for is re-rated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Event = {
  action: string;
  actorName: string;
  changes: Record<string, { old: unknown; new: unknown }>;
};

describe.each(dbKinds)("risk acceptance (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let manager: TestUser;
  let base: string;
  let item: string;

  const api = () => t.as(owner);
  async function newRisk(extra: Record<string, unknown> = {}) {
    const res = await api().post(`${base}/risks`, {
      itemId: item,
      phase: "storage_backup",
      kind: "loss",
      description: "バックアップが取れていない",
      likelihood: 3,
      impact: 3,
      residualLikelihood: 2,
      residualImpact: 2,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function events(id: string, action: string): Promise<Event[]> {
    const res = await api().get(
      `${base}/audit-events?entity=inventory_risk&entityId=${id}&action=${action}`,
    );
    return res.json().items;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("受容 責任者");
    const orgId = await t.createOrg(owner, "株式会社じゅよう");
    base = `/api/v1/orgs/${orgId}`;
    manager = await t.signUp("部門 管理者");
    await t.addMember(owner, orgId, manager, "manager");
    item = (await api().post(`${base}/inventory-items`, { name: "バックアップ" })).json().id;
  });
  afterAll(() => t.close());

  it("accepts with today (JST) and the caller's name by default, audited with the level", async () => {
    const id = await newRisk();
    const res = await api().post(`${base}/risks/${id}/accept`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      acceptedBy: "受容 責任者",
      acceptedOn: todayInJapan(),
      aboveAcceptance: true,
      needsAction: false,
    });
    const [event] = await events(id, "accept");
    expect(event?.changes).toEqual({
      acceptedBy: { old: null, new: "受容 責任者" },
      acceptedOn: { old: null, new: todayInJapan() },
      acceptedAssessment: {
        old: null,
        new: { basis: "residual", likelihood: 2, impact: 2, level: "medium" },
      },
    });
  });

  it("takes a given name and day, and accepts the inherent level when there is no residual", async () => {
    const id = await newRisk({ residualLikelihood: null, residualImpact: null });
    const res = await api().post(`${base}/risks/${id}/accept`, {
      acceptedBy: "代表取締役 山田",
      acceptedOn: "2025-04-01",
    });
    expect(res.json()).toMatchObject({ acceptedBy: "代表取締役 山田", acceptedOn: "2025-04-01" });
    const [event] = await events(id, "accept");
    expect(event?.changes.acceptedAssessment?.new).toEqual({
      basis: "inherent",
      likelihood: 3,
      impact: 3,
      level: "high",
    });
  });

  it("refuses bad acceptance input and other roles, changing nothing", async () => {
    const id = await newRisk();
    const bad = await api().post(`${base}/risks/${id}/accept`, {
      acceptedOn: "2025-02-30",
      acceptedBy: "<i>x</i>",
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["acceptedBy", "acceptedOn"]);
    const byManager = await t.as(manager).post(`${base}/risks/${id}/accept`, {});
    expect(byManager.statusCode).toBe(403);
    expect((await api().get(`${base}/risks/${id}`)).json().acceptedOn).toBeNull();
    expect(await events(id, "accept")).toEqual([]);
  });

  it("withdraws an acceptance (audited); withdrawing again changes nothing", async () => {
    const id = await newRisk();
    await api().post(`${base}/risks/${id}/accept`, { acceptedOn: "2025-05-01" });
    const res = await api().delete(`${base}/risks/${id}/accept`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ acceptedBy: null, acceptedOn: null, needsAction: true });
    const [event] = await events(id, "withdraw_acceptance");
    expect(event?.changes).toEqual({
      acceptedBy: { old: "受容 責任者", new: null },
      acceptedOn: { old: "2025-05-01", new: null },
    });
    expect((await api().delete(`${base}/risks/${id}/accept`)).statusCode).toBe(200);
    expect(await events(id, "withdraw_acceptance")).toHaveLength(1);
  });

  it("keeps the acceptance through other edits, clears it when the rating changes", async () => {
    const id = await newRisk();
    await api().post(`${base}/risks/${id}/accept`, { acceptedOn: "2025-06-01" });
    const text = await api().patch(`${base}/risks/${id}`, {
      description: "外付けディスクにしかバックアップがない",
      residualImpact: 2,
    });
    expect(text.json()).toMatchObject({ acceptedOn: "2025-06-01", acceptedBy: "受容 責任者" });

    const rerated = await t.as(manager).patch(`${base}/risks/${id}`, { residualImpact: 3 });
    expect(rerated.statusCode, rerated.body).toBe(200);
    expect(rerated.json()).toMatchObject({
      acceptedOn: null,
      acceptedBy: null,
      residual: { level: "high" },
      needsAction: true,
    });
    const updates = await events(id, "update");
    expect(updates[0]?.actorName).toBe("部門 管理者");
    expect(updates[0]?.changes).toEqual({
      residualImpact: { old: 2, new: 3 },
      acceptedBy: { old: "受容 責任者", new: null },
      acceptedOn: { old: "2025-06-01", new: null },
      // The new rating is the manager's assessment (same day: only the name changes).
      assessedBy: { old: "受容 責任者", new: "部門 管理者" },
      acceptanceCleared: { old: null, new: "reassessed" },
    });

    // The inherent rating counts too.
    await api().post(`${base}/risks/${id}/accept`, {});
    const inherent = await api().patch(`${base}/risks/${id}`, { likelihood: 2 });
    expect(inherent.json().acceptedOn).toBeNull();
  });
});
