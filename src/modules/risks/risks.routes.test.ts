// Risk rows through the real routes: create, read, edit, delete with their audit events;
// refusals of bad input (nothing written); tenant isolation; the suggestion library route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";

type Event = {
  action: string;
  actorName: string;
  changes: Record<string, { old: unknown; new: unknown }>;
};

describe.each(dbKinds)("risk rows (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let outsider: TestUser;
  let base: string;
  let otherBase: string;
  let item: string;
  let foreignItem: string;
  let foreignRisk: string;

  const api = (lang = "ja") => t.as(owner, lang);
  const valid = () => ({
    itemId: item,
    phase: "transfer",
    kind: "leak",
    description: "メールの宛先を誤って送信する",
    likelihood: 2,
    impact: 3,
  });
  const total = async () => (await api().get(`${base}/risks`)).json().total as number;
  const auditTotal = async () =>
    (await api().get(`${base}/audit-events?limit=1`)).json().total as number;
  async function events(entityId: string): Promise<Event[]> {
    const res = await api().get(`${base}/audit-events?entity=inventory_risk&entityId=${entityId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("分析 担当");
    base = `/api/v1/orgs/${await t.createOrg(owner, "株式会社ぶんせき")}`;
    item = (await api().post(`${base}/inventory-items`, { name: "顧客名簿" })).json().id;
    outsider = await t.signUp("他社 社員");
    otherBase = `/api/v1/orgs/${await t.createOrg(outsider, "他社株式会社")}`;
    foreignItem = (
      await t.as(outsider).post(`${otherBase}/inventory-items`, { name: "他社名簿" })
    ).json().id;
    foreignRisk = (
      await t.as(outsider).post(`${otherBase}/risks`, { ...valid(), itemId: foreignItem })
    ).json().id;
  });
  afterAll(() => t.close());

  it("creates, reads, edits and deletes a row, each with its audit event", async () => {
    const created = await api().post(`${base}/risks`, {
      ...valid(),
      countermeasure: "送信前に宛先を2人で確認する",
      residualLikelihood: 1,
      residualImpact: 3,
      reviewOn: "2026-03-31",
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const got = await api().get(`${base}/risks/${id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({
      id,
      itemId: item,
      itemName: "顧客名簿",
      departmentName: null,
      phase: "transfer",
      kind: "leak",
      description: "メールの宛先を誤って送信する",
      likelihood: 2,
      impact: 3,
      countermeasure: "送信前に宛先を2人で確認する",
      residualLikelihood: 1,
      residualImpact: 3,
      acceptedBy: null,
      acceptedOn: null,
      reviewOn: "2026-03-31",
      suggestionId: null,
      inherent: { level: "high" },
      residual: { level: "medium" },
      aboveAcceptance: true,
      needsAction: true,
    });
    const [create] = await events(id);
    expect(create?.action).toBe("create");
    expect(create?.actorName).toBe("分析 担当");
    expect(create?.changes.description).toEqual({ old: null, new: "メールの宛先を誤って送信する" });

    const patched = await api().patch(`${base}/risks/${id}`, {
      residualLikelihood: null,
      residualImpact: null,
      countermeasure: "",
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ residual: null, countermeasure: null, likelihood: 2 });
    const update = (await events(id)).find((e) => e.action === "update");
    expect(update?.changes).toEqual({
      residualLikelihood: { old: 1, new: null },
      residualImpact: { old: 3, new: null },
      countermeasure: { old: "送信前に宛先を2人で確認する", new: null },
    });

    const deleted = await api().delete(`${base}/risks/${id}`);
    expect(deleted.statusCode).toBe(204);
    expect((await api().get(`${base}/risks/${id}`)).statusCode).toBe(404);
    const del = (await events(id)).find((e) => e.action === "delete");
    expect(del?.changes.description).toEqual({ old: "メールの宛先を誤って送信する", new: null });
  });

  it("writes nothing for an edit that changes nothing", async () => {
    const id = (await api().post(`${base}/risks`, valid())).json().id;
    const before = await auditTotal();
    const res = await api().patch(`${base}/risks/${id}`, { likelihood: 2 });
    expect(res.statusCode).toBe(200);
    expect(await auditTotal()).toBe(before);
  });

  const message = {
    axis: "リスクマトリクスの段階にない値です。次のいずれかを入力してください：1, 2, 3",
    pair: "残存リスクは発生可能性と影響度の両方を入力するか、両方とも空欄にしてください。",
  };
  it.each([
    ["string likelihood", { likelihood: "2" }, { likelihood: "値の形式が正しくありません。" }],
    ["fractional impact", { impact: 2.5 }, { impact: "整数で入力してください。" }],
    ["likelihood off the axis", { likelihood: 4 }, { likelihood: message.axis }],
    [
      "both off the axis",
      { likelihood: 0, residualLikelihood: 9, residualImpact: 1 },
      { likelihood: message.axis, residualLikelihood: message.axis },
    ],
    ["residual likelihood alone", { residualLikelihood: 1 }, { residualImpact: message.pair }],
    [
      "residual impact alone",
      { residualImpact: 1, residualLikelihood: null },
      { residualLikelihood: message.pair },
    ],
    [
      "HTML in the description",
      { description: "<b>漏えい</b>" },
      { description: "HTMLタグやスクリプトは入力できません。" },
    ],
    ["blank description", { description: "  " }, { description: "必須項目です。" }],
    [
      "long description",
      { description: "長".repeat(1001) },
      { description: "1000文字以内で入力してください。" },
    ],
    [
      "long countermeasure",
      { countermeasure: "策".repeat(2001) },
      { countermeasure: "2000文字以内で入力してください。" },
    ],
    ["unknown phase", { phase: "printing" }, { phase: "選択肢から選んでください。" }],
    ["unknown kind", { kind: "fire" }, { kind: "選択肢から選んでください。" }],
    [
      "bad review date",
      { reviewOn: "2025-02-30" },
      { reviewOn: "日付は YYYY-MM-DD の形式の実在する日付で入力してください。" },
    ],
    [
      "acceptance in the row",
      { acceptedBy: "社長" },
      { acceptedBy: "この項目は受け付けていません。" },
    ],
    ["empty item id", { itemId: "" }, { itemId: "必須項目です。" }],
  ])("refuses %s, naming the field, writing nothing", async (_what, change, fields) => {
    const before = [await total(), await auditTotal()];
    const res = await api().post(`${base}/risks`, { ...valid(), ...change });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe("VALIDATION_FAILED");
    expect(res.json().error.fields).toEqual(fields);
    expect([await total(), await auditTotal()]).toEqual(before);
  });

  it("answers in English, with the axis values", async () => {
    const res = await api("en").post(`${base}/risks`, { ...valid(), impact: 7 });
    expect(res.json().error.fields).toEqual({
      impact: "This value is not a level of the risk matrix. Use one of: 1, 2, 3",
    });
  });

  it("checks an edit against the stored row and the axes", async () => {
    const id = (await api().post(`${base}/risks`, valid())).json().id;
    const before = await auditTotal();
    const alone = await api().patch(`${base}/risks/${id}`, { residualLikelihood: 1 });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.fields).toEqual({ residualImpact: message.pair });
    const off = await api().patch(`${base}/risks/${id}`, { impact: 4 });
    expect(off.json().error.fields).toEqual({ impact: message.axis });
    const html = await api().patch(`${base}/risks/${id}`, { countermeasure: "<script>x</script>" });
    expect(Object.keys(html.json().error.fields)).toEqual(["countermeasure"]);
    const moved = await api().patch(`${base}/risks/${id}`, { itemId: foreignItem });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields).toEqual({
      itemId: "個人情報管理台帳に登録されていない項目です。",
    });
    expect(await auditTotal()).toBe(before);
    expect((await api().get(`${base}/risks/${id}`)).json()).toMatchObject({
      itemId: item,
      impact: 3,
    });
  });

  it("keeps organizations apart: another organization's item and risk are not found", async () => {
    const before = [await total(), await auditTotal()];
    const create = await api().post(`${base}/risks`, { ...valid(), itemId: foreignItem });
    expect(create.statusCode).toBe(400);
    expect(create.json().error.fields).toEqual({
      itemId: "個人情報管理台帳に登録されていない項目です。",
    });
    const fromSuggestions = await api().post(`${base}/risks/from-suggestions`, {
      itemId: foreignItem,
      suggestionIds: ["acq-01"],
    });
    expect(fromSuggestions.statusCode).toBe(400);
    for (const [method, path, body] of [
      ["GET", "", undefined],
      ["PATCH", "", { description: "乗っ取り" }],
      ["DELETE", "", undefined],
      ["POST", "/accept", {}],
      ["DELETE", "/accept", undefined],
    ] as const) {
      const res = await t.app.inject({
        method,
        url: `${base}/risks/${foreignRisk}${path}`,
        headers: { cookie: owner.cookie, ...sameOrigin },
        ...(body ? { payload: body } : {}),
      });
      expect(res.statusCode, `${method} ${path}`).toBe(404);
      expect(res.body).not.toContain("他社");
    }
    const listed = await api().get(`${base}/risks?itemId=${foreignItem}`);
    expect(listed.json()).toEqual({ items: [], total: 0, nextCursor: null });
    const heat = await api().get(`${base}/risks/heatmap?itemId=${foreignItem}`);
    expect(heat.json().total).toBe(0);
    expect([await total(), await auditTotal()]).toEqual(before);
    const theirs = await t.as(outsider).get(`${otherBase}/risks/${foreignRisk}`);
    expect(theirs.json().description).toBe("メールの宛先を誤って送信する");
    expect((await t.as(outsider).get(`${base}/risks`)).statusCode).toBe(404);
  });

  it("deletes an item's risks with the item", async () => {
    const doomed = (await api().post(`${base}/inventory-items`, { name: "廃止台帳" })).json().id;
    const id = (await api().post(`${base}/risks`, { ...valid(), itemId: doomed })).json().id;
    expect((await api().delete(`${base}/inventory-items/${doomed}`)).statusCode).toBe(204);
    expect((await api().get(`${base}/risks/${id}`)).statusCode).toBe(404);
  });

  it("serves the suggestion library to signed-in users, by phase, with kind labels", async () => {
    const all = await api().get("/api/v1/risk-suggestions");
    expect(all.statusCode).toBe(200);
    const body = all.json();
    expect(body.kinds).toHaveLength(8);
    expect(body.kinds[0]).toEqual({ key: "leak", label: { ja: "漏えい", en: "Leak" } });
    const acq = body.items.find((s: { id: string }) => s.id === "acq-01");
    expect(acq).toMatchObject({
      phase: "acquisition_input",
      kind: "improper_acquisition",
      typicalLikelihood: 2,
      typicalImpact: 2,
    });
    expect(acq.risk.ja).toBe("利用目的を知らせないまま個人情報を受け取ってしまう");
    const disposal = (await api().get("/api/v1/risk-suggestions?phase=disposal")).json().items;
    expect(disposal.length).toBeGreaterThanOrEqual(5);
    expect(new Set(disposal.map((s: { phase: string }) => s.phase))).toEqual(new Set(["disposal"]));
    expect((await api().get("/api/v1/risk-suggestions?phase=x")).statusCode).toBe(400);
    expect((await t.as(null).get("/api/v1/risk-suggestions")).statusCode).toBe(401);
  });
});
