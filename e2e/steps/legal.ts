// 法令等一覧: add a guideline from the catalogue, link it to the new register item, and record
// this year's check of it.
import {
  assertEqual,
  clickForResponse,
  expectCount,
  expectHidden,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { type ListOf, need, orgApi, type World } from "../lib/world.ts";

/** The demo organization's legal register (src/modules/org/demo/demo-legal-data.ts). */
const DEMO_ENTRIES = 17;
/** A catalogue entry the demo organization has not taken (core/registers/law-catalogue-appi.ts). */
const LAW = {
  id: "ppc_guideline_pseudonymized",
  name: "個人情報保護法ガイドライン（仮名加工情報・匿名加工情報編）",
};

type ApiLegal = {
  id: string;
  lawId: string | null;
  items: { id: string; name: string }[];
  checkedBy: string | null;
  checkedOn: string | null;
};

const entries = (w: World) => (w.seeded ? DEMO_ENTRIES : 0);
const lawRow = (w: World) => w.page.getByTestId("legal-row").filter({ hasText: LAW.name });

export const addLawFromCatalogue: Step<World> = {
  name: "法令等一覧: add a guideline from the catalogue",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-legal").click();
    await expectUrl(page, /\/legal$/, "法令等一覧 page");
    await expectText(page.locator("main h1"), "法令等一覧", "page title");
    if (w.seeded) await expectVisible(page.getByTestId("legal-table"), "the legal register");
    await expectText(page.getByTestId("legal-total"), `全${entries(w)}件`, "total");

    await page.getByTestId("legal-add-catalogue").click();
    const modal = page.getByTestId("legal-catalogue-modal");
    await expectVisible(modal, "the catalogue");
    const entry = modal.locator(`[data-testid="legal-catalogue-entry"][data-law-id="${LAW.id}"]`);
    await expectText(entry, LAW.name, "the catalogue entry");
    await entry.getByTestId("legal-catalogue-pick").check();
    const res = await clickForResponse(
      page,
      modal.getByTestId("legal-catalogue-add"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/legal-requirements"),
    );
    assertEqual(res.status(), 201, "POST legal-requirements status");
    await expectHidden(modal, "the catalogue");
    await expectText(page.getByTestId("legal-total"), `全${entries(w) + 1}件`, "total");
    await expectCount(lawRow(w), 1, "rows of the added guideline");
  },
};

export const linkLawToItem: Step<World> = {
  name: "link the guideline to the new register item and mark it checked",
  run: async (w) => {
    const { page } = w;
    const item = need(w.item, "the new item");
    await lawRow(w).getByTestId("legal-open").click();
    const form = page.getByTestId("legal-form");
    await expectVisible(form, "the entry form");
    const items = page.getByTestId("legal-items-input");
    await items.click();
    await items.fill("セミナー参加");
    await page.getByRole("option", { name: new RegExp(item.name) }).click();
    const res = await clickForResponse(
      page,
      page.getByTestId("legal-save"),
      (r) => r.request().method() === "PATCH" && r.url().includes("/legal-requirements/"),
    );
    assertEqual(res.status(), 200, "PATCH legal-requirements status");
    await expectHidden(form, "the entry form");
    await expectText(lawRow(w).getByTestId("legal-items"), item.name, "linked items");

    await lawRow(w).getByTestId("legal-row-select").check();
    await page.getByTestId("legal-bulk-checked").click();
    await expectText(page.getByTestId("legal-checked-message"), "1件", "the check dialog");
    const checked = await clickForResponse(
      page,
      page.getByTestId("legal-checked-confirm"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/legal-requirements/checked"),
    );
    assertEqual(checked.status(), 200, "POST checked status");
    await expectText(lawRow(w), w.user.name, "確認者 in the row");
    await expectCount(lawRow(w).getByTestId("legal-check-overdue"), 0, "overdue badge");

    const linked = await orgApi<ListOf<ApiLegal>>(
      w,
      "GET",
      `/legal-requirements?itemId=${item.id}`,
    );
    assertEqual(linked.total, 1, "entries linked to the item");
    const [entry] = linked.items;
    assertEqual(entry?.lawId, LAW.id, "linked entry's law");
    assertEqual(entry?.items.map((i) => i.name).join(), item.name, "linked entry's items");
    assertEqual(entry?.checkedBy, w.user.name, "確認者");
  },
};
