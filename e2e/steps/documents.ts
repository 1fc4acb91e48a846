// 文書管理 (issue 13): a new account creates a document and types Japanese through a simulated
// IME composition (CDP Input.imeSetComposition, then Input.insertText): nothing is saved while
// composing, 保存しました once it is committed, and the text is there after a reload. The same
// draft open in a second browser saves first; the first then gets the conflict banner (who,
// when) and loads the other text instead of overwriting it. Then the version is sent for
// review, approved by its named approver, published; a second version adds a clause, and the
// comparison of 第1版 and 第2版 shows the added line. Last, the internal policy is written from
// its template and its Word file is downloaded and read: the organization's name is filled in.
import { strFromU8, unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { signUpWithEmptyOrg } from "../lib/accounts.ts";
import {
  assert,
  assertEqual,
  clickForResponse,
  expectAttribute,
  expectText,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import { downloadBy } from "../lib/files.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { chooseOption } from "../lib/mantine.ts";
import { need, orgApi, type World } from "../lib/world.ts";

type DocWorld = {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  browser: Browser;
  open: OpenPage;
  user: { name: string; email: string; password: string };
  orgId: string;
  /** The document page's URL (…/documents?doc=<id>). */
  docUrl: string;
};

const REPRESENTATIVE = "代表取締役 文書 太郎";

const isSave = (method: string, url: string) => method === "PUT" && /\/versions\/[^/]+$/.test(url);

const signUpAndCreate: Step<DocWorld> = {
  name: "a new account creates an empty organization and a document from 文書管理",
  run: async (w) => {
    const { page, user } = w;
    w.orgId = await signUpWithEmptyOrg(page, w.baseUrl, user, "株式会社ぶんしょ");
    await page.getByTestId("nav-documents").click();
    await expectVisible(page.getByTestId("doc-empty"), "the empty register");
    await page.getByTestId("doc-add").click();
    await page.getByTestId("doc-create-number").fill("R-01");
    await page.getByTestId("doc-create-title").fill("個人情報取扱規程");
    const res = await clickForResponse(
      page,
      page.getByTestId("doc-create-submit"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/documents"),
    );
    assertEqual(res.status(), 201, "POST /documents");
    await expectText(page.getByTestId("doc-title"), "個人情報取扱規程", "the document page");
    await expectText(page.getByTestId("doc-version-status"), "作成中", "the first version");
    w.docUrl = page.url();
    assert(w.docUrl.includes("?doc="), `the document's URL: ${w.docUrl}`);
  },
};

const typeWithIme: Step<DocWorld> = {
  name: "IME: nothing saved while composing; 保存しました after the text is committed",
  run: async (w) => {
    const { page } = w;
    const saves: string[] = [];
    page.on("request", (r) => {
      if (isSave(r.method(), r.url())) saves.push(r.url());
    });
    await page.getByTestId("doc-editor").click();
    const cdp = await w.context.newCDPSession(page);
    await cdp.send("Input.imeSetComposition", {
      text: "だいいちじょう",
      selectionStart: 7,
      selectionEnd: 7,
    });
    // Longer than the 2 s autosave delay: a half-typed reading must not be saved.
    await page.waitForTimeout(3_000);
    assertEqual(saves.length, 0, "saves during the composition");
    await cdp.send("Input.insertText", { text: "第1条 この規程は個人情報の取扱いを定める。" });
    await expectText(page.getByTestId("doc-save-status"), "保存しました", "the save status");
    assert(saves.length >= 1, "the committed text was saved");
    await cdp.detach();
  },
};

const reloadKeepsText: Step<DocWorld> = {
  name: "after a reload the saved Japanese text is there",
  run: async (w) => {
    const { page } = w;
    await page.reload();
    await expectText(
      page.getByTestId("doc-editor"),
      "第1条 この規程は個人情報の取扱いを定める。",
      "the text after a reload",
    );
  },
};

const conflictBanner: Step<DocWorld> = {
  name: "the draft open twice: the second saves first, the first is told and reloads theirs",
  run: async (w) => {
    const { page } = w;
    const other = await w.open(w.browser, w.baseUrl);
    try {
      await other.context.addCookies(await w.context.cookies());
      await other.page.goto(w.docUrl);
      const theirs = other.page.getByTestId("doc-editor");
      await expectText(theirs, "第1条", "the draft in the second browser");
      await theirs.click();
      await other.page.keyboard.press("End");
      await other.page.keyboard.insertText("（別の画面で追記）");
      await expectText(other.page.getByTestId("doc-save-status"), "保存しました", "their save");
    } finally {
      await other.context.close();
    }
    const mine = page.getByTestId("doc-editor");
    await mine.click();
    await page.keyboard.press("End");
    await page.keyboard.insertText("（こちらの変更）");
    const banner = page.getByTestId("doc-conflict");
    await expectVisible(banner, "the conflict banner");
    await expectText(
      banner,
      new RegExp(`他の人（${w.user.name}）が \\d\\d:\\d\\d に保存しました`),
      "who and when",
    );
    await expectText(page.getByTestId("doc-save-status"), "保存できませんでした", "the status");
    await page.getByTestId("doc-conflict-reload").click();
    await expectText(mine, "（別の画面で追記）", "their text after 再読み込み");
    const text = (await mine.textContent()) ?? "";
    assert(!text.includes("（こちらの変更）"), "the unsaved change was replaced by theirs");
  },
};

const reviewApprovePublish: Step<DocWorld> = {
  name: "承認を依頼 (naming oneself), 承認する as the named approver, 公開（施行）",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("doc-submit").click();
    await chooseOption(page, page.getByTestId("doc-approver"), w.user.name, "承認者");
    const sent = await clickForResponse(page, page.getByTestId("doc-submit-confirm"), (r) =>
      r.url().endsWith("/submit"),
    );
    assertEqual(sent.status(), 200, "POST …/submit");
    await expectText(page.getByTestId("doc-version-status"), "承認待ち", "after 承認を依頼");
    await page.getByTestId("doc-approve").click();
    const ok = await clickForResponse(page, page.getByTestId("doc-approve-confirm"), (r) =>
      r.url().endsWith("/approve"),
    );
    assertEqual(ok.status(), 200, "POST …/approve");
    await expectText(page.getByTestId("doc-version-status"), "承認済み", "after 承認する");
    await page.getByTestId("doc-publish").click();
    const pub = await clickForResponse(page, page.getByTestId("doc-publish-confirm"), (r) =>
      r.url().endsWith("/publish"),
    );
    assertEqual(pub.status(), 200, "POST …/publish");
    await expectText(page.getByTestId("doc-version-status"), "公開中", "after publishing");
    // The editor is read-only once approved.
    await expectAttribute(page.getByTestId("doc-editor"), "contenteditable", "false", "editor");
  },
};

const secondVersionCompared: Step<DocWorld> = {
  name: "第2版 changes a line and adds a clause; 新旧対照 shows both",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("doc-new-version").click();
    await page.getByTestId("doc-new-version-note").fill("第2条を追加");
    const opened = await clickForResponse(
      page,
      page.getByTestId("doc-new-version-confirm"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/versions"),
    );
    assertEqual(opened.status(), 201, "POST …/versions");
    await expectText(page.getByTestId("doc-version-status"), "作成中", "the new version");
    const editor = page.getByTestId("doc-editor");
    await expectAttribute(editor, "contenteditable", "true", "the draft's editor");
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText("（改訂）");
    await page.keyboard.press("Enter");
    await page.keyboard.insertText("第2条 個人情報保護管理者を置く。");
    await expectText(page.getByTestId("doc-save-status"), "保存しました", "the save");
    await page.getByTestId("doc-tab-compare").click();
    await expectText(
      page.getByTestId("doc-compare-summary"),
      "変更 1 行・追加 1 行",
      "the summary",
    );
    await expectText(page.getByTestId("doc-compare-row-changed"), "（改訂）", "the changed line");
    await expectText(
      page.getByTestId("doc-compare-row-added"),
      "第2条 個人情報保護管理者を置く。",
      "the added line",
    );
  },
};

/** Word's clipboard: its styles, an image, a script and a javascript: link around the text. */
const WORD_PASTE = [
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>',
  '<p class="MsoNormal" style="mso-list:l0 level1 lfo1">貼り付けた段落<o:p></o:p></p>',
  '<img src="x" onerror="window.__pasted=1"><script>window.__pasted=2</script>',
  '<p><a href="javascript:window.__pasted=3">リンクの文字</a></p></body></html>',
].join("");

const policyFromTemplate: Step<DocWorld> = {
  name: "テンプレートから作成: the internal policy, with text pasted from Word cleaned",
  run: async (w) => {
    const { page } = w;
    // Top management: the account's own person, appointed, and the profile's representative.
    const api = <T>(method: "POST" | "PUT", path: string, body: unknown) =>
      orgApi<T>(w as unknown as World, method, path, body);
    const me = await api<{ id: string }>("POST", "/people", {
      name: w.user.name,
      email: w.user.email,
      employmentType: "regular",
    });
    for (const role of ["top_management", "pms_manager"])
      await api("POST", "/appointments", { role, personId: me.id, from: "2025-04-01" });
    await api("PUT", "/profile", { name: "株式会社ぶんしょ", representative: REPRESENTATIVE });
    await page.getByTestId("nav-documents").click();
    await page.getByTestId("doc-templates").click();
    const policy = page.locator('[data-testid="doc-template"][data-key="policy.internal"]');
    await policy.getByTestId("doc-template-choose").click();
    await expectVisible(page.getByTestId("doc-template-create"), "the template's form");
    const res = await clickForResponse(page, page.getByTestId("doc-template-submit"), (r) =>
      r.url().endsWith("/from-template"),
    );
    assertEqual(res.status(), 201, "POST …/from-template");
    await expectText(page.getByTestId("doc-version-status"), "作成中", "the policy's draft");
    w.docUrl = page.url();
    const editor = page.getByTestId("doc-editor");
    await editor.click();
    await page.keyboard.press("Control+End");
    await editor.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "貼り付けた段落");
      el.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, WORD_PASTE);
    await expectText(page.getByTestId("doc-save-status"), "保存しました", "the pasted text saved");
    const ran = await page.evaluate(() => (window as { __pasted?: number }).__pasted ?? 0);
    assertEqual(ran, 0, "nothing of the pasted markup ran");
    const docId = need(new URL(w.docUrl).searchParams.get("doc"), "the document id");
    const doc = await orgApi<{ versions: { id: string }[] }>(
      w as unknown as World,
      "GET",
      `/documents/${docId}`,
    );
    const stored = JSON.stringify(
      await orgApi(
        w as unknown as World,
        "GET",
        `/documents/${docId}/versions/${need(doc.versions[0]?.id, "version 1")}`,
      ),
    );
    assert(stored.includes("貼り付けた段落"), "the pasted paragraph is kept as text");
    assert(stored.includes("リンクの文字"), "a pasted link keeps its words");
    for (const gone of ["script", "img", "javascript", "mso-", "onerror"])
      assert(!stored.includes(gone), `the stored version holds no ${gone}`);
  },
};

