// 実施記録 (issue 12): a new account with an empty organization follows home's next step, the
// policy, to 文書管理 (issue 13: the policy is a document now, no longer a record): written from
// its template, approved by the signed-in user themself and published. Its first activity
// record — the resources decided, approved by the user, with the signed PDF attached — opens
// from the readiness fix link, and a step that was a tick before (the safety measures' check)
// counts only with a dated record within 12 months: a record of a year and a day ago leaves it open, the same
// record moved to today closes it. Then a president with the ordinary member role, named as
// approver of a record, finds it on home (承認待ちが 1 件あります) and approves it from the
// 承認待ち list.
import { type Browser, type BrowserContext, type Page, request } from "playwright-core";
import { signUpWithEmptyOrg } from "../lib/accounts.ts";
import {
  assert,
  assertEqual,
  clickForResponse,
  eventually,
  expectAttribute,
  expectCount,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { chooseOption } from "../lib/mantine.ts";
import { need, orgApi, type World } from "../lib/world.ts";

type Cookie = Awaited<ReturnType<BrowserContext["cookies"]>>[number];
type ActivityWorld = Pick<World, "page" | "baseUrl" | "orgId" | "today"> & {
  user: { name: string; email: string; password: string };
  orgId: string;
  browser: Browser;
  open: OpenPage;
  /** The president, an ordinary member, once they joined: their session's cookies. */
  president?: { name: string; cookies: Cookie[] };
};

const PRESIDENT = "代表 一郎";

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const PDF_NAME = "資源の決定（署名済み）.pdf";

type Rule = { ruleId: string; status: string; reason: { ja: string } };
const readiness = async (w: ActivityWorld) =>
  (await orgApi<{ results: Rule[] }>(w as unknown as World, "GET", "/readiness")).results;
const ruleOf = async (w: ActivityWorld, id: string) => {
  const found = (await readiness(w)).find((r) => r.ruleId === id);
  assert(found, `no rule ${id}`);
  return found;
};

/** 2026-12-06 → 2026年12月6日, as the date field shows what it understood. */
const ja = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};
/** The same calendar day a year before (29 February → 28 February), and the day before it. */
function yearAgo(today: string): { exactly: string; tooOld: string } {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  const exactly = `${y - 1}-${pad(m)}-${pad(Math.min(d, last))}`;
  const before = new Date(Date.parse(`${exactly}T00:00:00Z`) - 86_400_000);
  return { exactly, tooOld: before.toISOString().slice(0, 10) };
}

async function typeDay(page: Page, testId: string, iso: string) {
  const field = page.getByTestId(testId);
  await field.fill(iso);
  await field.press("Tab"); // leave the field: the calendar closes
  await expectAttribute(field, "value", ja(iso), "the date field");
}

const signUpEmpty: Step<ActivityWorld> = {
  name: "a new account creates an empty organization; home shows the next step",
  run: async (w) => {
    const { page, user } = w;
    w.orgId = await signUpWithEmptyOrg(page, w.baseUrl, user, "株式会社はじめて");
    // Step 1's most severe gap is the policy: a document approved by top management, in force.
    await expectAttribute(page.getByTestId("next-step"), "data-rule", "manual.policy", "次の一歩");
  },
};

const followNextStep: Step<ActivityWorld> = {
  name: "次の一歩 opens 文書管理 filtered to the internal policy, with its template at hand",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("next-step-fix").click();
    await expectUrl(page, /\/documents\?kind=policy&audience=internal$/, "the fix link");
    await expectVisible(page.getByTestId("doc-empty"), "no policy in the register yet");
    await expectVisible(page.getByTestId("doc-templates"), "テンプレートから作成");
  },
};

