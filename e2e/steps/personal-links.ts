// Shared services: personal links (本人用リンク). The owner issues a link for one of the imported
// people and reads its URL (shown once); the link opens on a phone-sized screen as the person's
// own page, without the app's menu or header; the owner revokes it; the same URL then shows the
// "not valid" page.
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  assert,
  assertEqual,
  clickForResponse,
  expectCount,
  expectHidden,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { Runner, Step } from "../lib/harness.ts";
import { need, type World } from "../lib/world.ts";

/** What the steps hand on: the issued URL and the phone's page. */
const shared: { url: string | null; phone: Page | null; person: string | null } = {
  url: null,
  phone: null,
  person: null,
};

const linkRow = (w: World) =>
  w.page.getByTestId("links-row").filter({ hasText: need(shared.person, "the person") });

const issueLink: Step<World> = {
  name: "本人用リンク: issue a link for a person; the URL is shown once",
  run: async (w) => {
    const { page } = w;
    const person = need(w.imported[0], "an imported person").name;
    shared.person = person;
    await page.getByTestId("nav-personal-links").click();
    await expectUrl(page, /\/personal-links$/, "本人用リンク page");
    await expectText(page.locator("main h1"), "本人用リンク", "page title");
    await expectVisible(page.getByTestId("links-once"), "the note that URLs are shown once");
    await page.getByTestId("links-issue").click();
    const modal = page.getByTestId("links-issue-modal");
    await expectVisible(modal, "the issue dialog");
    await page.getByTestId("links-issue-purpose").click();
    await page.getByRole("option", { name: "方針の確認" }).click();
    await page.getByTestId("links-issue-people").fill(person.split(" ")[1] ?? person);
    await page.getByRole("option", { name: person }).click();
    const res = await clickForResponse(
      page,
      page.getByTestId("links-issue-screen"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/personal-links"),
    );
    assertEqual(res.status(), 201, "POST personal-links status");
    const issued = page.getByTestId("links-issued-modal");
    await expectVisible(issued, "the issued links");
    const url = (await page.getByTestId("links-issued-url").first().textContent())?.trim() ?? "";
    assert(/\/p\/[A-Za-z0-9_-]{65}$/.test(url), `an issued URL, got ${url}`);
    shared.url = url;
    await page.getByTestId("links-issued-close").click();
    await expectHidden(issued, "the issued links");
    await expectText(linkRow(w).first(), "有効", "the new link's status");
  },
};

async function openPhone(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl,
    locale: "ja-JP",
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
}

const openOnPhone: Step<World> = {
  name: "the link opens on a phone as the person's own page, without the app's menu or header",
  run: async () => {
    const phone = need(shared.phone, "the phone");
    await phone.goto(need(shared.url, "the issued URL"));
    await expectText(
      phone.getByTestId("personal-page-greeting"),
      `${need(shared.person, "the person")} さん`,
      "the greeting",
    );
    await expectText(phone.getByTestId("personal-page-purpose"), "方針の確認", "the purpose");
    await expectText(phone.getByTestId("personal-page-expiry"), "まで使えます", "the expiry");
    await expectVisible(phone.getByTestId("personal-page-org"), "the organization");
    await expectCount(phone.locator('[data-testid^="nav-"]'), 0, "menu entries");
    await expectCount(phone.locator("header, nav"), 0, "the app's header and menu");
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 390, `the page fits the phone's width (scroll width ${width})`);
  },
};

const revokeLink: Step<World> = {
  name: "本人用リンク: revoke the link",
  run: async (w) => {
    const { page } = w;
    await linkRow(w).first().getByTestId("links-revoke").click();
    const res = await clickForResponse(
      page,
      page.getByTestId("links-revoke-confirm"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/revoke"),
    );
    assertEqual(res.status(), 204, "POST revoke status");
    await expectText(linkRow(w).first(), "無効", "the revoked link's status");
  },
};

const reopenNotValid: Step<World> = {
  name: "the revoked link opens the friendly 'not valid' page",
  run: async () => {
    const phone = need(shared.phone, "the phone");
    await phone.goto(need(shared.url, "the issued URL"));
    await expectText(
      phone.getByTestId("personal-page-invalid"),
      "このリンクは使えません",
      "the not-valid page",
    );
    await expectCount(phone.getByTestId("personal-page-greeting"), 0, "the person's greeting");
  },
};

export async function personalLinkScenario(
  runner: Runner,
  owner: World,
  browser: Browser,
): Promise<void> {
  if (runner.stopped) return;
  const context = await openPhone(browser, owner.baseUrl);
  try {
    shared.phone = await context.newPage();
    await runner.scenario("Shared services: personal links", owner.page, owner, [
      issueLink,
      openOnPhone,
      revokeLink,
      reopenNotValid,
    ]);
  } finally {
    await context.close();
  }
}
