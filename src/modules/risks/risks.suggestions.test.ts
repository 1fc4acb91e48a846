// Rows pre-filled from the risk library: the mapping of the 3-level typical values onto the
// organization's axes, several items × suggestions in one write with a preview, rows starting
// 未評価, suggestions the item already has skipped, all-or-nothing refusals and other
// organizations' items refused like unknown ones.
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
  /** 申込書 and 名簿 (register order: by name, 名簿 before 申込書 in code points). */
  let form: string;
  let roster: string;
  let otherOrgItem: string;

  const total = async () => (await t.as(owner).get(`${base}/risks`)).json().total as number;
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;
  const post = (body: Record<string, unknown>, lang = "ja") =>
    t.as(owner, lang).post(`${base}/risks/from-suggestions`, body);
  async function rowsOf(ids: string[]) {
    return Promise.all(
      ids.map(async (id) => (await t.as(owner).get(`${base}/risks/${id}`)).json()),
    );
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("候補 利用者");
    base = `/api/v1/orgs/${await t.createOrg(owner, "株式会社こうほ")}`;
    const add = async (name: string) =>
      (await t.as(owner).post(`${base}/inventory-items`, { name })).json().id as string;
    form = await add("申込書");
    roster = await add("名簿");
    const stranger = await t.signUp("他社 利用者");
    const other = `/api/v1/orgs/${await t.createOrg(stranger, "株式会社よそ")}`;
    otherOrgItem = (
      await t.as(stranger).post(`${other}/inventory-items`, { name: "よその名簿" })
    ).json().id;
  });
  afterAll(() => t.close());

  it("previews items × suggestions without writing, then writes them all 未評価, audited", async () => {
    const body = { itemIds: [form, roster], suggestionIds: ["tr-01", "acq-01", "acq-02"] };
    const before = [await total(), await auditTotal()] as const;
    const preview = await post({ ...body, preview: true });
    expect(preview.statusCode, preview.body).toBe(200);
    // Items in register order (名簿 < 申込書), phases in lifecycle order within each.
    const groups = [
      { itemId: roster, itemName: "名簿", phase: "acquisition_input", added: 2, skipped: 0 },
      { itemId: roster, itemName: "名簿", phase: "transfer", added: 1, skipped: 0 },
      { itemId: form, itemName: "申込書", phase: "acquisition_input", added: 2, skipped: 0 },
      { itemId: form, itemName: "申込書", phase: "transfer", added: 1, skipped: 0 },
    ];
    expect(preview.json()).toEqual({ ids: [], added: 6, skipped: 0, groups });
    expect([await total(), await auditTotal()]).toEqual(before);

    const res = await post(body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ added: 6, skipped: 0, groups });
    const rows = await rowsOf(res.json().ids);
    expect(rows.map((r) => [r.itemName, r.suggestionId, r.likelihood, r.impact])).toEqual([
      // acq-01: typical likelihood 2, impact 2; acq-02: 1 and 3; tr-01 its own.
      ["名簿", "acq-01", 2, 2],
      ["名簿", "acq-02", 1, 3],
      ["名簿", "tr-01", rows[2].likelihood, rows[2].impact],
      ["申込書", "acq-01", 2, 2],
      ["申込書", "acq-02", 1, 3],
      ["申込書", "tr-01", rows[2].likelihood, rows[2].impact],
    ]);
    expect(rows[3]).toMatchObject({
      itemId: form,
      phase: "acquisition_input",
      description: "利用目的を知らせないまま個人情報を受け取ってしまう",
      countermeasure:
        "申込書などの書式に利用目的を載せる\nWebフォームに利用目的と問い合わせ窓口を表示する",
      residualLikelihood: null,
      inherent: { level: "medium" },
      // Nobody has assessed the library's typical ratings yet.
      assessed: false,
      assessedOn: null,
      assessedBy: null,
      needsAction: false,
      lastReviewedOn: null,
    });
    expect([await total(), await auditTotal()]).toEqual([before[0] + 6, before[1] + 6]);
    const events = (
      await t.as(owner).get(`${base}/audit-events?entity=inventory_risk&entityId=${rows[1].id}`)
    ).json().items;
    expect(events.map((e: { action: string }) => e.action)).toEqual(["create"]);
    expect(events[0].changes.suggestionId).toEqual({ old: null, new: "acq-02" });
  });

  it("skips what an item already has, and writes nothing when everything is there", async () => {
    const before = [await total(), await auditTotal()] as const;
    const again = await post({ itemIds: [form], suggestionIds: ["acq-01", "acq-03"] });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({
      added: 1,
      skipped: 1,
      groups: [{ itemId: form, phase: "acquisition_input", added: 1, skipped: 1 }],
    });
    expect(await total()).toBe(before[0] + 1);
    const none = await post({ itemIds: [form, form], suggestionIds: ["acq-01", "acq-01"] });
    expect(none.statusCode, none.body).toBe(201);
    expect(none.json()).toEqual({
      ids: [],
      added: 0,
      skipped: 1,
      groups: [
        { itemId: form, itemName: "申込書", phase: "acquisition_input", added: 0, skipped: 1 },
      ],
    });
    expect([await total(), await auditTotal()]).toEqual([before[0] + 1, before[1] + 1]);
  });

  it("writes English texts for an English caller", async () => {
    const res = await post({ itemIds: [roster], suggestionIds: ["acq-05"] }, "en-US,en;q=0.9");
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await rowsOf(res.json().ids);
    expect(row.description).toBe("Data sent through an unencrypted web form is intercepted");
    expect(row.assessed).toBe(false);
  });

  it("maps the typical values onto 5 × 5 axes (1 → 2, 2 → 3, 3 → 4)", async () => {
    const third = (await t.as(owner).post(`${base}/inventory-items`, { name: "第三" })).json().id;
    expect((await t.as(owner).put(`${base}/risk-matrix`, RISK_MATRIX_5X5)).statusCode).toBe(200);
    const res = await post({ itemIds: [third], suggestionIds: ["acq-01", "acq-02"] });
    const rows = await rowsOf(res.json().ids);
    // 5 × 5 grid: (3,3) medium, (2,4) medium.
    expect(rows.map((r) => [r.likelihood, r.impact, r.inherent.level])).toEqual([
      [3, 3, "medium"],
      [2, 4, "medium"],
    ]);
  });

  it.each([
    ["an unknown suggestion id", { suggestionIds: ["acq-01", "nope-99"] }, ["suggestionIds.1"]],
    ["101 suggestions", { suggestionIds: Array(101).fill("acq-01") }, ["suggestionIds"]],
    ["51 items", { itemIds: Array(51).fill("x") }, ["itemIds"]],
    ["no suggestions", { suggestionIds: [] }, ["suggestionIds"]],
    ["no items", { itemIds: [] }, ["itemIds"]],
    ["a number as id", { suggestionIds: [1] }, ["suggestionIds.0"]],
    ["an unknown item second", { itemIds: ["ITEM", "no-such-item"] }, ["itemIds.1"]],
    ["another organization's item", { itemIds: ["OTHER"] }, ["itemIds.0"]],
    ["the old single-item shape", { itemIds: undefined, itemId: "ITEM" }, ["itemId", "itemIds"]],
    ["a phase (no longer chosen per call)", { phase: "transfer" }, ["phase"]],
    ["a text as preview", { preview: "yes" }, ["preview"]],
    ["markup as id", { suggestionIds: ["<script>alert(1)</script>"] }, ["suggestionIds.0"]],
  ])("refuses %s, writing nothing", async (_what, change, fields) => {
    const before = [await total(), await auditTotal()];
    const body = { itemIds: ["ITEM"], suggestionIds: ["acq-01"], ...change } as Record<
      string,
      unknown
    >;
    body.itemIds = (body.itemIds as string[] | undefined)?.map((id) =>
      id === "ITEM" ? form : id === "OTHER" ? otherOrgItem : id,
    );
    if (body.itemId === "ITEM") body.itemId = form;
    const res = await post(body);
    expect(res.statusCode, res.body).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(fields);
    expect([await total(), await auditTotal()]).toEqual(before);
  });

  it("names the unknown suggestion and item in both languages", async () => {
    const body = { itemIds: [otherOrgItem], suggestionIds: ["acq-01"] };
    expect((await post(body)).json().error.fields).toEqual({
      "itemIds.0": "個人情報管理台帳に登録されていない項目です。",
    });
    const en = await post({ itemIds: [form], suggestionIds: ["zzz"] }, "en");
    expect(en.json().error.fields).toEqual({
      "suggestionIds.0": "This suggestion is not in the risk library.",
    });
  });

  it("answers 404 to another organization's user", async () => {
    const stranger = await t.signUp("部外 者");
    const res = await t
      .as(stranger)
      .post(`${base}/risks/from-suggestions`, { itemIds: [form], suggestionIds: ["acq-01"] });
    expect(res.statusCode).toBe(404);
  });
});
