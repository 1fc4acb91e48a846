// 公開ページ (issue 13): a new account with an empty organization enters its complaints desk,
// publishes its external privacy policy through the document register's API (written,
// approved by the owner as top management, published), and on 公開ページ chooses the address
// and switches the page on. A visitor opens the page in a fresh phone-sized browser, reads the
// policy (with its date and representative), sends a complaint through the form and sees its
// 受付番号; back in the office, the inquiry is in お問い合わせ and its handling is recorded.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { signUpWithEmptyOrg } from "../lib/accounts.ts";
import { publishDocument } from "../lib/documents.ts";
import {
  assert,
  assertEqual,
  clickForResponse,
  expectCount,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { chooseOption } from "../lib/mantine.ts";
import { need, orgApi, type World } from "../lib/world.ts";

type PageWorld = Pick<World, "page" | "baseUrl" | "orgId"> & {
  user: { name: string; email: string; password: string };
  userId: string;
  slug: string;
  browser: Browser;
  /** The visitor's phone, a browser context of its own (no session). */
  phone: Page | null;
  reference: string;
};

const ORG = "株式会社こうかい";
const POLICY_LINE = "当社は、お客様からお預かりした個人情報を大切に取り扱います。";
const MESSAGE = "御社からのダイレクトメールを今後送らないでください。";
const _api = <T>(w: PageWorld, method: "GET" | "POST" | "PUT", path: string, body?: unknown) =>
  orgApi<T>(w as unknown as World, method, path, body);

const signUpEmpty: Step<PageWorld> = {
  name: "a new account creates an empty organization and enters the complaints desk",
  run: async (w) => {
    const { page, user } = w;
    w.orgId = await signUpWithEmptyOrg(page, w.baseUrl, user, ORG);
    const me = await page.request.get(`${w.baseUrl}/api/v1/me`);
    w.userId = ((await me.json()) as { id: string }).id;
    assert(w.userId, "the signed-in user's id");
    // The desk through the profile page's form.
    await page.getByTestId("nav-profile").click();
    await expectVisible(page.getByTestId("profile-desk"), "the desk fields");
    await page.getByTestId("profile-representative").fill("代表取締役 公開 一郎");
    await page.getByTestId("profile-desk-name").fill("個人情報お問い合わせ窓口");
    await page.getByTestId("profile-desk-phone").fill("03-1234-5678");
    await page.getByTestId("profile-desk-email").fill("privacy@example.jp");
    const res = await clickForResponse(
      page,
      page.getByTestId("profile-save"),
      (r) => r.request().method() === "PUT" && r.url().endsWith("/profile"),
    );
    assertEqual(res.status(), 200, "PUT profile status");
  },
};

const publishPolicy: Step<PageWorld> = {
  name: "the external policy is written, approved by top management and published (API)",
  run: async (w) => {
    await publishDocument(
      w as unknown as World,
      {
        number: "P-02",
        title: "個人情報保護方針（外部向け）",
        kind: "policy",
        audience: "external",
      },
      [
        {
          type: "heading",
          attrs: { level: 1, refs: null },
          content: [{ type: "text", text: "個人情報保護方針" }],
        },
        { type: "paragraph", content: [{ type: "text", text: POLICY_LINE }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "代表者：" },
            { type: "field", attrs: { key: "org.representative" } },
          ],
        },
      ],
      w.userId,
    );
  },
};

