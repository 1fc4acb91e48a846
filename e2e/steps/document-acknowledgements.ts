// 周知・誓約 (issue 13), on a server of its own with SMTP_URL pointing at an SMTP server on
// loopback: an owner with four staff (three with e-mail) publishes the privacy policy and a
// pledge form through the document register's API, then on 周知・誓約 sends the policy to all
// staff through the dialog (three mailed, the fourth offered the QR sheet) and the pledge by
// the API. Two employees open their mailed links on a phone-sized screen (375×812): one reads
// the policy and presses 確認しました, the other confirms it too and signs the pledge with their
// typed name. The confirmation page then shows 2 confirmed and 2 not yet, and the pledge's 1
// signed.
import type { Browser, BrowserContext } from "playwright-core";
import type { SmtpSink } from "../../src/test/smtp-sink.ts";
import { signUpWithEmptyOrg } from "../lib/accounts.ts";
import { publishDocument } from "../lib/documents.ts";
import {
  assertEqual,
  clickForResponse,
  expectCount,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { mailedLink, withMailServer } from "../lib/mail-server.ts";
import { chooseOption } from "../lib/mantine.ts";
import { fitsPhone, openPhone } from "../lib/phone.ts";
import { orgApi, type World } from "../lib/world.ts";

type Staff = { name: string; email: string | null };
type AckWorld = Pick<World, "page" | "baseUrl" | "orgId"> & {
  sink: SmtpSink;
  browser: Browser;
  user: { name: string; email: string; password: string };
  userId: string;
  policy: { id: string; vid: string };
  pledge: { id: string; vid: string };
  phones: BrowserContext[];
};

const ORG = "株式会社しゅうち周知";
const POLICY_LINE = "当社は、従業者一人ひとりが個人情報を大切に扱うことを約束します。";
const PLEDGE_LINE = "私は、業務で知り得た個人情報を目的の範囲内でのみ取り扱います。";
const STAFF: Staff[] = [
  { name: "周知 一郎", email: "ichiro@example.jp" },
  { name: "誓約 花子", email: "hanako@example.jp" },
  { name: "未読 三郎", email: "saburo@example.jp" },
  { name: "紙 四郎", email: null },
];

const api = <T>(w: AckWorld, method: "GET" | "POST" | "PUT", path: string, body?: unknown) =>
  orgApi<T>(w as unknown as World, method, path, body);

/** Writes, approves (the owner) and publishes a new document; its id and version id. */
const publish = (w: AckWorld, number: string, title: string, kind: string, line: string) =>
  publishDocument(
    w as unknown as World,
    { number, title, kind },
    [
      {
        type: "heading",
        attrs: { level: 1, refs: null },
        content: [{ type: "text", text: title }],
      },
      {
        type: "paragraph",
        content: [
          { type: "field", attrs: { key: "org.name" } },
          { type: "text", text: `　${line}` },
        ],
      },
      { type: "paragraph", content: [{ type: "field", attrs: { key: "pms.manager" } }] },
    ],
    w.userId,
  );

/** The newest mailed personal link to `to` whose subject asks to 確認 or 誓約. */
const mailedAck = (w: AckWorld, to: string, word: "確認" | "誓約") =>
  mailedLink(w.sink, w.baseUrl, to, (s) => s.endsWith(`${word}のお願い`));

const phoneAt = (w: AckWorld, url: string) => openPhone(w.browser, w.phones, url);

const setUp: Step<AckWorld> = {
  name: "an owner with four staff (three with e-mail) publishes the policy and a pledge (API)",
  run: async (w) => {
    const { page, user } = w;
    w.orgId = await signUpWithEmptyOrg(page, w.baseUrl, user, ORG);
    const me = await page.request.get(`${w.baseUrl}/api/v1/me`);
    w.userId = ((await me.json()) as { id: string }).id;
    for (const s of STAFF)
      await api(w, "POST", "/people", { name: s.name, email: s.email, employmentType: "regular" });
    w.policy = await publish(w, "P-01", "個人情報保護方針（内部向け）", "policy", POLICY_LINE);
    w.pledge = await publish(w, "F-01", "秘密保持誓約書", "form", PLEDGE_LINE);
  },
};

const sendPolicy: Step<AckWorld> = {
  name: "周知・誓約: the policy is sent to all staff; 3 mailed, the QR sheet offered for 紙 四郎",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-acknowledgements").click();
    await expectUrl(page, /\/document-acknowledgements$/, "周知・誓約");
    await expectText(page.locator("main h1"), "周知・誓約", "page title");
    await page.getByTestId("ack-send-open-dialog").click();
    await expectVisible(page.getByTestId("ack-send-modal"), "the send dialog");
    await chooseOption(
      page,
      page.getByTestId("ack-send-document"),
      /P-01 個人情報保護方針（内部向け）/,
      "the document",
    );
    const res = await clickForResponse(
      page,
      page.getByTestId("ack-send-submit"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/acknowledgements"),
    );
    assertEqual(res.status(), 201, "POST acknowledgements status");
    await expectText(page.getByTestId("ack-result-asked"), "依頼した人：4人", "asked");
    await expectText(page.getByTestId("ack-result-mailed"), "メールを送った人：3人", "mailed");
    await expectText(page.getByTestId("ack-result-need-sheet"), "紙 四郎", "who needs the sheet");
    await expectVisible(page.getByTestId("ack-result-print-sheet"), "the QR sheet button");
    await page.getByTestId("ack-result-open").click();
    await expectText(
      page.getByTestId("ack-status-title"),
      "P-01 個人情報保護方針（内部向け）",
      "title",
    );
    await expectText(page.getByTestId("ack-count-asked"), "4", "asked");
    await expectText(page.getByTestId("ack-count-pending"), "4", "not yet");
    // The pledge goes out by the API (the same dialog, another document).
    const pledge = `/documents/${w.pledge.id}/versions/${w.pledge.vid}/acknowledgements`;
    await api(w, "POST", pledge, { kind: "pledge", audience: { all: true } });
  },
};

const confirmOnPhone: Step<AckWorld> = {
  name: "周知 一郎 opens the mailed link on a phone, reads the policy and presses 確認しました",
  run: async (w) => {
    const phone = await phoneAt(w, await mailedAck(w, "ichiro@example.jp", "確認"));
    await expectText(phone.getByTestId("personal-page-greeting"), "周知 一郎 さん", "greeting");
    await expectText(phone.getByTestId("pack-item-title"), "P-01 個人情報保護方針", "the request");
    await phone.getByTestId("pack-open").click();
    await expectText(phone.getByTestId("pack-text"), POLICY_LINE, "the policy's text");
    await expectText(phone.getByTestId("pack-text"), ORG, "the business name filled in");
    // No PMS manager appointed: the field shows as a highlighted placeholder, never a blank.
    await expectText(
      phone.getByTestId("doc-text-placeholder"),
      "【個人情報保護管理者：未入力】",
      "the placeholder",
    );
    await fitsPhone(phone);
    const res = await clickForResponse(
      phone,
      phone.getByTestId("pack-confirm"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/confirm"),
    );
    assertEqual(res.status(), 200, "POST confirm status");
    await expectText(phone.getByTestId("pack-done"), "に確認しました", "the confirmation");
    await expectCount(phone.getByTestId("pack-confirm"), 0, "the confirm button");
  },
};

const signOnPhone: Step<AckWorld> = {
  name: "誓約 花子 confirms the policy and signs the pledge with her typed name on a phone",
  run: async (w) => {
    const policy = await phoneAt(w, await mailedAck(w, "hanako@example.jp", "確認"));
    await policy.getByTestId("pack-open").click();
    await policy.getByTestId("pack-confirm").click();
    await expectText(policy.getByTestId("pack-done"), "に確認しました", "the confirmation");
    const phone = await phoneAt(w, await mailedAck(w, "hanako@example.jp", "誓約"));
    await expectText(phone.getByTestId("personal-page-purpose"), "誓約", "the purpose");
    await phone.getByTestId("pack-open").click();
    await expectText(phone.getByTestId("pack-text"), PLEDGE_LINE, "the pledge's text");
    // Another name is refused on the phone before anything is sent.
    await phone.getByTestId("pack-typed-name").fill("山田 太郎");
    await phone.getByTestId("pack-sign").click();
    await expectText(phone.locator("form"), "登録されているお名前と一致しません", "mismatch");
    await phone.getByTestId("pack-typed-name").fill("誓約　花子");
    await fitsPhone(phone);
    const res = await clickForResponse(
      phone,
      phone.getByTestId("pack-sign"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/sign"),
    );
    assertEqual(res.status(), 200, "POST sign status");
    await expectText(phone.getByTestId("pack-done"), "に誓約しました（誓約", "the signature");
  },
};

const statusPage: Step<AckWorld> = {
  name: "the confirmation page shows 2 confirmed and 2 not yet; the pledge 1 signed",
  run: async (w) => {
    const { page } = w;
    await page.reload();
    await expectText(page.getByTestId("ack-count-confirmed"), "2", "confirmed");
    await expectText(page.getByTestId("ack-count-pending"), "2", "not yet");
    const confirmed = page.getByTestId("ack-row").filter({ hasText: "確認済み" });
    await expectCount(confirmed, 2, "confirmed rows");
    await expectText(confirmed.first(), "本人用リンク", "how they confirmed");
    await chooseOption(page, page.getByTestId("ack-filter-status"), "未確認", "status filter");
    await expectCount(page.getByTestId("ack-row"), 2, "rows not yet confirmed");
    await expectText(page.getByTestId("ack-table"), "紙 四郎", "the person without e-mail");
    // Back on the list of sends, the pledge's line opens its own page.
    await page.getByTestId("ack-back").click();
    const line = page.getByTestId("ack-send-row").filter({ hasText: "F-01" });
    await expectText(line, "1 / 4人", "the pledge's progress");
    await expectText(
      page.getByTestId("ack-send-row").filter({ hasText: "P-01" }),
      "2 / 4人",
      "the policy's progress",
    );
    await line.getByTestId("ack-send-open").click();
    await expectText(
      page.getByTestId("ack-status-title"),
      "F-01 秘密保持誓約書",
      "the pledge's page",
    );
    await expectText(page.getByTestId("ack-count-confirmed"), "1", "signed");
    await expectText(page.getByTestId("ack-count-pending"), "3", "not yet signed");
    await expectText(page.getByTestId("ack-table"), "署名：誓約", "the typed name");
  },
};

export async function documentAcknowledgementScenario(
  runner: Runner,
  browser: Browser,
  open: OpenPage,
  root: string,
): Promise<void> {
  await withMailServer(
    runner,
    browser,
    open,
    root,
    async ({ sink, baseUrl, owner, phones, run }) => {
      const w: AckWorld = {
        page: owner.page,
        baseUrl,
        orgId: "",
        sink,
        browser,
        user: {
          name: "周知 代表",
          email: `e2e-ack-${run}@example.com`,
          password: "e2e-passw0rd-long",
        },
        userId: "",
        policy: { id: "", vid: "" },
        pledge: { id: "", vid: "" },
        phones,
      };
      await runner.scenario(
        "Issue 13: 周知・誓約 through personal links on phones",
        owner.page,
        w,
        [setUp, sendPolicy, confirmOnPhone, signOnPhone, statusPage],
      );
    },
  );
}
