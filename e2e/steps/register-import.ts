// Importing a register workbook kept by hand: the preview with the guessed column mapping and
// the counts, one column mapped by the user, the commit; then a file with a bad cell, listed
// in the preview and written nowhere.
import {
  assert,
  assertEqual,
  clickForResponse,
  expectCount,
  expectHidden,
  expectText,
  expectUrl,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { chooseOption } from "../lib/mantine.ts";
import { type ListOf, orgApi, type World } from "../lib/world.ts";
import { type RegisterSheetRow, registerWorkbook, XLSX_MIME } from "../lib/xlsx.ts";
import { type ApiItem, demoItems } from "./inventory.ts";

const row = (w: World, r: Omit<RegisterSheetRow, "department">): RegisterSheetRow => ({
  department: w.registerDepartment,
  ...r,
});

/** The two rows of the good workbook; 備考 holds what the user maps to 保管方法. */
const goodRows = (w: World) => [
  row(w, {
    name: "展示会名刺リスト（取込試験）",
    dataItems: "氏名、会社名、メールアドレス",
    purpose: "展示会後の製品案内",
    medium: "電子",
    usePeriod: "案内の停止を求められるまで",
    retention: "3年",
    sensitive: "×",
    identifiedOn: "令和7年4月1日",
    note: "営業部の共有フォルダで管理",
  }),
  row(w, {
    name: "健康相談受付票（取込試験）",
    dataItems: "氏名、相談内容、病歴",
    purpose: "従業者の健康相談への対応",
    medium: "紙",
    usePeriod: "相談の終了まで",
    retention: "5年",
    sensitive: "○",
    identifiedOn: "R7.5.1",
    note: "施錠できる書庫で保管",
  }),
];
const GOOD_NAMES = ["展示会名刺リスト（取込試験）", "健康相談受付票（取込試験）"];
const BAD_NAMES = ["来場者アンケート（取込誤り）", "セミナー録画の視聴者（取込誤り）"];

async function openWizard(w: World): Promise<void> {
  const { page } = w;
  await page.getByTestId("inventory-import").click();
  await expectVisible(page.getByTestId("import-wizard"), "the import wizard");
}

async function upload(w: World, filename: string, buffer: Buffer): Promise<void> {
  const { page } = w;
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/inventory-items/import")),
    page.getByTestId("import-file").setInputFiles({ name: filename, mimeType: XLSX_MIME, buffer }),
  ]);
  assertEqual(res.status(), 200, "preview status");
  await expectVisible(page.getByTestId("import-preview"), "the preview");
}

async function closeWizard(w: World): Promise<void> {
  await w.page.getByTestId("import-close").click();
  await expectHidden(w.page.getByTestId("import-wizard"), "the import wizard");
}

const search = (w: World, q: string) =>
  orgApi<ListOf<ApiItem>>(w, "GET", `/inventory-items?q=${encodeURIComponent(q)}`);

export const importPreview: Step<World> = {
  name: "import a hand-kept workbook: the preview shows the guessed columns and the counts",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("item-back").click();
    await expectUrl(page, /\/inventory$/, "the register list");
    await page.getByTestId("inventory-search").fill(""); // left from reopening the item
    await openWizard(w);
    await upload(w, "個人情報台帳_営業.xlsx", await registerWorkbook(goodRows(w)));

    await expectText(page.getByTestId("import-sheet-name"), "台帳", "sheet");
    // Below the merged title and the note.
    await expectText(page.getByTestId("import-header-row"), /^4$/, "header row");
    await expectText(page.getByTestId("import-row-count"), /^2$/, "data rows");
    await expectText(page.getByTestId("import-to-create"), /^2$/, "rows to create");
    await expectText(page.getByTestId("import-to-update"), /^0$/, "rows to update");
    // Column index (A = 0) → the register field the product guessed.
    const guessed: [number, string][] = [
      [0, "（取り込まない）"], // No.
      [1, "管理部門"], // 管理部署
      [2, "個人情報の名称"],
      [3, "個人情報の項目"], // 取得項目
      [7, "保管期限"], // 保存期間
      [8, "要配慮個人情報"], // 要配慮の有無 (○/×)
      [9, "特定日"], // 和暦
      [10, "（取り込まない）"], // 備考
    ];
    for (const [index, label] of guessed)
      await expectValue(page.getByTestId(`import-map-${index}`), label, `column ${index + 1}`);
    assertEqual(await page.getByTestId("import-errors").count(), 0, "error tables");
  },
};