const switchOn: Step<PageWorld> = {
  name: "公開ページ: the address is chosen, the page switched on; the policy shows as 掲載中",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-public-page").click();
    await expectUrl(page, /\/public-page$/, "公開ページ");
    await expectText(page.locator("main h1"), "公開ページ", "page title");
    await expectText(page.getByTestId("page-doc-policy-stage"), "掲載中", "the policy's state");
    await expectText(page.getByTestId("page-doc-disclosure-stage"), "未作成", "公表事項");
    await page.getByTestId("page-slug").fill(w.slug);
    await page.getByTestId("page-enabled").check();
    const res = await clickForResponse(
      page,
      page.getByTestId("page-save"),
      (r) => r.request().method() === "PUT" && r.url().endsWith("/public-page"),
    );
    assertEqual(res.status(), 200, "PUT public-page status");
    await expectText(page.getByTestId("page-url"), `/p/${w.slug}`, "the page's address");
    // 公表事項 is drafted into the register, where it waits for approval before it shows.
    await page.getByTestId("page-draft-disclosure").click();
    await expectText(page.getByTestId("page-doc-disclosure-stage"), "作成中", "公表事項 drafted");
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

const readOnPhone: Step<PageWorld> = {
  name: "a visitor's phone opens /p/<address>: the published policy, its date and representative",
  run: async (w) => {
    const phone = need(w.phone, "the phone");
    const res = await phone.goto(`${w.baseUrl}/p/${w.slug}`);
    assertEqual(res?.status(), 200, "the page's status");
    await expectText(phone.locator("h1"), "個人情報の取扱いについて", "the page's title");
    await expectText(phone.locator("#policy"), POLICY_LINE, "the policy's text");
    await expectText(phone.locator("#policy"), "代表者：代表取締役 公開 一郎", "a field's value");
    await expectText(
      phone.locator("#policy .meta"),
      "代表者：代表取締役 公開 一郎",
      "representative",
    );
    await expectText(phone.locator("#policy .meta"), "施行日：", "the effective date");
    // The draft of 公表事項 is not on the page.
    await expectCount(phone.locator("#disclosure"), 0, "公表事項 (a draft)");
    await expectCount(phone.locator("script"), 0, "scripts");
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert(width <= 390, `the page fits the phone's width (scroll width ${width})`);
  },
};

const sendInquiry: Step<PageWorld> = {
  name: "the visitor sends a complaint through the form and sees its 受付番号",
  run: async (w) => {
    const phone = need(w.phone, "the phone");
    await phone.locator("#category").selectOption("complaint");
    await phone.locator("#name").fill("訪問 花子");
    await phone.locator("#email").fill("hanako@example.jp");
    await phone.locator("#message").fill(MESSAGE);
    await phone.locator('input[name="consent"]').check();
    // A person takes a few seconds: the form refuses what comes within 3 s of the page.
    await phone.waitForTimeout(3_200);
    await phone.locator('button[type="submit"]').click();
    await expectText(phone.locator("h1"), "お問い合わせを受け付けました", "the answer's title");
    const reference = (await phone.locator("#reference-no").textContent())?.trim() ?? "";
    assert(/^Q\d{6}-[2-9A-HJ-NP-Z]{5}$/.test(reference), `a 受付番号, got ${reference}`);
    w.reference = reference;
  },
};

const inquiryArrives: Step<PageWorld> = {
  name: "お問い合わせ: the complaint is listed; its handling is recorded as 対応中",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-inquiries").click();
    await expectUrl(page, /\/inquiries$/, "お問い合わせ");
    const row = page.getByTestId("inquiry-row").filter({ hasText: w.reference });
    await expectVisible(row, "the inquiry's row");
    await expectText(row.getByTestId("inquiry-category"), "苦情", "its category");
    await expectText(row.getByTestId("inquiry-status"), "未対応", "its status");
    await row.getByTestId("inquiry-open").click();
    await expectText(page.getByTestId("inquiry-message"), MESSAGE, "the message as typed");
    await chooseOption(page, page.getByTestId("inquiry-status-select"), "対応中", "対応状況");
    await page.getByTestId("inquiry-notes").fill("電話で送付停止を伝えた。");
    const res = await clickForResponse(
      page,
      page.getByTestId("inquiry-save"),
      (r) => r.request().method() === "PATCH" && r.url().includes("/inquiries/"),
    );
    assertEqual(res.status(), 200, "PATCH inquiry status");
    await expectText(row.getByTestId("inquiry-status"), "対応中", "the status after saving");
  },
};

export async function publicPageScenario(
  runner: Runner,
  browser: Browser,
  open: OpenPage,
  baseUrl: string,
): Promise<void> {
  if (runner.stopped) return;
  const { context, page } = await open(browser, baseUrl);
  const phone = await openPhone(browser, baseUrl);
  try {
    const run = Date.now().toString(36);
    const w: PageWorld = {
      page,
      baseUrl,
      orgId: "",
      userId: "",
      slug: `e2e-${run}`,
      browser,
      phone: await phone.newPage(),
      reference: "",
      user: {
        name: "公開 太郎",
        email: `e2e-public-${run}@example.com`,
        password: "e2e-passw0rd-long",
      },
    };
    await runner.scenario("Issue 13: 公開ページ and an inquiry from a phone", page, w, [
      signUpEmpty,
      publishPolicy,
      switchOn,
      readOnPhone,
      sendInquiry,
      inquiryArrives,
    ]);
  } finally {
    await phone.close();
    await context.close();
  }
}