const writePolicy: Step<ActivityWorld> = {
  name: "the policy from its template, approved by oneself as approver, published → 充足",
  run: async (w) => {
    const { page } = w;
    const api = w as unknown as World;
    const members = await orgApi<{ items: { userId: string; name: string }[] }>(
      api,
      "GET",
      "/members",
    );
    const me = members.items.find((m) => m.name === w.user.name);
    assert(me, "the signed-in user among the members");
    // The policy is top management's: the user's own person (same e-mail) is appointed.
    const self = await orgApi<{ id: string }>(api, "POST", "/people", {
      name: w.user.name,
      email: w.user.email,
      employmentType: "regular",
    });
    await orgApi(api, "POST", "/appointments", {
      role: "top_management",
      personId: self.id,
      from: "2025-04-01",
    });
    const { id } = await orgApi<{ id: string }>(api, "POST", "/documents/from-template", {
      templateKey: "policy.internal",
    });
    const doc = await orgApi<{ versions: { id: string }[] }>(api, "GET", `/documents/${id}`);
    const v = `/documents/${id}/versions/${doc.versions[0]?.id}`;
    await orgApi(api, "POST", `${v}/submit`, { approverUserId: me.userId });
    const waiting = await ruleOf(w, "manual.policy");
    assertEqual(waiting.status, "gap", "the policy rule before the approval");
    assert(waiting.reason.ja.includes("承認待ち"), `reason names the wait: ${waiting.reason.ja}`);
    await orgApi(api, "POST", `${v}/approve`, {});
    await orgApi(api, "POST", `${v}/publish`, {});
    const met = await ruleOf(w, "manual.policy");
    assertEqual(met.status, "ok", "the policy rule once in force");
    assert(met.reason.ja.includes(w.user.name), `reason names the approver: ${met.reason.ja}`);
    await page.getByTestId("nav-dashboard").click();
    await expectVisible(page.getByTestId("next-step"), "次の一歩");
    await eventually(async () => {
      const next = await page.getByTestId("next-step").getAttribute("data-rule");
      return next !== "manual.policy" ? null : "the next step is still the policy";
    });
  },
};

const recordResources: Step<ActivityWorld> = {
  name: "資源の決定 from its fix link: the president as outsider name, oneself as approver → 承認待ち",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-readiness").click();
    await page
      .getByTestId("readiness-rule-manual.resources")
      .getByTestId("readiness-fix-manual.resources")
      .click();
    await expectUrl(page, /\/activities\?new=resources_decided$/, "the fix link");
    await expectVisible(page.getByTestId("activity-form"), "the record form");
    await expectAttribute(
      page.getByTestId("activity-kind"),
      "value",
      "資源の決定",
      "the kind chosen by the link",
    );
    await expectAttribute(page.getByTestId("activity-performed-on"), "value", ja(w.today), "today");
    await page.getByTestId("activity-performer").getByText("社外の方").click();
    await page.getByTestId("activity-performer-name").fill("代表取締役 初 花子");
    await chooseOption(page, page.getByTestId("activity-approver"), w.user.name, "承認者");
    const res = await clickForResponse(
      page,
      page.getByTestId("activity-save"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/activities"),
    );
    assertEqual(res.status(), 201, "POST /activities");
    const row = page.getByTestId("activity-row-resources_decided");
    await expectText(row, "承認待ち", "the new record's approval state");
    const rule = await ruleOf(w, "manual.resources");
    assertEqual(rule.status, "gap", "the resources rule before the approval");
    assert(rule.reason.ja.includes("承認待ち"), `reason names the wait: ${rule.reason.ja}`);
  },
};

