// Sign-up, sign-out, sign-in, and what an anonymous visitor sees.
import type { Page } from "playwright-core";
import { assertEqual, expectText, expectUrl, expectValue, expectVisible } from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { need, type World } from "../lib/world.ts";

export const signUp: Step<World> = {
  name: "sign up: a guessable password is refused with how to fix it, a strong one accepted",
  run: async ({ page, baseUrl, user }) => {
    await page.goto(`${baseUrl}/signup`);
    await page.getByTestId("signup-name").fill(user.name);
    await page.getByTestId("signup-email").fill(user.email);
    await page.getByTestId("signup-password").fill("password1234");
    await page.getByTestId("signup-confirm").fill("password1234");
    await page.getByTestId("signup-submit").click();
    await expectText(
      page.getByTestId("form-error"),
      "よく使われているパスワードのため使えません。",
      "the refusal of a common password",
    );
    await page.getByTestId("signup-password").fill(user.password);
    await page.getByTestId("signup-confirm").fill(user.password);
    await page.getByTestId("signup-submit").click();
    // A new account has no organization: the app asks to create one.
    await expectUrl(page, /\/orgs\/new$/, "after sign-up");
    await expectVisible(page.getByTestId("org-create-demo"), "the demo organization button");
  },
};

export const signOut: Step<World> = {
  name: "sign out",
  run: async (w) => {
    const { page, baseUrl } = w;
    await page.getByTestId("user-menu").click();
    await page.getByTestId("menu-sign-out").click();
    await expectUrl(page, /\/signin$/, "after sign-out");
    await expectVisible(page.getByTestId("signin-email"), "the sign-in form");
    // The session is really gone: an organization page sends us back to sign-in.
    await page.goto(`${baseUrl}/orgs/${need(w.orgId, "organization id")}/people`);
    await expectUrl(page, /\/signin\?next=/, "an organization page after sign-out");
  },
};

export const signIn: Step<World> = {
  name: "sign back in and return to the organization",
  run: async (w) => {
    const { page, user } = w;
    await page.getByTestId("signin-email").fill(user.email);
    await page.getByTestId("signin-password").fill(user.password);
    await page.getByTestId("signin-submit").click();
    // `next` brings us back to the page we asked for.
    await expectUrl(page, new RegExp(`/orgs/${w.orgId}/people$`), "after sign-in");
    await expectVisible(page.getByTestId("people-table"), "the people register");
    await page.getByTestId("nav-profile").click();
    await expectValue(
      page.getByTestId("profile-representative"),
      w.profile.representative,
      "代表者 after signing in again",
    );
  },
};

/** The second scenario: no session at all. */
export function anonymousSteps(baseUrl: string): Step<{ page: Page }>[] {
  return [
    {
      name: "a first visit to / leads to sign-up (the README says so)",
      run: async ({ page }) => {
        await page.goto(`${baseUrl}/`);
        await expectUrl(page, /\/signup$/, "the first visit");
        await expectVisible(page.getByTestId("signup-name"), "the sign-up form");
      },
    },
    {
      name: "an empty e-mail is asked for, not called malformed; the password rule shows once",
      run: async ({ page }) => {
        await page.getByTestId("signup-password").fill("short");
        await page.getByTestId("signup-submit").click();
        await expectText(
          page.locator(".mantine-InputWrapper-root", { has: page.getByTestId("signup-email") }),
          "必須項目です。",
          "the empty e-mail",
        );
        const field = page.locator(".mantine-InputWrapper-root", {
          has: page.getByTestId("signup-password"),
        });
        await expectText(field, "10文字以上で入力してください。", "the short password");
        const text = (await field.textContent()) ?? "";
        assertEqual(text.split("10文字以上").length - 1, 1, "times the password rule is shown");
      },
    },
    {
      name: "an anonymous visit to /orgs/x/people leads to sign-in",
      run: async ({ page }) => {
        await page.goto(`${baseUrl}/orgs/x/people`);
        await expectUrl(page, /\/signin\?next=%2Forgs%2Fx%2Fpeople$/, "anonymous visit");
        await expectVisible(page.getByTestId("signin-email"), "the sign-in e-mail field");
        await expectVisible(page.getByTestId("signin-submit"), "the sign-in button");
      },
    },
    {
      name: "the API refuses an anonymous request with a JSON error",
      run: async ({ page }) => {
        const res = await page.request.get(`${baseUrl}/api/v1/orgs/x/people`);
        const body = (await res.json()) as { error?: { code?: string } };
        assertEqual(res.status(), 401, "status of GET /api/v1/orgs/x/people");
        assertEqual(body.error?.code, "UNAUTHENTICATED", "error code");
      },
    },
  ];
}
