// 監査ログ lists the profile change and the imported people; then the UI switches to English.
import { assert, expectCount, expectText, expectUrl, expectVisible } from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import type { World } from "../lib/world.ts";

export const auditLog: Step<World> = {
  name: "監査ログ lists the profile update and the import",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-audit").click();
    await expectUrl(page, /\/audit$/, "監査ログ page");
    await expectVisible(page.getByTestId("audit-table"), "the audit table");
    const rows = page.getByTestId("audit-row");
    // The profile update, with the new 代表者 in its changes.
    const profileRows = rows
      .filter({ hasText: "事業者情報" })
      .filter({ hasText: "変更" })
      .filter({ hasText: w.profile.representative });
    await expectCount(profileRows, 1, "profile update events");
    await expectText(profileRows.first(), w.user.name, "the actor of the profile update");
    // One 登録 event per imported person; the rejected file left none.
    for (const p of w.imported) {
      const row = rows.filter({ hasText: "従業者" }).filter({ hasText: p.email });
      await expectCount(row, 1, `import event of ${p.name}`);
      await expectText(row.first(), "登録", `action of ${p.name}'s event`);
    }
    await expectCount(rows.filter({ hasText: "試験 六郎" }), 0, "events of the rejected file");
    // The term that was ended shows up as an appointment change.
    await expectVisible(
      rows.filter({ hasText: "任命" }).filter({ hasText: "変更" }).first(),
      "the appointment update event",
    );
  },
};

export const switchToEnglish: Step<World> = {
  name: "switch the language to English",
  run: async ({ page }) => {
    await page.getByTestId("lang-switch").getByText("English", { exact: true }).click();
    await expectText(page.getByTestId("nav-people"), "People", "the 従業者 menu entry");
    await expectText(page.getByTestId("nav-audit"), "Audit trail", "the 監査ログ menu entry");
    await expectText(page.locator("main h1"), "Audit trail", "page title");
    const lang = await page.evaluate(() => document.documentElement.lang);
    assert(lang === "en", `<html lang> is "${lang}"`);
  },
};