export const importCommit: Step<World> = {
  name: "map 備考 to 保管方法 and import: 2 new items",
  run: async (w) => {
    const { page } = w;
    const [preview] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/inventory-items/import")),
      chooseOption(page, page.getByTestId("import-map-10"), "保管方法", "column 11"),
    ]);
    assertEqual(preview.status(), 200, "preview status after the change");
    await expectText(page.getByTestId("import-to-create"), /^2$/, "rows to create");
    const res = await clickForResponse(page, page.getByTestId("import-commit"), (r) =>
      r.url().endsWith("/inventory-items/import"),
    );
    assertEqual(res.status(), 200, "commit status");
    await expectText(
      page.getByTestId("import-result"),
      "新規2件・更新0件・変更なし0件として取り込みました。",
      "import result",
    );
  },
};

export const importedItems: Step<World> = {
  name: "the imported items are in the register with their values (○/×, 和暦, 保存期間, 備考)",
  run: async (w) => {
    const { page } = w;
    await closeWizard(w);
    await expectText(page.getByTestId("inventory-total"), `全${demoItems(w) + 3}件`, "total");
    await page.getByTestId("inventory-search").fill("取込試験");
    const rows = page.getByTestId("inventory-row");
    await expectCount(rows, 2, "rows when searching 取込試験");
    for (const name of GOOD_NAMES) {
      const r = rows.filter({ hasText: name });
      await expectText(r, w.registerDepartment, `${name}: department`);
    }
    await expectCount(
      rows.filter({ hasText: "健康相談受付票" }).getByTestId("inventory-sensitive"),
      1,
      "要配慮 badge",
    );

    const stored = (await search(w, "取込試験")).items;
    const byName = new Map(stored.map((i) => [i.name, i as ApiItem & Record<string, unknown>]));
    const cards = byName.get(GOOD_NAMES[0] ?? "");
    const health = byName.get(GOOD_NAMES[1] ?? "");
    assert(cards && health, `imported items not found: ${[...byName.keys()].join(", ")}`);
    assertEqual(cards.departmentName, w.registerDepartment, "管理部門 (merged cell)");
    assertEqual(health.departmentName, w.registerDepartment, "管理部門 (under the merge)");
    assertEqual(cards.sensitive, false, "要配慮 ×");
    assertEqual(health.sensitive, true, "要配慮 ○");
    assertEqual(cards.identifiedOn, "2025-04-01", "特定日 令和7年4月1日");
    assertEqual(health.identifiedOn, "2025-05-01", "特定日 R7.5.1");
    assertEqual(cards.retentionPeriod, "3年", "保管期限 from 保存期間");
    assertEqual(cards.storageMethod, "営業部の共有フォルダで管理", "保管方法 from 備考");
    assertEqual(cards.medium, "electronic", "媒体 電子");
    assertEqual(
      cards.dataItems.map((d) => d.name).join("、"),
      "氏名、会社名、メールアドレス",
      "個人情報の項目",
    );
  },
};

export const badImportWritesNothing: Step<World> = {
  name: "a workbook with one bad cell: the preview lists it, import is blocked, nothing written",
  run: async (w) => {
    const { page } = w;
    const base = goodRows(w)[0];
    assert(base, "no row");
    const buffer = await registerWorkbook([
      { ...base, name: BAD_NAMES[0] ?? "", sensitive: "×" },
      { ...base, name: BAD_NAMES[1] ?? "", sensitive: "たぶん" }, // Excel row 6
    ]);
    await openWizard(w);
    await upload(w, "誤りあり.xlsx", buffer);
    await expectVisible(page.getByTestId("import-errors"), "the list of bad cells");
    const errors = page.getByTestId("import-error-row");
    await expectCount(errors, 1, "bad cells");
    const cells = errors.first().locator("td");
    await expectText(cells.nth(0), /^6$/, "行 of the bad cell");
    await expectText(cells.nth(1), "要配慮の有無", "列 of the bad cell");
    await expectText(cells.nth(2), "たぶん", "値 of the bad cell");
    await expectText(cells.nth(3), /\S/, "内容 of the bad cell");
    await expectText(page.getByTestId("import-error-count"), "1件の誤り", "error count");
    assert(await page.getByTestId("import-commit").isDisabled(), "import is not blocked");
    await closeWizard(w);

    for (const name of BAD_NAMES)
      assertEqual((await search(w, name)).total, 0, `stored items named ${name}`);
    await page.getByTestId("inventory-search").fill("");
    await expectText(page.getByTestId("inventory-total"), `全${demoItems(w) + 3}件`, "total");
  },
};
