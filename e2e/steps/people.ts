// 従業者: import five people from an xlsx, search one, and see a bad file rejected row by row.
import {
  assert,
  assertEqual,
  expectCount,
  expectHidden,
  expectText,
  expectUrl,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { type ApiPerson, type ListOf, need, orgApi, type World } from "../lib/world.ts";
import { excelDay, peopleWorkbook, XLSX_MIME } from "../lib/xlsx.ts";

export const openPeople: Step<World> = {
  name: "open 従業者",
  run: async ({ page }) => {
    await page.getByTestId("nav-people").click();
    await expectUrl(page, /\/people$/, "従業者 page");
    await expectText(page.locator("main h1"), "従業者", "page title");
    await expectVisible(page.getByTestId("people-table"), "the people table");
    await page.waitForLoadState("networkidle");
  },
};

async function upload(w: World, filename: string, buffer: Buffer): Promise<void> {
  const { page } = w;
  await page.getByTestId("people-import-button").click();
  await expectVisible(page.getByRole("dialog"), "the import dialog");
  await Promise.all([
    // The dialog previews the file first (?mode=preview); a bad file is refused there.
    page.waitForResponse((r) => r.url().endsWith("/people/import?mode=preview")),
    page.getByTestId("people-import-file").setInputFiles({
      name: filename,
      mimeType: XLSX_MIME,
      buffer,
    }),
  ]);
}

async function closeImport(w: World): Promise<void> {
  await w.page.getByTestId("import-close").click();
  await expectHidden(w.page.getByRole("dialog"), "the import dialog");
}

export const importPeople: Step<World> = {
  name: "import 5 people from an xlsx file",
  run: async (w) => {
    const department = need(w.departmentName, "department name");
    const buffer = await peopleWorkbook(
      w.imported.map((p, i) => ({
        ...p,
        department,
        employment: "正社員",
        joinedOn: excelDay(`2024-04-0${i + 1}`),
      })),
    );
    await upload(w, "従業者.xlsx", buffer);
    // The preview names each row's match: five new people, nothing written yet.
    await expectText(w.page.getByTestId("people-import-preview"), "新規 5件", "import preview");
    await expectCount(w.page.getByTestId("people-import-rule"), 5, "rows in the preview");
    await expectText(w.page.getByTestId("people-import-rule").first(), "新規", "match of row 2");
    await Promise.all([
      w.page.waitForResponse((r) => r.url().endsWith("/people/import")),
      w.page.getByTestId("people-import-commit").click(),
    ]);
    const result = w.page.getByTestId("import-result");
    await expectText(result, "新規 5件", "import result");
    await expectText(result, "更新 0件", "import result");
    await expectText(result, "全5行", "import result");
  },
};

export const importedInRegister: Step<World> = {
  name: "close the dialog: the imported people are in the register",
  run: async (w) => {
    await closeImport(w);
    const stored = await orgApi<ListOf<ApiPerson>>(
      w,
      "GET",
      `/people?q=${encodeURIComponent("試験")}&status=all`,
    );
    assertEqual(stored.total, 5, "people named 試験 in the register");
    await w.page.getByTestId("people-search").fill("試験");
    await expectCount(w.page.getByTestId("person-row"), 5, "rows when searching 試験");
  },
};

export const searchPerson: Step<World> = {
  name: "search for one imported person and see exactly that row",
  run: async (w) => {
    const { page } = w;
    const target = w.imported[2];
    assert(target, "no imported person");
    await page.getByTestId("people-search").fill(target.name);
    const rows = page.getByTestId("person-row");
    await expectCount(rows, 1, `rows when searching ${target.name}`);
    await expectText(rows.first(), target.name, "the found row");
    await expectText(rows.first(), target.email, "the found row");
    await expectText(rows.first(), w.departmentName, "the found row's department");
    await expectText(rows.first(), "正社員", "the found row's employment type");
    await expectText(page.getByTestId("people-total"), "全1件", "total");
  },
};

export const importBadFile: Step<World> = {
  name: "a file with a bad row is rejected with the row and column named",
  run: async (w) => {
    const { page } = w;
    const good = {
      kana: "シケン ロクロウ",
      department: w.departmentName,
      employment: "正社員",
      joinedOn: excelDay("2024-05-01"),
    };
    const buffer = await peopleWorkbook([
      { ...good, name: "試験 六郎", email: "e2e-six@example.com" },
      { ...good, name: "試験 七郎", email: "not-an-email" }, // sheet row 3
    ]);
    await upload(w, "誤りあり.xlsx", buffer);
    await expectVisible(page.getByTestId("import-errors"), "the import error table");
    const rows = page.getByTestId("import-error-row");
    await expectCount(rows, 1, "error rows");
    const cells = rows.first().locator("td");
    await expectText(cells.nth(0), /^3$/, "行 of the error");
    await expectText(cells.nth(1), "メールアドレス", "列 of the error");
    await expectText(cells.nth(2), "not-an-email", "値 of the error");
    await expectVisible(page.getByTestId("form-error"), "the import failure message");
    assertEqual(await page.getByTestId("import-result").count(), 0, "import results shown");
  },
};

export const badFileWroteNothing: Step<World> = {
  name: "the rejected file wrote nothing, not even its good row",
  run: async (w) => {
    await closeImport(w);
    const stored = await orgApi<ListOf<ApiPerson>>(
      w,
      "GET",
      `/people?q=${encodeURIComponent("試験 六郎")}&status=all`,
    );
    assertEqual(stored.total, 0, "people from the rejected file");
    await w.page.getByTestId("people-search").fill("試験");
    await expectCount(w.page.getByTestId("person-row"), 5, "rows when searching 試験");
  },
};

export const datesAsTyped: Step<World> = {
  name: "入社日 reads 和暦 and full-width digits, shows what it understood, and names what it cannot read",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("person-add").click();
    await page.getByTestId("person-name").fill("和暦 入力");
    const joined = page.getByTestId("person-joined-on");
    await joined.fill("令和2年4月1日");
    await joined.press("Tab");
    await expectValue(joined, "2020年4月1日", "入社日 typed as 令和2年4月1日");
    // The calendar's header reads year then month (not 「4月 2020」), and Enter confirms the
    // day without sending the dialog.
    await joined.click();
    await expectText(
      page.locator("[class*=calendarHeaderLevel]").first(),
      "2020年4月",
      "the calendar header",
    );
    await joined.press("Enter");
    await expectVisible(page.getByTestId("person-submit"), "the dialog after Enter in a date");
    await page.getByTestId("person-name").click();
    const left = page.getByTestId("person-left-on");
    await left.fill("きのう");
    await left.press("Tab");
    await expectVisible(
      page.getByText("日付として読めません。", { exact: false }),
      "the message for a text that is no date",
    );
    await left.fill("Ｒ７．３．３１");
    await left.press("Tab");
    await expectValue(left, "2025年3月31日", "退職日 typed in full-width R7.3.31");
    await expectHidden(
      page.getByText("日付として読めません。", { exact: false }),
      "the message once the date is readable",
    );
    await page.getByTestId("person-submit").click();
    await expectHidden(page.getByTestId("person-submit"), "the form after saving");
    const saved = await orgApi<ListOf<ApiPerson>>(w, "GET", "/people?q=%E5%92%8C%E6%9A%A6");
    const person = saved.items.find((p) => p.name === "和暦 入力");
    assert(person, "the person saved from the form");
    assertEqual(person.joinedOn, "2020-04-01", "入社日 stored");
    assertEqual(person.leftOn, "2025-03-31", "退職日 stored");
  },
};
