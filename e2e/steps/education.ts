// 教育 (issue 14), on a server of its own with SMTP_URL pointing at an SMTP server on loopback:
// an owner with three staff (two with e-mail) builds this fiscal year's plan on the 教育 page
// from the starter course, opens the course and approves the plan, then assigns it to all
// staff with the link mailed. Two employees take it on a phone-sized screen (375×812): 教育 一郎
// answers every question right and passes; 受講 花子 answers every question wrong, fails,
// retries and passes. The 受講状況 tab then counts 2 修了 of 3, the 報告書 tab's summary shows 3
// targets and 2 completed, and readiness moves: manual.education turns ok, while
// education.all_staff still names the one person without a completion.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { inspectPdf } from "../../src/modules/exports/pdf-inspect.ts";
import type { SmtpSink } from "../../src/test/smtp-sink.ts";
import { signUpWithEmptyOrg } from "../lib/accounts.ts";
import {
  assert,
  assertEqual,
  clickForResponse,
  eventually,
  expectCount,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { OpenPage, Runner, Step } from "../lib/harness.ts";
import { mailedLink, withMailServer } from "../lib/mail-server.ts";
import { fitsPhone, openPhone } from "../lib/phone.ts";
import { orgApi, type World } from "../lib/world.ts";

type Question = {
  id: string;
  kind: string;
  prompt: string;
  choices: { id: string; text: string; correct: boolean }[];
};
type EduWorld = Pick<World, "page" | "baseUrl" | "orgId"> & {
  sink: SmtpSink;
  browser: Browser;
  user: { name: string; email: string; password: string };
  courseId: string;
  questions: Question[];
  phones: BrowserContext[];
};

const ORG = "株式会社まなび教育";
const STAFF = [
  { name: "教育 一郎", email: "ichiro@example.jp" },
  { name: "受講 花子", email: "hanako@example.jp" },
  { name: "紙 三郎", email: null },
];

const api = <T>(w: EduWorld, method: "GET" | "POST", path: string, body?: unknown) =>
  orgApi<T>(w as unknown as World, method, path, body);

type Rule = { ruleId: string; status: string; reason: { ja: string } };
async function rule(w: EduWorld, id: string): Promise<Rule> {
  const { results } = await api<{ results: Rule[] }>(w, "GET", "/readiness");
  const found = results.find((r) => r.ruleId === id);
  assert(found, `no rule ${id}`);
  return found;
}

const courseMail = (w: EduWorld, to: string) =>
  mailedLink(w.sink, w.baseUrl, to, (s) => s.includes("教育「個人情報保護の基本」の受講のお願い"));

/** Answers every question on the phone: rightly, or with a wrong choice where there is one. */
async function answer(w: EduWorld, phone: Page, right: boolean) {
  const cards = phone.getByTestId("edu-learner-question");
  await expectCount(cards, w.questions.length, "questions on the phone");
  for (const [i, q] of w.questions.entries()) {
    const card = cards.nth(i);
    const picks = right
      ? q.choices.filter((c) => c.correct)
      : [q.choices.find((c) => !c.correct) ?? q.choices[0]];
    for (const c of picks) if (c) await card.getByLabel(c.text, { exact: true }).check();
  }
}

async function submit(phone: Page) {
  const res = await clickForResponse(
    phone,
    phone.getByTestId("edu-learner-submit"),
    (r) => r.request().method() === "POST" && r.url().endsWith("/attempts"),
  );
  assertEqual(res.status(), 201, "POST attempts status");
}

const setUp: Step<EduWorld> = {
  name: "an owner with three staff (two with e-mail); readiness says nobody was educated",
  run: async (w) => {
    w.orgId = await signUpWithEmptyOrg(w.page, w.baseUrl, w.user, ORG);
    for (const s of STAFF)
      await api(w, "POST", "/people", { name: s.name, email: s.email, employmentType: "regular" });
    assertEqual((await rule(w, "manual.education")).status, "gap", "manual.education before");
  },
};

const buildPlan: Step<EduWorld> = {
  name: "教育: this year's plan from the starter course; the course opened, the plan approved",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-education").click();
    await expectUrl(page, /\/education/, "教育");
    await page.getByTestId("education-plan-start").click();
    await expectVisible(page.getByTestId("education-plan-year"), "the plan dialog");
    await page.getByTestId("education-plan-submit").click();
    await expectVisible(page.getByTestId("education-plan"), "the plan");
    await page.getByTestId("education-course-add").click();
    await page.getByTestId("education-course-from-pms_basics").check();
    await page.getByTestId("education-course-create").click();
    await expectVisible(page.getByTestId("education-course-editor"), "the course editor");
    // The starter text is written for this organization: its name is in the material.
    await eventually(async () => {
      const bodies = await page
        .getByTestId("education-sections")
        .locator("textarea")
        .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join("\n"));
      return bodies.includes(ORG) ? null : "the org's name is not in the material";
    });
    const opened = await clickForResponse(
      page,
      page.getByTestId("education-course-open"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/open"),
    );
    assertEqual(opened.status(), 200, "POST open status");
    await page.getByTestId("education-editor-back").click();
    await page.getByTestId("education-plan-approve").click();
    const approved = await clickForResponse(
      page,
      page.getByTestId("education-plan-approve-confirm"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/approve"),
    );
    assertEqual(approved.status(), 200, "POST approve status");
    await expectText(page.getByTestId("education-plan"), "承認済み", "the plan's state");
    // The answers the phones will give come from the course as the office sees it.
    const plans = await api<{ items: { id: string }[] }>(w, "GET", "/education/plans");
    const plan = await api<{ courses: { id: string }[] }>(
      w,
      "GET",
      `/education/plans/${plans.items[0]?.id}`,
    );
    w.courseId = plan.courses[0]?.id ?? "";
    const course = await api<{ questions: Question[] }>(
      w,
      "GET",
      `/education/courses/${w.courseId}`,
    );
    w.questions = course.questions;
    assert(w.questions.length >= 10, `the starter quiz has ${w.questions.length} questions`);
  },
};

const assignAll: Step<EduWorld> = {
  name: "受講状況: the course assigned to all staff; 2 links mailed, 紙 三郎 listed for the sheet",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("education-tab-tracking").click();
    await page.getByTestId("edu-tracking-assign").click();
    await expectVisible(page.getByTestId("edu-assign-modal"), "the assign dialog");
    const res = await clickForResponse(
      page,
      page.getByTestId("edu-assign-submit"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/assignments"),
    );
    assertEqual(res.status(), 201, "POST assignments status");
    await expectText(
      page.getByTestId("edu-assign-result"),
      "新たに3名に割り当てました",
      "assigned",
    );
    await expectText(page.getByTestId("edu-assign-result"), "メール送信 2件", "mailed");
    await expectText(page.getByTestId("edu-assign-result"), "紙 三郎", "who has no e-mail");
    await page.getByTestId("edu-assign-close").click();
    await expectText(page.getByTestId("edu-count-total"), "対象 3名", "targets");
  },
};

const passOnPhone: Step<EduWorld> = {
  name: "教育 一郎 takes the course on a phone, answers every question right and passes",
  run: async (w) => {
    const phone = await openPhone(w.browser, w.phones, await courseMail(w, "ichiro@example.jp"));
    await expectText(phone.getByTestId("personal-page-greeting"), "教育 一郎 さん", "greeting");
    await expectText(phone.getByTestId("edu-learner-title"), "個人情報保護の基本", "the course");
    await expectText(phone.getByTestId("edu-learner-section").first(), ORG, "the material");
    await answer(w, phone, true);
    await fitsPhone(phone);
    await submit(phone);
    await expectText(phone.getByTestId("edu-learner-result"), "合格です", "passed");
    await expectText(phone.getByTestId("edu-learner-score"), "100点", "the score");
    await expectVisible(phone.getByTestId("edu-learner-completed"), "the completion");
    await expectCount(phone.getByTestId("edu-learner-retry"), 0, "a retry button");
  },
};

const failThenPass: Step<EduWorld> = {
  name: "受講 花子 answers every question wrong and fails, then retries and passes",
  run: async (w) => {
    const phone = await openPhone(w.browser, w.phones, await courseMail(w, "hanako@example.jp"));
    await expectText(phone.getByTestId("edu-learner-title"), "個人情報保護の基本", "the course");
    await answer(w, phone, false);
    await submit(phone);
    await expectText(
      phone.getByTestId("edu-learner-result"),
      "今回は合格点に届きませんでした",
      "failed",
    );
    await expectText(phone.getByTestId("edu-learner-score"), "0点", "the score");
    await fitsPhone(phone);
    await phone.getByTestId("edu-learner-retry").click();
    await answer(w, phone, true);
    await submit(phone);
    await expectText(phone.getByTestId("edu-learner-result"), "合格です", "passed on retry");
    await expectVisible(phone.getByTestId("edu-learner-completed"), "the completion");
  },
};

const countsAndReadiness: Step<EduWorld> = {
  name: "受講状況 counts 2 修了 of 3; the summary 3 targets, 2 completed; readiness moves",
  run: async (w) => {
    const { page } = w;
    await page.reload();
    await expectText(page.getByTestId("edu-count-total"), "対象 3名", "targets");
    await expectText(page.getByTestId("edu-count-completed"), "修了 2", "completed");
    // 花子's certificate: a PDF naming her, the course and the organization.
    const row = page.getByTestId("edu-tracking-row").filter({ hasText: "受講 花子" });
    const href = await row.getByTestId("edu-row-certificate").getAttribute("href");
    assert(href, "the certificate link");
    const pdf = await page.request.get(`${w.baseUrl}${href}`);
    assertEqual(pdf.headers()["content-type"], "application/pdf", "certificate type");
    const text = inspectPdf(await pdf.body())
      .pageTexts.join("")
      .replace(/\s/g, "");
    for (const words of ["受講花子", "個人情報保護の基本", ORG])
      assert(text.includes(words), `the certificate says ${words}: ${text.slice(0, 200)}`);
    await page.getByTestId("education-tab-reports").click();
    const line = page.getByTestId("edu-summary-row").filter({ hasText: "個人情報保護の基本" });
    await expectCount(line, 1, "the course's summary row");
    // Columns: title, audience, delivery, window, targets, completed, rate …
    await expectText(line.locator("td").nth(4), "3", "targets in the summary");
    await expectText(line.locator("td").nth(5), "2", "completed in the summary");
    await expectText(page.getByTestId("edu-summary-totals"), "3", "the totals");
    assertEqual((await rule(w, "manual.education")).status, "ok", "manual.education after");
    const everyone = await rule(w, "education.all_staff");
    assertEqual(everyone.status, "gap", "education.all_staff");
    assert(everyone.reason.ja.includes("紙 三郎"), `names 紙 三郎: ${everyone.reason.ja}`);
  },
};

export async function educationScenario(
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
      const w: EduWorld = {
        page: owner.page,
        baseUrl,
        orgId: "",
        sink,
        browser,
        user: {
          name: "教育 代表",
          email: `e2e-edu-${run}@example.com`,
          password: "e2e-passw0rd-long",
        },
        courseId: "",
        questions: [],
        phones,
      };
      await runner.scenario(
        "Issue 14: 教育 from the starter course, taken on phones",
        owner.page,
        w,
        [setUp, buildPlan, assignAll, passOnPhone, failThenPass, countsAndReadiness],
      );
    },
  );
}