const approveAndAttach: Step<ActivityWorld> = {
  name: "open it, approve it as the named approver, attach the signed PDF → the rule is 充足",
  run: async (w) => {
    const { page } = w;
    await page
      .getByTestId("activity-row-resources_decided")
      .locator('[data-testid^="activity-open-"]')
      .click();
    await expectText(page.getByTestId("activity-approval-state"), "承認待ち", "before approving");
    const approved = await clickForResponse(page, page.getByTestId("activity-approve"), (r) =>
      r.url().endsWith("/approve"),
    );
    assertEqual(approved.status(), 200, "POST …/approve");
    await expectText(page.getByTestId("activity-approval-state"), "承認済み", "after approving");
    const input = page.getByTestId("attachments-panel").locator('input[type="file"]');
    const [upload] = await Promise.all([
      page.waitForResponse(
        (r) =>
          r.request().method() === "POST" &&
          r.url().includes("/attachments/owners/activity_record/"),
      ),
      input.setInputFiles({ name: PDF_NAME, mimeType: "application/pdf", buffer: PDF }),
    ]);
    assertEqual(upload.status(), 201, "the PDF's upload");
    await expectVisible(
      page.getByTestId("attachment-row").filter({ hasText: PDF_NAME }),
      "the attached PDF",
    );
    await page.keyboard.press("Escape");
    assertEqual((await ruleOf(w, "manual.resources")).status, "ok", "the resources rule");
  },
};

