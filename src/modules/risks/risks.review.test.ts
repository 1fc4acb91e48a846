// 見直し済み for risk rows (POST /risks/reviewed): the review day and the reviewer on every row,
// the planned review kept, replaced or cleared, acceptance and the last change left alone, one
// audit event per row; refusals write nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../core/obligations/dates.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Event = {
  action: string;
  actorName: string;
  changes: Record<string, { old: unknown; new: unknown }>;
};

describe.each(dbKinds)("risk review (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let manager: TestUser;
  let viewer: TestUser;
  let outsider: TestUser;
  let base: string;
  let otherBase: string;
  let item: string;

  const api = () => t.as(owner);
  const reviewed = (body: unknown, as = owner) => t.as(as).post(`${base}/risks/reviewed`, body);
  async function newRisk(extra: Record<string, unknown> = {}, at = base, itemId = item) {
    const res = await t.as(at === base ? owner : outsider).post(`${at}/risks`, {
      itemId,
      phase: "storage_backup",
      kind: "loss",
      description: "バックアップの媒体を紛失する",
      likelihood: 3,
      impact: 3,
      residualLikelihood: 2,
      residualImpact: 2,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const row = async (id: string) => (await api().get(`${base}/risks/${id}`)).json();
  async function events(id: string, action = "review"): Promise<Event[]> {
    const res = await api().get(
      `${base}/audit-events?entity=inventory_risk&entityId=${id}&action=${action}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("見直し 担当");
    const orgId = await t.createOrg(owner, "株式会社みなおし");
    base = `/api/v1/orgs/${orgId}`;
    manager = await t.signUp("部門 管理者");
    await t.addMember(owner, orgId, manager, "manager");
    viewer = await t.signUp("閲覧 専用");
    await t.addMember(owner, orgId, viewer, "viewer");
    outsider = await t.signUp("他社 社員");
    otherBase = `/api/v1/orgs/${await t.createOrg(outsider, "他社株式会社")}`;
    item = (await api().post(`${base}/inventory-items`, { name: "バックアップ媒体" })).json().id;
  });
  afterAll(() => t.close());

  it("records the day; a plan on or before it is cleared, a later one stays; acceptance and updatedAt stay", async () => {
    const never = await newRisk();
    const onDay = await newRisk({ reviewOn: "2025-06-30" });
    const later = await newRisk({ reviewOn: "2025-07-01" });
    const accepted = await newRisk({ reviewOn: "2025-03-01" });
    const accept = await api().post(`${base}/risks/${accepted}/accept`, {
      acceptedBy: "代表取締役 山田",
      acceptedOn: "2025-04-01",
    });
    expect(accept.statusCode, accept.body).toBe(200);
    const acceptedBefore = await row(accepted);

    const res = await reviewed({
      ids: [never, onDay, never, later, accepted],
      reviewedOn: "2025-06-30",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 4 });

    const expected: [string, string | null][] = [
      [never, null],
      [onDay, null],
      [later, "2025-07-01"],
      [accepted, null],
    ];
    for (const [id, reviewOn] of expected) {
      expect(await row(id), id).toMatchObject({ lastReviewedOn: "2025-06-30", reviewOn });
    }
    const acceptedAfter = await row(accepted);
    expect(acceptedAfter).toMatchObject({
      acceptedBy: "代表取締役 山田",
      acceptedOn: "2025-04-01",
      needsAction: false,
      updatedAt: acceptedBefore.updatedAt,
    });

    expect(await row(never)).toMatchObject({ lastReviewedBy: "見直し 担当" });
    const lastReviewedBy = { old: null, new: "見直し 担当" };
    const lastReviewedOn = { old: null, new: "2025-06-30" };
    expect((await events(never)).map((e) => e.changes)).toEqual([
      { lastReviewedOn, lastReviewedBy },
    ]);
    expect((await events(onDay)).map((e) => e.changes)).toEqual([
      { lastReviewedOn, reviewOn: { old: "2025-06-30", new: null }, lastReviewedBy },
    ]);
    expect((await events(later)).map((e) => e.changes)).toEqual([
      { lastReviewedOn, lastReviewedBy },
    ]);
    const [event] = await events(accepted);
    expect(event?.actorName).toBe("見直し 担当");
    expect(event?.changes).toEqual({
      lastReviewedOn,
      reviewOn: { old: "2025-03-01", new: null },
      lastReviewedBy,
    });
    // The acceptance was not withdrawn by the review.
    expect(await events(accepted, "withdraw_acceptance")).toEqual([]);
  });

  it("nextReviewOn replaces every plan, earlier, later or none; a second review names the first", async () => {
    const none = await newRisk();
    const far = await newRisk({ reviewOn: "2027-01-01" });
    const same = await newRisk({ reviewOn: "2026-06-15" });
    const first = await reviewed({ ids: [none, far, same], reviewedOn: "2025-05-01" });
    expect(first.statusCode, first.body).toBe(200);
    const res = await reviewed(
      { ids: [none, far, same], reviewedOn: "2025-06-15", nextReviewOn: "2026-06-15" },
      manager,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ updated: 3 });
    for (const id of [none, far, same]) {
      expect(await row(id), id).toMatchObject({
        lastReviewedOn: "2025-06-15",
        reviewOn: "2026-06-15",
      });
    }
    const lastReviewedBy = { old: "見直し 担当", new: "部門 管理者" };
    const lastReviewedOn = { old: "2025-05-01", new: "2025-06-15" };
    expect((await events(none))[0]?.changes).toEqual({
      lastReviewedOn,
      reviewOn: { old: null, new: "2026-06-15" },
      lastReviewedBy,
    });
    expect((await events(far))[0]?.changes).toEqual({
      lastReviewedOn,
      reviewOn: { old: "2027-01-01", new: "2026-06-15" },
      lastReviewedBy,
    });
    // Already planned for that day: the plan is not reported as changed.
    expect((await events(same))[0]?.changes).toEqual({ lastReviewedOn, lastReviewedBy });
    expect(await row(same)).toMatchObject({ lastReviewedBy: "部門 管理者" });
    expect(await events(same)).toHaveLength(2);
  });

  it("refuses a next review not after the review day, naming the field; nothing written", async () => {
    const id = await newRisk({ reviewOn: "2025-01-01" });
    for (const nextReviewOn of ["2025-06-30", "2025-06-29"]) {
      const res = await reviewed({ ids: [id], reviewedOn: "2025-06-30", nextReviewOn });
      expect(res.statusCode, nextReviewOn).toBe(400);
      expect(res.json().error.fields).toEqual({
        nextReviewOn: "次回見直し予定日は見直し日より後の日付にしてください。",
      });
    }
    expect(await row(id)).toMatchObject({ lastReviewedOn: null, reviewOn: "2025-01-01" });
    expect(await events(id)).toEqual([]);
  });

  it("refuses empty, oversized and malformed input", async () => {
    const empty = await reviewed({ ids: [], reviewedOn: "2025/06/30" });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields).sort()).toEqual(["ids", "reviewedOn"]);
    const huge = await reviewed({
      ids: Array.from({ length: 501 }, (_, i) => `id-${i}`),
      reviewedOn: "2025-06-30",
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.fields).toEqual({ ids: "500件以内にしてください。" });
    const extra = await reviewed({ ids: ["x"], reviewedOn: "2025-06-30", reviewOn: "2026-01-01" });
    expect(extra.statusCode).toBe(400);
    expect(Object.keys(extra.json().error.fields)).toEqual(["reviewOn"]);
    const badNext = await reviewed({ ids: ["x"], reviewedOn: "2025-06-30", nextReviewOn: null });
    expect(badNext.statusCode).toBe(400);
    expect(Object.keys(badNext.json().error.fields)).toEqual(["nextReviewOn"]);
  });

  it("is 404 with another organization's row among the ids; neither organization's row changes", async () => {
    const mine = await newRisk({ reviewOn: "2025-01-01" });
    const theirItem = (
      await t.as(outsider).post(`${otherBase}/inventory-items`, { name: "他社名簿" })
    ).json().id as string;
    const theirs = await newRisk({ reviewOn: "2025-01-01" }, otherBase, theirItem);
    const res = await reviewed({ ids: [mine, theirs], reviewedOn: "2025-06-30" });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain("他社");
    expect(await row(mine)).toMatchObject({ lastReviewedOn: null, reviewOn: "2025-01-01" });
    expect(await events(mine)).toEqual([]);
    const their = (await t.as(outsider).get(`${otherBase}/risks/${theirs}`)).json();
    expect(their).toMatchObject({ lastReviewedOn: null, reviewOn: "2025-01-01" });
    // And the other organization's user cannot review rows here.
    const foreign = await t
      .as(outsider)
      .post(`${base}/risks/reviewed`, { ids: [mine], reviewedOn: "2025-06-30" });
    expect(foreign.statusCode).toBe(404);
  });

  it("is 403 for a viewer, nothing written", async () => {
    const id = await newRisk();
    const res = await reviewed({ ids: [id], reviewedOn: "2025-06-30" }, viewer);
    expect(res.statusCode).toBe(403);
    expect((await row(id)).lastReviewedOn).toBeNull();
    expect(await events(id)).toEqual([]);
  });

  it("takes a row out of the reviewOverdue list once its plan is carried out", async () => {
    const today = todayInJapan();
    const late = await newRisk({ description: "期限切れの見直し", reviewOn: addDays(today, -3) });
    const overdue = async () =>
      (await api().get(`${base}/risks?reviewOverdue=true&limit=200`))
        .json()
        .items.map((r: { id: string }) => r.id) as string[];
    expect(await overdue()).toContain(late);
    const res = await reviewed({ ids: [late], reviewedOn: today });
    expect(res.statusCode, res.body).toBe(200);
    expect(await overdue()).not.toContain(late);
    expect(await row(late)).toMatchObject({ lastReviewedOn: today, reviewOn: null });
    const notOverdue = await api().get(`${base}/risks?reviewOverdue=false&limit=200`);
    expect(notOverdue.json().items.map((r: { id: string }) => r.id)).toContain(late);
  });
});
