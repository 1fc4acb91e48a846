// Staff without an account act through the personal link a mail brought them, on a phone:
// the newest mailed link to an address, a phone-sized browser context, and the check that the
// page never scrolls sideways at 375 px.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { SmtpSink } from "../../src/test/smtp-sink.ts";
import { assert, eventually } from "./expect.ts";

/** The newest personal link mailed to `to` whose subject passes `subject`. */
export async function mailedLink(
  sink: SmtpSink,
  baseUrl: string,
  to: string,
  subject: (s: string) => boolean,
): Promise<string> {
  let link = "";
  await eventually(async () => {
    const mail = [...sink.received]
      .reverse()
      .find((m) => m.rcptTo.includes(to) && subject(m.parsed.subject ?? ""));
    if (!mail) return `no such mail to ${to} yet (${sink.received.length} received)`;
    const found = new RegExp(`${baseUrl}/p/[A-Za-z0-9_-]{65}`).exec(mail.parsed.text ?? "");
    if (!found) return `no link in: ${mail.parsed.text}`;
    link = found[0];
    return null;
  }, 30_000);
  return link;
}

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
