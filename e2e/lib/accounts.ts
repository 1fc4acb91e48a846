// A new account of its own for a scenario that must not depend on the main one: signs up
// through the form and creates an empty organization, landing on its home.
import type { Page } from "playwright-core";
import { assert, expectUrl } from "./expect.ts";

export type NewAccount = { name: string; email: string; password: string };

/** Signs up as `user`, creates the empty organization `orgName`; returns its id. */
export async function signUpWithEmptyOrg(
  page: Page,
  baseUrl: string,
  user: NewAccount,
  orgName: string,
): Promise<string> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByTestId("signup-name").fill(user.name);
  await page.getByTestId("signup-email").fill(user.email);
  await page.getByTestId("signup-password").fill(user.password);
  await page.getByTestId("signup-confirm").fill(user.password);
  await page.getByTestId("signup-submit").click();
  await expectUrl(page, /\/orgs\/new$/, "after sign-up");
  await page.getByTestId("org-name").fill(orgName);
  await page.getByTestId("org-create-empty").click();
  await expectUrl(page, /\/orgs\/[^/]+\/dashboard$/, "home of the new organization");
  const orgId = new URL(page.url()).pathname.split("/")[2] ?? "";
  assert(orgId, "no organization id in the URL");
  return orgId;
}
