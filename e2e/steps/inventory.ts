// 個人情報管理台帳: the list and its search, a new item through the form in sections, and its
// lifecycle flow drawn as the flow diagram (every phase 未分析 before the risk analysis).
import {
  assert,
  assertEqual,
  clickForResponse,
  expectCount,
  expectText,
  expectUrl,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { chooseOption, expectSegment } from "../lib/mantine.ts";
import { need, orgApi, type World } from "../lib/world.ts";

/** The demo organization's register (src/modules/org/demo/demo-register-data*.ts). */
export const DEMO_ITEMS = 26;
const DEMO_DEPARTMENT = "第二営業課";

/** The item the form creates. */
export const NEW_ITEM = {
  name: "セミナー参加申込者情報",
  purpose: "セミナーの受付、当日の案内と次回開催の連絡",
  outsourcee: "株式会社イベント受付サービス",
  retentionPeriod: "セミナー終了後3年",
};

/** Items in the register before this scenario added any. */
export const demoItems = (w: World) => (w.seeded ? DEMO_ITEMS : 0);

export type ApiItem = {
  id: string;
  name: string;
  departmentName: string | null;
  dataItems: { name: string; sensitive: boolean }[];
  purpose: string | null;
  outsourced: boolean | null;
  outsourcee: string | null;
  retentionPeriod: string | null;
};
type ApiFlow = { steps: { phase: string; who: string | null; what: string | null }[] };

export const openRegister: Step<World> = {
  name: "open 個人情報管理台帳: the demo register is listed",
  run: async (w) => {
    const { page } = w;
    // Without the demo seed the only department is the one the set-up step created.
    w.registerDepartment = w.seeded ? DEMO_DEPARTMENT : need(w.departmentName, "department");
    await page.getByTestId("nav-inventory").click();
    await expectUrl(page, /\/inventory$/, "個人情報管理台帳 page");
    await expectText(page.locator("main h1"), "個人情報管理台帳", "page title");
    await expectVisible(page.getByTestId("inventory-table"), "the register table");
    const total = demoItems(w);
    await expectText(page.getByTestId("inventory-total"), `全${total}件`, "total");
    await expectCount(page.getByTestId("inventory-row"), total, "register rows");
  },
};

export const searchRegister: Step<World> = {
  name: "searching コールセンター narrows the register to its two items",
  run: async (w) => {
    const { page } = w;
    const search = page.getByTestId("inventory-search");
    const rows = page.getByTestId("inventory-row");
    await search.fill("コールセンター");
    if (w.seeded) {
      await expectCount(rows, 2, "rows when searching コールセンター");
      await expectText(page.getByTestId("inventory-total"), "全2件", "total");
      await expectVisible(
        rows.filter({ hasText: "お客様問い合わせ履歴（受託コールセンター）" }),
        "the inquiry history",
      );
      await expectVisible(
        rows.filter({ hasText: "コールセンター通話録音（受託）" }),
        "the call recordings",
      );
    } else {
      await expectVisible(page.getByTestId("inventory-empty"), "the empty register");
    }
    await search.fill("");
    await expectCount(rows, demoItems(w), "rows after clearing the search");
  },
};

export const createItem: Step<World> = {
  name: "add an item through the form: sections, quick data items, 委託 あり, save",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("inventory-new").click();
    await expectUrl(page, /\/inventory\?item=new$/, "the new-item page");
    const form = page.getByTestId("inventory-form");
    await expectVisible(form, "the item form");
    for (const section of ["basic", "acquisition", "storage", "provision", "management"])
      await expectVisible(page.getByTestId(`inventory-section-${section}`), `section ${section}`);
    await expectText(page.getByTestId("inventory-section-basic"), "基本情報", "first section");

    await page.getByTestId("item-name").fill(NEW_ITEM.name);
    await chooseOption(
      page,
      page.getByTestId("item-departmentId"),
      new RegExp(`${w.registerDepartment}$`),
      "管理部門",
    );
    const quick = page.getByTestId("data-item-quick");
    await quick.fill("氏名、住所");
    await quick.press("Enter");
    await expectValue(page.getByTestId("data-item-name-0"), "氏名", "first data item");
    await expectValue(page.getByTestId("data-item-name-1"), "住所", "second data item");
    await expectValue(quick, "", "the quick-entry box after Enter");
    await page.getByTestId("item-purpose").fill(NEW_ITEM.purpose);
    await page.getByTestId("item-retentionPeriod").fill(NEW_ITEM.retentionPeriod);
    // 委託先 is asked for only once 委託 says あり.
    assertEqual(await page.getByTestId("item-outsourcee").count(), 0, "委託先 fields before あり");
    await page.getByTestId("item-outsourced").getByText("あり", { exact: true }).click();
    await expectSegment(page.getByTestId("item-outsourced"), "あり", "委託の有無");
    await page.getByTestId("item-outsourcee").fill(NEW_ITEM.outsourcee);

    const res = await clickForResponse(
      page,
      page.getByTestId("inventory-save"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/inventory-items"),
    );
    assertEqual(res.status(), 201, "POST inventory-items status");
    const { id } = (await res.json()) as { id: string };
    assert(id, "no id in the answer");
    w.item = { id, name: NEW_ITEM.name, departmentName: w.registerDepartment };
    await expectUrl(page, new RegExp(`\\?item=${id}$`), "the saved item's page");
    await expectText(page.getByTestId("item-title"), NEW_ITEM.name, "item title");
  },
};

export const itemPersisted: Step<World> = {
  name: "back to the list and reopen the item: the values were kept",
  run: async (w) => {
    const { page } = w;
    const item = need(w.item, "the new item");
    await page.getByTestId("item-back").click();
    await expectUrl(page, /\/inventory$/, "the register list");
    await expectText(page.getByTestId("inventory-total"), `全${demoItems(w) + 1}件`, "total");
    await page.getByTestId("inventory-search").fill("セミナー参加");
    const rows = page.getByTestId("inventory-row");
    await expectCount(rows, 1, "rows when searching セミナー参加");
    await expectText(rows.first(), item.departmentName, "the row's department");
    await rows.first().getByTestId("inventory-open").click();
    await expectUrl(page, new RegExp(`\\?item=${item.id}$`), "the item's page");

    await expectValue(page.getByTestId("item-name"), NEW_ITEM.name, "名称");
    await expectValue(
      page.getByTestId("item-departmentId"),
      new RegExp(`${item.departmentName}$`),
      "管理部門",
    );
    await expectValue(page.getByTestId("data-item-name-0"), "氏名", "first data item");
    await expectValue(page.getByTestId("data-item-name-1"), "住所", "second data item");
    await expectValue(page.getByTestId("item-purpose"), NEW_ITEM.purpose, "利用目的");
    await expectValue(
      page.getByTestId("item-retentionPeriod"),
      NEW_ITEM.retentionPeriod,
      "保管期限",
    );
    await expectSegment(page.getByTestId("item-outsourced"), "あり", "委託の有無");
    await expectValue(page.getByTestId("item-outsourcee"), NEW_ITEM.outsourcee, "委託先");

    const stored = await orgApi<ApiItem>(w, "GET", `/inventory-items/${item.id}`);
    assertEqual(stored.departmentName, item.departmentName, "stored department");
    assertEqual(stored.dataItems.map((d) => d.name).join("、"), "氏名、住所", "stored data items");
    assertEqual(stored.outsourced, true, "stored 委託の有無");
    assertEqual(stored.outsourcee, NEW_ITEM.outsourcee, "stored 委託先");
  },
};

/** The flow's phases, in order, and how the diagram labels them. */
export const FLOW_PHASES = [
  ["acquisition_input", "取得・入力"],
  ["transfer", "移送・送信"],
  ["storage_backup", "保管・バックアップ"],
] as const;

export const defineFlow: Step<World> = {
  name: "define the item's flow (3 phases): the diagram shows them, all 未分析",
  run: async (w) => {
    const { page } = w;
    const item = need(w.item, "the new item");
    await page.getByTestId("item-tab-flow").click();
    await expectUrl(page, /&tab=flow$/, "the flow tab");
    await expectVisible(page.getByTestId("flow-editor"), "the flow editor");
    await expectVisible(page.getByTestId("flow-empty"), "the empty diagram");

    const add = page.getByTestId("flow-step-add");
    for (let i = 0; i < 3; i++) await add.click();
    await expectCount(page.getByTestId("flow-step"), 3, "flow steps");
    // A new step takes the phase after the previous one: 取得・入力, 移送・送信, 利用・加工.
    await expectValue(page.getByTestId("flow-step-phase-2"), "利用・加工", "third step's phase");
    await chooseOption(page, page.getByTestId("flow-step-phase-2"), "保管・バックアップ", "段階 3");
    await page.getByTestId("flow-step-who-0").fill("営業担当");
    await page.getByTestId("flow-step-what-0").fill("申込フォームの受付");
    await page.getByTestId("flow-step-who-2").fill("営業事務");
    await page.getByTestId("flow-step-what-2").fill("顧客管理システムに保存");

    const res = await clickForResponse(
      page,
      page.getByTestId("flow-save"),
      (r) => r.request().method() === "PUT" && r.url().endsWith(`/${item.id}/flow`),
    );
    assertEqual(res.status(), 200, "PUT flow status");
    await expectVisible(page.getByText("保存しました。").first(), "the 保存しました notification");

    const diagram = page.getByTestId("flow-diagram");
    await expectCount(diagram.locator('[data-testid^="flow-phase-"]'), 3, "phases in the diagram");
    for (const [phase, label] of FLOW_PHASES) {
      const box = diagram.getByTestId(`flow-phase-${phase}`);
      await expectText(box, label, `the ${phase} box`);
      await expectText(box, "未分析", `the ${phase} box`);
      assertEqual(await box.getAttribute("data-level"), "unanalysed", `${phase} level`);
    }
    await expectText(
      diagram.getByTestId("flow-phase-acquisition_input"),
      "申込フォームの受付",
      "step",
    );
    const flow = await orgApi<ApiFlow>(w, "GET", `/inventory-items/${item.id}/flow`);
    assertEqual(
      flow.steps.map((s) => s.phase).join(","),
      "acquisition_input,transfer,storage_backup",
      "stored flow",
    );
  },
};
