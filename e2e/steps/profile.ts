// 事業者情報: edit 代表者 and 資本金, save, reload, and see the size class.
import {
  assertEqual,
  clickForResponse,
  eventually,
  expectText,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { orgApi, type World } from "../lib/world.ts";

const digits = (s: string) => s.replace(/\D/g, "");

export const editProfile: Step<World> = {
  name: "edit 代表者 and 資本金 and save the profile",
  run: async (w) => {
    const { page, profile } = w;
    const industry = page.getByTestId("profile-industry");
    if ((await industry.inputValue()) === "") {
      // Only without the demo seed: the size class needs an industry.
      await industry.click();
      await page.getByRole("option", { name: "サービス業" }).click();
    }
    await page.getByTestId("profile-representative").fill(profile.representative);
    const capital = page.getByTestId("profile-capital");
    // Typed as people write it; the field shows the amount it understood.
    await capital.fill("かなり多い");
    await capital.press("Tab");
    await expectVisible(
      page.getByText("金額として読めません。", { exact: false }),
      "the message for a text that is no amount",
    );
    // profile.capital is 50,000,000 yen: typed in full-width digits with 万 and 円.
    await capital.fill("５，０００万円");
    await capital.press("Tab");
    await eventually(async () => {
      const v = await capital.inputValue();
      return digits(v) === String(profile.capital) ? null : `資本金 shows "${v}"`;
    });
    const res = await clickForResponse(
      page,
      page.getByTestId("profile-save"),
      (r) => r.request().method() === "PUT" && r.url().endsWith(`/orgs/${w.orgId}/profile`),
    );
    assertEqual(res.status(), 200, "PUT profile status");
    await expectVisible(page.getByText("保存しました。"), "the 保存しました notification");
  },
};

export const profilePersisted: Step<World> = {
  name: "after a reload the profile keeps the values and shows the size class",
  run: async (w) => {
    const { page, profile } = w;
    await page.reload({ waitUntil: "networkidle" });
    await expectValue(page.getByTestId("profile-representative"), profile.representative, "代表者");
    await eventually(async () => {
      const v = await page.getByTestId("profile-capital").inputValue();
      return digits(v) === String(profile.capital) ? null : `資本金 shows "${v}"`;
    });
    const card = page.getByTestId("size-class-card");
    await expectText(card, "規模区分", "size class card title");
    await expectText(page.getByTestId("size-class"), /^(小規模|中規模|大規模)$/, "size class");
    await expectVisible(page.getByTestId("fee-table"), "the fee estimate");
    const stored = await orgApi<{ representative: string | null; capital: number | null }>(
      w,
      "GET",
      "/profile",
    );
    assertEqual(stored.representative, profile.representative, "stored representative");
    assertEqual(stored.capital, profile.capital, "stored capital");
  },
};
