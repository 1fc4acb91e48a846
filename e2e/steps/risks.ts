// リスク分析 of the new item: two risks from the library's suggestions (previewed, added in one
// write, 未評価 until the owner confirms their ratings), their levels in the table, the heat
// map's counts and its cell filter, the flow diagram coloured by the level, and a formal
// acceptance by the owner.
import type { Locator } from "playwright-core";
import {
  assertEqual,
  clickForResponse,
  expectAttribute,
  expectCount,
  expectHidden,
  expectText,
  expectUrl,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { need, orgApi, type World } from "../lib/world.ts";
import { FLOW_PHASES } from "./inventory.ts";

/**
 * Two suggestions of the 取得・入力 phase (src/core/registers/risk-library-*.ts) with their
 * typical likelihood × impact, scored on the default 3×3 matrix.
 */
export const SUGGESTED = {
  medium: {
    id: "acq-01",
    text: "利用目的を知らせないまま個人情報を受け取ってしまう",
    cell: "2-2", // likelihood 中 × impact 中 → 中
  },
  low: {
    id: "acq-06",
    text: "手入力の誤りで間違った内容が登録される",
    cell: "2-1", // likelihood 中 × impact 低 → 低
  },
} as const;

/** Every cell of the 3×3 heat map, likelihood-impact. */
const CELLS = [1, 2, 3].flatMap((l) => [1, 2, 3].map((i) => `${l}-${i}`));

const riskRow = (w: World, text: string): Locator =>
  w.page.getByTestId("risk-row").filter({ hasText: text });

export const openItemRisks: Step<World> = {
  name: "open the item's risk analysis from the item page: no risks yet",
  run: async (w) => {
    const { page } = w;
    const item = need(w.item, "the new item");
    await page.getByTestId("item-risks-link").click();
    await expectUrl(page, new RegExp(`/risks\\?itemId=${item.id}$`), "the risk analysis page");
    await expectText(page.locator("main h1"), "リスク分析", "page title");
    await expectVisible(page.getByTestId("risks-table"), "the risk table");
    await expectText(page.getByTestId("risks-total"), "全0件", "risks of the new item");
    await expectAttribute(page.getByTestId("risks-heatmap"), "data-basis", "inherent", "heat map");
    for (const cell of CELLS)
      await expectAttribute(page.getByTestId(`heatmap-cell-${cell}`), "data-count", "0", cell);
  },
};

export const addSuggestedRisks: Step<World> = {
  name: "add 2 risks of 取得・入力 from the suggestions, previewed: they arrive 未評価, out of the heat map",
  run: async (w) => {
    const { page } = w;
    const item = need(w.item, "the new item");
    await page.getByTestId("suggestions-open").click();
    const modal = page.getByTestId("suggestions-modal");
    await expectVisible(modal, "the suggestions dialog");
    // The item the page is filtered on is chosen already (several could be).
    await expectText(modal, item.name, "登録項目");
    await page.getByTestId("suggestions-phase-acquisition_input").check();
    await expectVisible(modal.getByText(SUGGESTED.medium.text), "the first suggestion");
    await page.getByTestId(`suggestion-${SUGGESTED.medium.id}`).check();
    await page.getByTestId(`suggestion-${SUGGESTED.low.id}`).check();
    // The server's plan: one line for the item and phase, 2 rows to add, none there yet.
    const preview = page.getByTestId("suggestions-preview");
    await expectText(page.getByTestId("suggestions-preview-total"), "2件を追加します。", "preview");
    await expectCount(preview.getByTestId("suggestions-preview-row"), 1, "preview lines");
    await expectText(preview, "取得・入力", "the preview's phase");
    const add = page.getByTestId("suggestions-add");
    await expectText(add, "2件を追加", "the add button");
    const res = await clickForResponse(
      page,
      add,
      (r) => r.request().method() === "POST" && r.url().endsWith("/risks/from-suggestions"),
    );
    assertEqual(res.status(), 201, "POST from-suggestions status");
    const body = (await res.json()) as { ids: string[]; added: number; skipped: number };
    assertEqual(body.ids.length, 2, "rows created");
    assertEqual(body.skipped, 0, "rows skipped");
    await expectHidden(modal, "the suggestions dialog");

    // The page shows the new rows under 未評価: a level from the library, nothing to act on yet.
    await expectCount(page.getByTestId("risk-row"), 2, "未評価 rows of the item");
    await expectText(page.getByTestId("risks-summary-unassessed"), "2", "未評価 figure");
    for (const [level, label] of [
      ["medium", "中"],
      ["low", "低"],
    ] as const) {
      const row = riskRow(w, SUGGESTED[level].text);
      await expectText(row, item.name, `the ${level} row's item`);
      await expectText(row, "取得・入力", `the ${level} row's phase`);
      await expectText(row.getByTestId("risk-unassessed"), "未評価", `the ${level} row's state`);
      const badge = row.getByTestId("risk-inherent");
      await expectText(badge, label, `the ${level} row's 固有 level`);
      await expectAttribute(badge, "data-level", level, `the ${level} row's badge`);
      await expectCount(row.getByTestId("risk-needs-action"), 0, "要対応 before assessment");
    }
    await expectText(page.getByTestId("heatmap-unassessed"), "未評価の2件", "heat map note");
    for (const cell of CELLS)
      await expectAttribute(page.getByTestId(`heatmap-cell-${cell}`), "data-count", "0", cell);
  },
};

export const confirmSuggestedRisks: Step<World> = {
  name: "the owner confirms both ratings (評価を確認): recorded as theirs, 要対応 appears above acceptance",
  run: async (w) => {
    const { page } = w;
    for (const level of ["medium", "low"] as const) {
      const row = riskRow(w, SUGGESTED[level].text);
      const id = await row.getAttribute("data-risk-id");
      await row.getByTestId("risk-confirm").click();
      const modal = page.getByTestId("risk-confirm-modal");
      await expectText(modal, SUGGESTED[level].text, "the confirmation dialog");
      const res = await clickForResponse(
        page,
        page.getByTestId("risk-confirm-save"),
        (r) => r.request().method() === "POST" && r.url().endsWith("/confirm-assessment"),
      );
      assertEqual(res.status(), 200, "POST confirm-assessment status");
      await expectHidden(modal, "the confirmation dialog");
      const stored = await orgApi<{ assessed: boolean; assessedBy: string }>(
        w,
        "GET",
        `/risks/${id}`,
      );
      assertEqual(stored.assessed, true, `the ${level} row is assessed`);
      assertEqual(stored.assessedBy, w.user.name, "assessed by the owner");
    }
    // The 未評価 filter is now empty; without it the two rows are back, 中 needing action.
    await expectCount(page.getByTestId("risk-row"), 0, "未評価 rows after confirming");
    await page.getByTestId("risks-filter-unassessed").uncheck();
    await expectCount(page.getByTestId("risk-row"), 2, "risk rows of the item");
    await expectText(page.getByTestId("risks-total"), "全2件", "total");
    await expectCount(page.getByTestId("risk-unassessed"), 0, "no 未評価 badge");
    const medium = riskRow(w, SUGGESTED.medium.text);
    await expectCount(medium.getByTestId("risk-needs-action"), 1, "要対応 on the 中 row");
    await expectCount(riskRow(w, SUGGESTED.low.text).getByTestId("risk-needs-action"), 0, "低");
  },
};

export const heatmapCounts: Step<World> = {
  name: "the heat map counts the two risks in their cells; a click filters the table",
  run: async (w) => {
    const { page } = w;
    for (const cell of CELLS) {
      const count = cell === SUGGESTED.medium.cell || cell === SUGGESTED.low.cell ? "1" : "0";
      await expectAttribute(page.getByTestId(`heatmap-cell-${cell}`), "data-count", count, cell);
    }
    const medium = page.getByTestId(`heatmap-cell-${SUGGESTED.medium.cell}`);
    await expectAttribute(medium, "data-level", "medium", "cell 中×中");
    await expectAttribute(page.getByTestId("heatmap-cell-2-1"), "data-level", "low", "cell 中×低");
    await expectAttribute(page.getByTestId("heatmap-cell-3-3"), "data-level", "high", "cell 高×高");

    await medium.click();
    const filter = page.getByTestId("risks-cell-filter");
    await expectText(filter, "発生可能性 中 × 影響度 中", "the cell filter");
    await expectCount(page.getByTestId("risk-row"), 1, "rows in cell 中×中");
    await expectVisible(riskRow(w, SUGGESTED.medium.text), "the 中 risk");
    await expectText(page.getByTestId("risks-total"), "全1件", "total in the cell");
    await medium.click(); // a second click clears the cell filter
    await expectHidden(filter, "the cell filter");
    await expectCount(page.getByTestId("risk-row"), 2, "rows without the cell filter");
  },
};

export const acceptRisk: Step<World> = {
  name: "the owner accepts the 中 risk: 要対応 gives way to the acceptance",
  run: async (w) => {
    const { page } = w;
    const row = riskRow(w, SUGGESTED.medium.text);
    await expectVisible(row.getByTestId("risk-needs-action"), "要対応 before the acceptance");
    await row.getByTestId("risk-accept").click();
    const modal = page.getByTestId("accept-modal");
    await expectVisible(modal, "the acceptance dialog");
    await expectText(modal, SUGGESTED.medium.text, "the acceptance dialog");
    await expectValue(page.getByTestId("accept-by"), w.user.name, "受容者");
    const res = await clickForResponse(
      page,
      page.getByTestId("accept-save"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/accept"),
    );
    assertEqual(res.status(), 200, "POST accept status");
    const sent = res.request().postDataJSON() as { acceptedOn: string; acceptedBy: string };
    await expectHidden(modal, "the acceptance dialog");
    await expectText(row.getByTestId("risk-accepted"), w.user.name, "受容 column");
    await expectCount(row.getByTestId("risk-needs-action"), 0, "要対応 after the acceptance");

    const id = await row.getAttribute("data-risk-id");
    const stored = await orgApi<{ acceptedBy: string; acceptedOn: string; needsAction: boolean }>(
      w,
      "GET",
      `/risks/${id}`,
    );
    assertEqual(stored.acceptedBy, w.user.name, "stored 受容者");
    assertEqual(stored.acceptedOn, sent.acceptedOn, "stored 受容日");
    assertEqual(stored.needsAction, false, "stored needsAction");
  },
};

export const flowColoured: Step<World> = {
  name: "back on the item, the flow diagram colours 取得・入力 中; the others stay 未分析",
  run: async (w) => {
    const { page } = w;
    const item = need(w.item, "the new item");
    await page.goBack();
    await expectUrl(page, new RegExp(`/inventory\\?item=${item.id}&tab=flow$`), "the flow tab");
    const diagram = page.getByTestId("flow-diagram");
    const analysed = diagram.getByTestId("flow-phase-acquisition_input");
    await expectAttribute(analysed, "data-level", "medium", "取得・入力");
    await expectText(analysed.getByTestId("flow-status"), "中 · 2件", "取得・入力 status");
    for (const [phase] of FLOW_PHASES.slice(1)) {
      const box = diagram.getByTestId(`flow-phase-${phase}`);
      await expectAttribute(box, "data-level", "unanalysed", phase);
      await expectText(box, "未分析", `the ${phase} box`);
    }
    await expectVisible(diagram.getByTestId("flow-legend"), "the legend");
  },
};
