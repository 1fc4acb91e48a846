// Driving a few Mantine inputs the way a person does: open a Select and click an option, and
// read which choice of a SegmentedControl is on.
import type { Locator, Page } from "playwright-core";
import { eventually, expectValue } from "./expect.ts";

/** Opens the Select whose input is `input`, clicks the option and waits for it to show. */
export async function chooseOption(
  page: Page,
  input: Locator,
  option: string | RegExp,
  what: string,
): Promise<void> {
  await input.click();
  const name = typeof option === "string" ? { name: option, exact: true } : { name: option };
  await page.getByRole("option", name).first().click();
  await expectValue(input, option, what);
}

/** The SegmentedControl `control` has `label` switched on. */
export async function expectSegment(control: Locator, label: string, what: string) {
  await eventually(async () => {
    const on = await control.getByRole("radio", { name: label, exact: true }).isChecked();
    return on ? null : `${what}: 「${label}」 is not selected`;
  });
}