const tickEraNeedsDatedRecord: Step<ActivityWorld> = {
  name: "安全管理措置の点検: no checkbox; a record of a year and a day ago leaves it open, today's closes it",
  run: async (w) => {
    const { page } = w;
    const { exactly, tooOld } = yearAgo(w.today);
    await page.getByTestId("nav-readiness").click();
    const card = page.getByTestId("readiness-rule-manual.safety_measures");
    await expectAttribute(card, "data-status", "gap", "安全管理措置 before any record");
    await expectCount(page.locator('[data-testid^="manual-check-"]'), 0, "checkboxes to tick");
    await card.getByTestId("readiness-fix-manual.safety_measures").click();
    await expectUrl(
      page,
      /\/activities\?new=safety_measure_check$/,
      "the record form for 安全管理措置の点検",
    );
    await typeDay(page, "activity-performed-on", tooOld);
    await page.getByTestId("activity-performer").getByText("社外の方").click();
    await page.getByTestId("activity-performer-name").fill("外部 点検者");
    const res = await clickForResponse(
      page,
      page.getByTestId("activity-save"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/activities"),
    );
    assertEqual(res.status(), 201, "POST /activities");
    const stale = await ruleOf(w, "manual.safety_measures");
    assertEqual(stale.status, "gap", "安全管理措置 recorded a year and a day ago");
    assertEqual(
      stale.reason.ja,
      `最後の「安全管理措置の点検」の記録は${ja(tooOld)}で、12か月を過ぎています。${ja(exactly)}以降の記録が必要です。`,
      "the reason",
    );
    await page
      .getByTestId("activity-row-safety_measure_check")
      .locator('[data-testid^="activity-open-"]')
      .click();
    await typeDay(page, "activity-performed-on", w.today);
    const patched = await clickForResponse(
      page,
      page.getByTestId("activity-save"),
      (r) => r.request().method() === "PATCH",
    );
    assertEqual(patched.status(), 200, "PATCH the record's day");
    assertEqual(
      (await ruleOf(w, "manual.safety_measures")).status,
      "ok",
      "安全管理措置 recorded today",
    );
    await page.getByTestId("nav-readiness").click();
    await expectAttribute(
      page.getByTestId("readiness-rule-manual.safety_measures"),
      "data-status",
      "ok",
      "安全管理措置 on the readiness page",
    );
  },
};

const presidentNamed: Step<ActivityWorld> = {
  name: "a president joins as a member; the form offers them as approver of マネジメントレビュー",
  run: async (w) => {
    const { page } = w;
    const email = `e2e-president-${Date.now().toString(36)}@example.com`;
    const api = w as unknown as World;
    const invitation = await orgApi<{ id: string; link: string }>(api, "POST", "/invitations", {
      email,
      role: "member",
    });
    const joining = await request.newContext({
      baseURL: w.baseUrl,
      extraHTTPHeaders: { Origin: w.baseUrl, Accept: "application/json" },
    });
    try {
      const signUp = await joining.post("/api/auth/sign-up/email", {
        data: { name: PRESIDENT, email, password: w.user.password },
      });
      assertEqual(signUp.status(), 200, "the president's sign-up");
      const accept = await joining.post(`/api/v1/invitations/${invitation.id}/accept`, {
        data: { token: invitation.link.split("/").pop() ?? "" },
      });
      assertEqual(accept.status(), 200, "the president accepts the invitation");
      w.president = { name: PRESIDENT, cookies: (await joining.storageState()).cookies };
    } finally {
      await joining.dispose();
    }
    // A fresh load: the members list this page read a moment ago predates the president.
    await page.goto(`${w.baseUrl}/orgs/${w.orgId}/activities`);
    await page.getByTestId("activity-add").click();
    await chooseOption(page, page.getByTestId("activity-kind"), "マネジメントレビュー", "種類");
    await page.getByTestId("activity-performer").getByText("社外の方").click();
    await page.getByTestId("activity-performer-name").fill(PRESIDENT);
    // A member-role account is offered: their role may approve.
    await chooseOption(page, page.getByTestId("activity-approver"), PRESIDENT, "承認者");
    const res = await clickForResponse(
      page,
      page.getByTestId("activity-save"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/activities"),
    );
    assertEqual(res.status(), 201, "POST /activities");
    await expectText(page.getByTestId("activity-row-management_review"), "承認待ち", "the row");
  },
};

const presidentApproves: Step<ActivityWorld> = {
  name: "the president (member role) sees 承認待ち on home and approves from the list",
  run: async (w) => {
    const president = need(w.president, "the president");
    const { context, page } = await w.open(w.browser, w.baseUrl);
    try {
      await context.addCookies(president.cookies);
      await page.goto(`${w.baseUrl}/orgs/${w.orgId}`);
      await expectUrl(page, /\/dashboard$/, "the president's home");
      await expectText(page.getByTestId("awaiting-box"), "承認待ちが 1 件あります。", "home's box");
      await page.getByTestId("awaiting-box-link").click();
      await expectUrl(page, /\/approvals$/, "the 承認待ち page");
      await expectText(page.locator("main h1"), "承認待ち", "page title");
      const card = page.getByTestId("awaiting-management_review");
      await expectText(card, "マネジメントレビュー", "the record's kind");
      await expectText(card, PRESIDENT, "who did it");
      const approved = await clickForResponse(
        page,
        card.locator('[data-testid^="awaiting-approve-"]'),
        (r) => r.url().endsWith("/approve"),
      );
      assertEqual(approved.status(), 200, "POST …/approve as the president");
      await expectVisible(page.getByTestId("awaiting-empty"), "nothing waits any more");
    } finally {
      await context.close();
    }
    const api = w as unknown as World;
    const left = await orgApi<{ total: number }>(api, "GET", "/activities?approval=pending");
    assertEqual(left.total, 0, "records still waiting for an approver");
  },
};

export async function activitiesScenario(
  runner: Runner,
  browser: Browser,
  open: OpenPage,
  baseUrl: string,
): Promise<void> {
  if (runner.stopped) return;
  const { context, page } = await open(browser, baseUrl);
  try {
    const japan = new Date(Date.now() + 9 * 3600_000);
    const w: ActivityWorld = {
      page,
      baseUrl,
      orgId: "",
      today: japan.toISOString().slice(0, 10),
      browser,
      open,
      user: {
        name: "初 太郎",
        email: `e2e-activities-${Date.now().toString(36)}@example.com`,
        password: "e2e-passw0rd-long",
      },
    };
    await runner.scenario("Issue 12: 実施記録 from an empty organization", page, w, [
      signUpEmpty,
      followNextStep,
      writePolicy,
      recordResources,
      approveAndAttach,
      tickEraNeedsDatedRecord,
      presidentNamed,
      presidentApproves,
    ]);
  } finally {
    await context.close();
  }
}
