// The risk table and the heat map through the real routes: scoring on the 3 × 3 default, then
// on the 5 × 5 preset after a matrix change (every expected level read off the preset grids by
// hand), the level / cell / unaccepted / overdue filters, sorting, search and the heat map.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RISK_MATRIX_3X3, RISK_MATRIX_5X5 } from "../../core/registers/risk-matrix-presets.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Score = { level: string; rank: number; color: string } | null;
type Risk = {
  id: string;
  description: string;
  itemName: string;
  departmentName: string | null;
  inherent: Score;
  residual: Score;
  aboveAcceptance: boolean | null;
  needsAction: boolean;
};

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each(dbKinds)("risk table and heat map (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let base: string;
  let itemA: string;
  let itemB: string;
  const today = todayInJapan();
  const id: Record<string, string> = {};
  const name = new Map<string, string>();

  const api = () => t.as(owner);
  async function risk(key: string, body: Record<string, unknown>) {
    const res = await api().post(`${base}/risks`, { kind: "leak", description: key, ...body });
    expect(res.statusCode, res.body).toBe(201);
    id[key] = res.json().id;
    name.set(res.json().id, key);
  }
  async function list(query = ""): Promise<Risk[]> {
    const res = await api().get(`${base}/risks?limit=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Risk[]; total: number };
    expect(body.total).toBe(body.items.length);
    return body.items;
  }
  /** The row keys (r1 …) of a query, in the order the API answers. */
  const keys = async (query = "") => (await list(query)).map((r) => r.description);
  const levels = async () =>
    Object.fromEntries(
      (await list()).map((r) => [
        r.description,
        [r.inherent?.level ?? null, r.residual?.level ?? null],
      ]),
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("リスク 分析者");
    const orgId = await t.createOrg(owner, "株式会社ひょう");
    base = `/api/v1/orgs/${orgId}`;
    const dept = (await api().post(`${base}/departments`, { name: "営業部" })).json().id;
    // ASCII prefixes: the item order does not depend on the database's collation.
    itemA = (
      await api().post(`${base}/inventory-items`, { name: "A 顧客名簿", departmentId: dept })
    ).json().id;
    itemB = (await api().post(`${base}/inventory-items`, { name: "B 応募者情報" })).json().id;
    // 3 × 3 grid (rows likelihood 1..3, columns impact 1..3): l l m / l m h / m h h.
    await risk("r1", {
      itemId: itemA,
      phase: "acquisition_input",
      kind: "improper_acquisition",
      likelihood: 3,
      impact: 3,
      residualLikelihood: 1,
      residualImpact: 2,
      countermeasure: "同意欄を設ける",
    });
    await risk("r2", { itemId: itemA, phase: "transfer", likelihood: 2, impact: 2 });
    await risk("r3", {
      itemId: itemA,
      phase: "storage_backup",
      kind: "loss",
      likelihood: 1,
      impact: 1,
    });
    await risk("r4", {
      itemId: itemB,
      phase: "use_processing",
      kind: "misuse",
      likelihood: 3,
      impact: 2,
      residualLikelihood: 2,
      residualImpact: 2,
    });
    await risk("r5", {
      itemId: itemB,
      phase: "disposal",
      likelihood: 1,
      impact: 3,
      residualLikelihood: 2,
      residualImpact: 3,
      reviewOn: addDays(today, -1),
    });
    await risk("r6", {
      itemId: itemB,
      phase: "acquisition_input",
      likelihood: 2,
      impact: 3,
      reviewOn: today,
    });
    const accepted = await api().post(`${base}/risks/${id.r4}/accept`, {
      acceptedOn: "2025-04-01",
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  });
  afterAll(() => t.close());

  it("scores every row on the 3 × 3 default, with the item and its department", async () => {
    expect(await levels()).toEqual({
      r1: ["high", "low"],
      r2: ["medium", null],
      r3: ["low", null],
      r4: ["high", "medium"],
      r5: ["medium", "high"],
      r6: ["high", null],
    });
    const rows = await list();
    const r1 = rows.find((r) => r.description === "r1");
    expect(r1).toMatchObject({
      itemName: "A 顧客名簿",
      departmentName: "営業部",
      inherent: { level: "high", rank: 3, color: "#E03131", label: { ja: "高", en: "High" } },
      residual: { level: "low", rank: 1, color: "#2F9E44" },
      aboveAcceptance: false,
      needsAction: false,
    });
    const flags = Object.fromEntries(
      rows.map((r) => [r.description, [r.aboveAcceptance, r.needsAction]]),
    );
    expect(flags).toEqual({
      r1: [false, false], // residual low
      r2: [true, true], // medium, no residual
      r3: [false, false],
      r4: [true, false], // residual medium, but accepted
      r5: [true, true], // residual high
      r6: [true, true],
    });
  });

  it("sorts by item name, then phase order, then creation; or by level", async () => {
    expect(await keys()).toEqual(["r1", "r2", "r3", "r6", "r4", "r5"]);
    expect(await keys("sort=level")).toEqual(["r1", "r6", "r4", "r2", "r5", "r3"]);
    // Rows without a residual score come last.
    expect(await keys("sort=residualLevel")).toEqual(["r5", "r4", "r1", "r2", "r3", "r6"]);
  });

  it("filters by level (inherent or residual), cell, item, phase and kind", async () => {
    expect(await keys("level=high")).toEqual(["r1", "r6", "r4"]);
    expect(await keys("level=medium")).toEqual(["r2", "r5"]);
    expect(await keys("level=low")).toEqual(["r3"]);
    expect(await keys("level=high&levelOf=residual")).toEqual(["r5"]);
    expect(await keys("level=low&levelOf=residual")).toEqual(["r1"]);
    expect(await keys("likelihood=2&impact=2")).toEqual(["r2"]);
    expect(await keys("likelihood=2&impact=2&levelOf=residual")).toEqual(["r4"]);
    expect(await keys("likelihood=3&impact=1")).toEqual([]);
    expect(await keys(`itemId=${itemB}`)).toEqual(["r6", "r4", "r5"]);
    expect(await keys("phase=acquisition_input")).toEqual(["r1", "r6"]);
    expect(await keys("kind=leak")).toEqual(["r2", "r6", "r5"]);
    expect(await keys(`itemId=${itemA}&level=high`)).toEqual(["r1"]);
  });

  it("filters unaccepted rows (effective level above acceptance) and overdue reviews", async () => {
    expect(await keys("unaccepted=true")).toEqual(["r2", "r6", "r5"]);
    expect(await keys("unaccepted=false")).toEqual(["r1", "r3", "r4"]);
    expect(await keys("reviewOverdue=true")).toEqual(["r5"]);
    expect(await keys("reviewOverdue=false")).toEqual(["r1", "r2", "r3", "r6", "r4"]);
  });

  it("searches description, countermeasure and item name literally", async () => {
    expect(await keys(`q=${encodeURIComponent("同意欄")}`)).toEqual(["r1"]);
    expect(await keys(`q=${encodeURIComponent("応募者")}`)).toEqual(["r6", "r4", "r5"]);
    expect(await keys("q=R5")).toEqual(["r5"]);
    expect(await keys(`q=${encodeURIComponent("%")}`)).toEqual([]);
  });

  it("folds kana and width in the term, the text and the item name", async () => {
    // "同意欄を設ける": the hiragana を and ける match their katakana.
    expect(await keys(`q=${encodeURIComponent("欄ヲ設ケル")}`)).toEqual(["r1"]);
    expect(await keys(`q=${encodeURIComponent("ｒ５")}`)).toEqual(["r5"]);
    expect(await keys(`q=${encodeURIComponent("ｂ　応募者")}`)).toEqual(["r6", "r4", "r5"]);
  });

  it("pages the list", async () => {
    const res = await api().get(`${base}/risks?limit=4&page=2`);
    expect(res.json().total).toBe(6);
    expect(res.json().items.map((r: Risk) => r.description)).toEqual(["r4", "r5"]);
  });

  it("refuses a level the matrix does not have, and a cell with one coordinate", async () => {
    const bad = await api().get(`${base}/risks?level=critical`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ level: "選択肢から選んでください。" });
    const half = await api().get(`${base}/risks?likelihood=2`);
    expect(half.statusCode).toBe(400);
    expect(Object.keys(half.json().error.fields)).toEqual(["impact"]);
    const text = await api().get(`${base}/risks?likelihood=x&impact=1`);
    expect(text.statusCode).toBe(400);
  });

  it("counts the heat map per cell and level (inherent and residual)", async () => {
    const res = await api().get(`${base}/risks/heatmap`);
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json();
    expect(h.basis).toBe("inherent");
    expect(h.likelihood.levels.map((l: { value: number }) => l.value)).toEqual([1, 2, 3]);
    const counts = (cells: { likelihood: number; impact: number; count: number }[]) =>
      cells.map((c) => `${c.likelihood}${c.impact}:${c.count}`).join(" ");
    expect(counts(h.cells)).toBe("11:1 12:0 13:1 21:0 22:1 23:1 31:0 32:1 33:1");
    expect(h.cells[0]).toEqual({
      likelihood: 1,
      impact: 1,
      level: "low",
      color: "#2F9E44",
      count: 1,
    });
    expect(h.cells[8]).toEqual({
      likelihood: 3,
      impact: 3,
      level: "high",
      color: "#E03131",
      count: 1,
    });
    expect(h.levels.map((l: { key: string; count: number }) => [l.key, l.count])).toEqual([
      ["low", 1],
      ["medium", 2],
      ["high", 3],
    ]);
    expect([h.unscored, h.total, h.acceptanceMaxRank]).toEqual([0, 6, 1]);

    const residual = (await api().get(`${base}/risks/heatmap?basis=residual`)).json();
    expect(counts(residual.cells)).toBe("11:0 12:1 13:0 21:0 22:1 23:1 31:0 32:0 33:0");
    expect(residual.levels.map((l: { count: number }) => l.count)).toEqual([1, 1, 1]);
    expect([residual.unscored, residual.total]).toEqual([3, 6]);

    const onlyB = (await api().get(`${base}/risks/heatmap?itemId=${itemB}`)).json();
    expect(counts(onlyB.cells)).toBe("11:0 12:0 13:1 21:0 22:0 23:1 31:0 32:1 33:0");
    expect(onlyB.levels.map((l: { count: number }) => l.count)).toEqual([0, 1, 2]);
    const phase = (await api().get(`${base}/risks/heatmap?phase=acquisition_input`)).json();
    expect(phase.total).toBe(2);
    expect((await api().get(`${base}/risks/heatmap?basis=other`)).statusCode).toBe(400);
  });

  it("re-scores everything after the 5 × 5 preset is set, and scores off-axis values as null", async () => {
    expect((await api().put(`${base}/risk-matrix`, RISK_MATRIX_5X5)).statusCode).toBe(200);
    // 5 × 5 grid rows (likelihood 1..5): l l l l m / l l m m h / l m m h h / l m h h c / m h h c c.
    expect(await levels()).toEqual({
      r1: ["medium", "low"],
      r2: ["low", null],
      r3: ["low", null],
      r4: ["medium", "low"],
      r5: ["low", "medium"],
      r6: ["medium", null],
    });
    await risk("r7", { itemId: itemA, phase: "disposal", likelihood: 5, impact: 5 });
    expect((await list()).find((r) => r.description === "r7")?.inherent?.level).toBe("critical");
    expect(await keys("level=medium")).toEqual(["r1", "r6", "r4"]);
    expect(await keys("level=critical")).toEqual(["r7"]);
    expect(await keys("level=high")).toEqual([]);
    expect(await keys("unaccepted=true")).toEqual(["r7", "r6", "r5"]);
    const h = (await api().get(`${base}/risks/heatmap`)).json();
    expect(h.cells).toHaveLength(25);
    expect(h.levels.map((l: { key: string; count: number }) => [l.key, l.count])).toEqual([
      ["low", 3],
      ["medium", 3],
      ["high", 0],
      ["critical", 1],
    ]);

    // Back to 3 × 3: r7's 5 is no longer on the axes.
    expect((await api().put(`${base}/risk-matrix`, RISK_MATRIX_3X3)).statusCode).toBe(200);
    const r7 = (await list()).find((r) => r.description === "r7");
    expect(r7).toMatchObject({
      inherent: null,
      residual: null,
      aboveAcceptance: null,
      needsAction: false,
    });
    const back = (await api().get(`${base}/risks/heatmap`)).json();
    expect([back.unscored, back.total]).toEqual([1, 7]);
    expect(await keys("level=high")).toEqual(["r1", "r6", "r4"]);
    const refused = await api().post(`${base}/risks/${id.r7}/accept`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("RISK_NOT_SCORED");
  });
});
