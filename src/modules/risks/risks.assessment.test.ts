// 未評価 and 評価済み: who assessed a risk row's ratings and when. A row added by hand is assessed
// by its author; a suggested one is not until a person changes a rating, confirms it (the
// confirm route or a PATCH with confirmAssessment) or accepts it. A text fix changes nothing.
// 未評価 rows are apart in the list filters, the heat map and readiness, and cannot be reviewed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RISK_MATRIX_3X3, RISK_MATRIX_5X5 } from "../../core/registers/risk-matrix-presets.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Event = { action: string; actorName: string; changes: Record<string, unknown> };

describe.each(dbKinds)("risk assessment (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let manager: TestUser;
  let viewer: TestUser;
  let outsider: TestUser;
  let base: string;
  let item: string;
  const today = todayInJapan();

  const api = (as = owner) => t.as(as);
  const row = async (id: string) => (await api().get(`${base}/risks/${id}`)).json();
  const confirm = (id: string, as = owner) =>
    api(as).post(`${base}/risks/${id}/confirm-assessment`);
  async function suggest(itemId: string, suggestionIds: string[]) {
    const res = await api().post(`${base}/risks/from-suggestions`, {
      itemIds: [itemId],
      suggestionIds,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().ids as string[];
  }
  async function events(id: string): Promise<Event[]> {
    const res = await api().get(`${base}/audit-events?entity=inventory_risk&entityId=${id}`);
    return res.json().items;
  }
  const ids = async (query: string) =>
    (await api().get(`${base}/risks?limit=200&${query}`))
      .json()
      .items.map((r: { id: string }) => r.id);
  const readiness = async (ruleId: string) =>
    (await api().get(`${base}/readiness`))
      .json()
      .results.find((r: { ruleId: string }) => r.ruleId === ruleId);

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("評価 担当");
    const orgId = await t.createOrg(owner, "株式会社ひょうか");
    base = `/api/v1/orgs/${orgId}`;
    manager = await t.signUp("部門 管理者");
    await t.addMember(owner, orgId, manager, "manager");
    viewer = await t.signUp("閲覧 専用");
    await t.addMember(owner, orgId, viewer, "viewer");
    outsider = await t.signUp("他社 社員");
    await t.createOrg(outsider, "他社株式会社");
    item = (await api().post(`${base}/inventory-items`, { name: "申込書" })).json().id;
  });
  afterAll(() => t.close());

  it("suggested rows alone are no risk analysis; readiness says how many wait", async () => {
    // acq-01 (2,2 → 中, above acceptance) and acq-06 (2,1 → 低).
    await suggest(item, ["acq-01", "acq-06"]);
    expect(await readiness("risk.analysis_exists")).toMatchObject({
      status: "gap",
      reason: {
        ja: "利用中の台帳項目1件のどれにも評価済みのリスク分析がありません。提案から追加したリスク2件は未評価です（発生可能性と影響度を確かめてください）。",
      },
    });
    expect(await readiness("risk.treated")).toMatchObject({
      status: "na",
      reason: { ja: "評価済みのリスクがありません（未評価2件）。" },
    });
    const coverage = await readiness("risk.phase_coverage");
    expect(coverage.details[0]).toMatchObject({
      name: "申込書",
      note: { ja: "移送・送信、利用・加工、保管・バックアップ、消去・廃棄（未評価: 取得・入力）" },
      path: `risks?itemId=${item}&assessed=false`,
    });
  });

  it("a text fix leaves a row 未評価; the confirm route assesses it, audited; readiness counts it", async () => {
    const [id] = await suggest(item, ["acq-02"]);
    const fixed = await api().patch(`${base}/risks/${id}`, { description: "申込書の誤記" });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({ assessed: false, assessedOn: null, needsAction: false });

    const res = await confirm(id as string, manager);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      assessed: true,
      assessedOn: today,
      assessedBy: "部門 管理者",
      // acq-02 is 1 × 3 → 中 on the 3 × 3 matrix: above acceptance, now it needs action.
      needsAction: true,
      lastReviewedOn: null,
    });
    const [event] = await events(id as string);
    expect(event).toMatchObject({
      action: "confirm_assessment",
      actorName: "部門 管理者",
      changes: {
        assessedOn: { old: null, new: today },
        assessedBy: { old: null, new: "部門 管理者" },
      },
    });
    // Confirmed again the same day: still recorded as the person's act.
    expect((await confirm(id as string)).json()).toMatchObject({ assessedBy: "評価 担当" });
    expect((await events(id as string)).map((e) => e.action).slice(0, 2)).toEqual([
      "confirm_assessment",
      "confirm_assessment",
    ]);
    expect(await readiness("risk.analysis_exists")).toMatchObject({
      status: "ok",
      reason: {
        ja: "1件中1件の項目にリスク分析があります（提案から追加して未評価のリスク2件は数えていません）。",
      },
    });
  });

  it("a changed rating, confirmAssessment or an acceptance assesses a suggested row", async () => {
    const [rated, ticked, accepted, untouched] = await suggest(item, [
      "acq-03",
      "acq-04",
      "acq-05",
      "tr-01",
    ]);
    const r1 = await api(manager).patch(`${base}/risks/${rated}`, { likelihood: 3 });
    expect(r1.json()).toMatchObject({ assessed: true, assessedBy: "部門 管理者" });
    const r2 = await api().patch(`${base}/risks/${ticked}`, { confirmAssessment: true });
    expect(r2.json()).toMatchObject({ assessed: true, assessedBy: "評価 担当" });
    const r3 = await api().post(`${base}/risks/${accepted}/accept`, {
      acceptedBy: "代表取締役 山田",
      acceptedOn: "2026-11-30",
    });
    expect(r3.json()).toMatchObject({
      assessed: true,
      assessedOn: "2026-11-30",
      assessedBy: "代表取締役 山田",
    });
    const r4 = await api().patch(`${base}/risks/${untouched}`, { confirmAssessment: false });
    expect(r4.json()).toMatchObject({ assessed: false });

    // The filters: 未評価 apart, and 要対応 only among assessed rows.
    const pending = await ids("assessed=false");
    expect(pending).toContain(untouched);
    expect(pending).not.toContain(rated);
    expect(await ids("assessed=true")).toEqual(expect.arrayContaining([rated, ticked, accepted]));
    const unaccepted = await ids("unaccepted=true");
    expect(unaccepted.some((id: string) => pending.includes(id))).toBe(false);
  });

  it("the heat map counts 未評価 rows apart, in no cell", async () => {
    const other = (await api().post(`${base}/inventory-items`, { name: "別の台帳" })).json().id;
    const [first] = await suggest(other, ["acq-01", "acq-06"]);
    await confirm(first as string);
    const map = (await api().get(`${base}/risks/heatmap?itemId=${other}`)).json();
    expect(map).toMatchObject({ total: 2, unassessed: 1, unscored: 0 });
    const cells = map.cells.filter((c: { count: number }) => c.count > 0);
    expect(cells).toEqual([expect.objectContaining({ likelihood: 2, impact: 2, count: 1 })]);
  });

  it("refuses to review a 未評価 row (409), writing nothing; a hand-made row is assessed", async () => {
    const [pending] = await suggest(item, ["tr-02"]);
    const made = await api().post(`${base}/risks`, {
      itemId: item,
      phase: "transfer",
      kind: "leak",
      description: "FAXの誤送信",
      likelihood: 2,
      impact: 2,
    });
    const mine = made.json().id as string;
    expect(await row(mine)).toMatchObject({
      assessed: true,
      assessedOn: today,
      assessedBy: "評価 担当",
    });
    const res = await api().post(`${base}/risks/reviewed`, {
      ids: [mine, pending],
      reviewedOn: today,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe(
      "未評価のリスクは見直し済みにできません。先に評価を確認するか、評価を入力してください。",
    );
    expect((await row(mine)).lastReviewedOn).toBeNull();
    expect((await events(mine)).map((e) => e.action)).toEqual(["create"]);
  });

  it("refuses ratings off the current matrix (409) and other people: viewer 403, outsider 404, unknown 404", async () => {
    expect((await api().put(`${base}/risk-matrix`, RISK_MATRIX_5X5)).statusCode).toBe(200);
    const [id] = await suggest(item, ["dis-01"]);
    const high = await api().patch(`${base}/risks/${id}`, { likelihood: 5, impact: 5 });
    expect(high.statusCode, high.body).toBe(200);
    expect((await api().put(`${base}/risk-matrix`, RISK_MATRIX_3X3)).statusCode).toBe(200);
    const off = await confirm(id as string);
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe("RISK_RATING_OFF_MATRIX");

    const [other] = await suggest(item, ["dis-02"]);
    const before = await row(other as string);
    expect((await confirm(other as string, viewer)).statusCode).toBe(403);
    const foreign = await confirm(other as string, outsider);
    expect(foreign.statusCode).toBe(404);
    expect((await confirm("no-such-risk")).statusCode).toBe(404);
    expect(await row(other as string)).toEqual(before);
  });
});
