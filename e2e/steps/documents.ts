// 文書管理 (issue 13): a new account creates a document and types Japanese through a simulated
// IME composition (CDP Input.imeSetComposition, then Input.insertText): nothing is saved while
// composing, 保存しました once it is committed, and the text is there after a reload. The same
// draft open in a second browser saves first; the first then gets the conflict banner (who,
// when) and loads the other text instead of overwriting it. Then the version is sent for
// review, approved by its named approver, published; a second version adds a clause, and the
// comparison of 第1版 and 第2版 shows the added line.
import type { Browser, BrowserContext, Page } from "playwright-core";
import {
  assert,
  assertEqual,
  clickForResponse,
  expectAttribute,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { chooseOption } from "../lib/mantine.ts";

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

const isSave = (method: string, url: string) => method === "PUT" && /\/versions\/[^/]+$/.test(url);

const signUpAndCreate: Step<DocWorld> = {
  name: "a new account creates an empty organization and a document from 文書管理",
  run: async (w) => {
    const { page, user } = w;
    await page.goto(`${w.baseUrl}/signup`);
    await page.getByTestId("signup-name").fill(user.name);
    await page.getByTestId("signup-email").fill(user.email);
    await page.getByTestId("signup-password").fill(user.password);
    await page.getByTestId("signup-confirm").fill(user.password);
    await page.getByTestId("signup-submit").click();
    await expectUrl(page, /\/orgs\/new$/, "after sign-up");
    await page.getByTestId("org-name").fill("株式会社ぶんしょ");
    await page.getByTestId("org-create-empty").click();
    await expectUrl(page, /\/orgs\/[^/]+\/dashboard$/, "home of the new organization");
    w.orgId = new URL(page.url()).pathname.split("/")[2] ?? "";
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
    ]);
  } finally {
    await context.close();
  }
}
