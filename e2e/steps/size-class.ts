// Issue 12, domain corrections: an entity with no registered capital is classed by staff alone,
// and the fee estimate lists the extra fees whose amounts are not on record. Nothing is saved:
// the reload at the end leaves the profile as the earlier steps stored it.
import { assertEqual, eventually, expectText } from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { chooseOption } from "../lib/mantine.ts";
import type { World } from "../lib/world.ts";

export const noCapitalSizeClass: Step<World> = {
  name: "資本金なし: 301 staff in 製造業・その他 is 大規模, extra fees ask the examination body",
  run: async (w) => {
    const { page } = w;
    await chooseOption(page, page.getByTestId("profile-industry"), "製造業・その他", "業種");
    await page.getByTestId("profile-employee-count").fill("301");
    // Capital entered (¥50M, not above ¥300M): medium.
    await expectText(page.getByTestId("size-class"), /^中規模$/, "size class with capital");
    await page.getByTestId("profile-no-capital").check();
    await eventually(async () =>
      (await page.getByTestId("profile-capital").isDisabled()) ? null : "資本金 still editable",
    );
    assertEqual(await page.getByTestId("profile-capital").inputValue(), "", "資本金 cleared");
    await expectText(page.getByTestId("size-class"), /^大規模$/, "size class without capital");
    await expectText(page.getByTestId("fee-table"), "付与登録料", "the fee's official name");
    await expectText(
      page.getByTestId("fee-extra-reaudit"),
      "金額は審査機関の案内で確認",
      "the re-audit fee without an amount",
    );
    await expectText(page.getByTestId("fee-note"), "2019年10月1日", "the fee table's date");
    await page.reload({ waitUntil: "networkidle" });
  },
};
