// Staff without an account act through the personal link a mail brought them (found with
// lib/mail-server.ts mailedLink), on a phone: a phone-sized browser context, and the check that
// the page never scrolls sideways at 375 px.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { assert } from "./expect.ts";

/** Opens `url` in a new 375×812 touch context (kept in `contexts` for closing). */
export async function openPhone(
  browser: Browser,
  contexts: BrowserContext[],
  url: string,
): Promise<Page> {
  const context = await browser.newContext({
    locale: "ja-JP",
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  contexts.push(context);
  const phone = await context.newPage();
  phone.on("pageerror", (err) => console.log(`    [phone] ${err.message}`));
  await phone.goto(url);
  return phone;
}

export async function fitsPhone(phone: Page) {
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  assert(width <= 375, `the page fits the phone's width (scroll width ${width})`);
}
