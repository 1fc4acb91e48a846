// Rows pre-filled from the risk library: the mapping of the 3-level typical values onto the
// organization's axes, the texts in the caller's language, all-or-nothing creation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RISK_MATRIX_5X5 } from "../../core/registers/risk-matrix-presets.ts";
import { mapTypicalValue } from "../../core/registers/risk-suggestions.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

const axis = (...values: number[]) => ({
  levels: values.map((value) => ({ value, label: { ja: `${value}`, en: `${value}` } })),
});

describe("mapTypicalValue", () => {
  it.each([
    ["3 levels: one to one", axis(1, 2, 3), [1, 2, 3]],
    ["5 levels: 2nd, 3rd, 4th", axis(1, 2, 3, 4, 5), [2, 3, 4]],
    ["5 levels of other values", axis(10, 20, 30, 40, 50), [20, 30, 40]],
    ["5 levels listed high to low", axis(5, 4, 3, 2, 1), [2, 3, 4]],
    ["2 levels", axis(1, 2), [1, 2, 2]],
    ["4 levels", axis(1, 2, 3, 4), [1, 3, 4]],
    ["7 levels", axis(1, 2, 3, 4, 5, 6, 7), [1, 4, 7]],
  ] as const)("%s", (_what, a, expected) => {
    expect([1, 2, 3].map((t) => mapTypicalValue(t as 1 | 2 | 3, a))).toEqual(expected);
  });
});

describe.each(dbKinds)("risks from suggestions (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let base: string;
  let item: string;

  const total = async () => (await t.as(owner).get(`${base}/risks`)).json().total as number;
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;
  async function fromSuggestions(body: Record<string, unknown>, lang = "ja") {
    const res = await t
      .as(owner, lang)
      .post(`${base}/risks/from-suggestions`, { itemId: item, ...body });
    expect(res.statusCode, res.body).toBe(201);
    const ids = res.json().ids as string[];
    return Promise.all(
      ids.map(async (id) => (await t.as(owner).get(`${base}/risks/${id}`)).json()),
    );
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("候補 利用者");
    base = `/api/v1/orgs/${await t.createOrg(owner, "株式会社こうほ")}`;
    item = (await t.as(owner).post(`${base}/inventory-items`, { name: "申込書" })).json().id;
  });
  afterAll(() => t.close());

  it("creates one row per suggestion on the 3 × 3 axes, in Japanese, audited", async () => {
    const before = await auditTotal();
    // acq-01: typical likelihood 2, impact 2; acq-02: 1 and 3.
    const rows = await fromSuggestions({ suggestionIds: ["acq-01", "acq-02"] });
    expect(rows.map((r) => [r.suggestionId, r.phase, r.kind, r.likelihood, r.impact])).toEqual([
      ["acq-01", "acquisition_input", "improper_acquisition", 2, 2],
      ["acq-02", "acquisition_input", "improper_acquisition", 1, 3],
    ]);
    expect(rows[0]).toMatchObject({
      itemId: item,
      description: "利用目的を知らせないまま個人情報を受け取ってしまう",
      countermeasure:
        "申込書などの書式に利用目的を載せる\nWebフォームに利用目的と問い合わせ窓口を表示する",
      residualLikelihood: null,
      inherent: { level: "medium" },
    });
    expect(await auditTotal()).toBe(before + 2);
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=inventory_risk&entityId=${rows[1].id}`)
    ).json().items;
    expect(events.map((e: { action: string }) => e.action)).toEqual(["create"]);
    expect(events[0].changes.suggestionId).toEqual({ old: null, new: "acq-02" });
  });

  it("writes English texts for an English caller, and applies a given phase", async () => {
    const [row] = await fromSuggestions(
      { suggestionIds: ["acq-01"], phase: "outsourcing" },
      "en-US,en;q=0.9",
    );
    expect(row).toMatchObject({
      phase: "outsourcing",
      description: "Personal information is collected before the purpose has been made known",
      countermeasure:
        "Print the purpose on every collection form\nShow the purpose and the contact point on web forms",
    });
  });

  it("maps the typical values onto 5 × 5 axes (1 → 2, 2 → 3, 3 → 4)", async () => {
    expect((await t.as(owner).put(`${base}/risk-matrix`, RISK_MATRIX_5X5)).statusCode).toBe(200);
    const rows = await fromSuggestions({ suggestionIds: ["acq-01", "acq-02"] });
    // 5 × 5 grid: (3,3) medium, (2,4) medium.
    expect(rows.map((r) => [r.likelihood, r.impact, r.inherent.level])).toEqual([
      [3, 3, "medium"],
      [2, 4, "medium"],
    ]);
  });

  it.each([
    ["an unknown suggestion id", { suggestionIds: ["acq-01", "nope-99"] }, ["suggestionIds.1"]],
    ["51 suggestions", { suggestionIds: Array(51).fill("acq-01") }, ["suggestionIds"]],
    ["no suggestions", { suggestionIds: [] }, ["suggestionIds"]],
    ["a number as id", { suggestionIds: [1] }, ["suggestionIds.0"]],
    ["an unknown phase", { suggestionIds: ["acq-01"], phase: "x" }, ["phase"]],
    ["an unknown item", { suggestionIds: ["acq-01"], itemId: "no-such-item" }, ["itemId"]],
    ["an unknown field", { suggestionIds: ["acq-01"], likelihood: 3 }, ["likelihood"]],
  ])("refuses %s, writing nothing", async (_what, body, fields) => {
    const before = [await total(), await auditTotal()];
    const res = await t.as(owner).post(`${base}/risks/from-suggestions`, { itemId: item, ...body });
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(fields);
    expect([await total(), await auditTotal()]).toEqual(before);
  });

  it("names the unknown suggestion in both languages", async () => {
    const ja = await t.as(owner).post(`${base}/risks/from-suggestions`, {
      itemId: item,
      suggestionIds: ["zzz"],
    });
    expect(ja.json().error.fields).toEqual({
      "suggestionIds.0": "リスクの候補一覧にない候補です。",
    });
    const en = await t.as(owner, "en").post(`${base}/risks/from-suggestions`, {
      itemId: item,
      suggestionIds: ["zzz"],
    });
    expect(en.json().error.fields).toEqual({
      "suggestionIds.0": "This suggestion is not in the risk library.",
    });
  });
});