const policyPublishedAsWord: Step<DocWorld> = {
  name: "the policy approved by top management, published; its Word file names them",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("doc-submit").click();
    // The person appointed as top management, matched to their account, is suggested.
    await expectValue(page.getByTestId("doc-approver"), w.user.name, "the suggested approver");
    const sent = await clickForResponse(page, page.getByTestId("doc-submit-confirm"), (r) =>
      r.url().endsWith("/submit"),
    );
    assertEqual(sent.status(), 200, "POST …/submit");
    await page.getByTestId("doc-approve").click();
    const ok = await clickForResponse(page, page.getByTestId("doc-approve-confirm"), (r) =>
      r.url().endsWith("/approve"),
    );
    assertEqual(ok.status(), 200, "POST …/approve");
    await page.getByTestId("doc-publish").click();
    const pub = await clickForResponse(page, page.getByTestId("doc-publish-confirm"), (r) =>
      r.url().endsWith("/publish"),
    );
    assertEqual(pub.status(), 200, "POST …/publish");
    await expectText(page.getByTestId("doc-version-status"), "公開中", "after publishing");
    const file = await downloadBy(page, page.getByTestId("doc-export-docx"));
    assert(file.filename.endsWith(".docx"), `a Word file: ${file.filename}`);
    const xml = strFromU8(
      unzipSync(new Uint8Array(file.body))["word/document.xml"] ?? new Uint8Array(),
    );
    const text = xml.replace(/<[^>]+>/g, "");
    assert(text.includes("個人情報保護方針（内部向け）"), "the Word file has the policy's title");
    assert(text.includes("株式会社ぶんしょ"), "the organization's name, filled in");
    assert(text.includes(REPRESENTATIVE), "the representative, frozen at approval");
    assert(text.includes(w.user.name), "the approver in the approval box");
    assert(text.includes("貼り付けた段落"), "the pasted paragraph");
    assert(!text.includes("下書き"), "a published version is no draft");
    assert(!text.includes("未入力"), "no field of the policy is left without data");
  },
};

export async function documentsScenario(
  runner: Runner,
  browser: Browser,
  open: OpenPage,
  baseUrl: string,
): Promise<void> {
  if (runner.stopped) return;
  const { context, page } = await open(browser, baseUrl);
  try {
    const w: DocWorld = {
      page,
      context,
      baseUrl,
      browser,
      open,
      orgId: "",
      docUrl: "",
      user: {
        name: "文書 太郎",
        email: `e2e-documents-${Date.now().toString(36)}@example.com`,
        password: "e2e-passw0rd-long",
      },
    };
    await runner.scenario("Issue 13: 文書管理 — editor, conflicts, approval, compare", page, w, [
      signUpAndCreate,
      typeWithIme,
      reloadKeepsText,
      conflictBanner,
      reviewApprovePublish,
      secondVersionCompared,
      policyFromTemplate,
      policyPublishedAsWord,
    ]);
  } finally {
    await context.close();
  }
}
