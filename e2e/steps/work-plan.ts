// Issue 12 (calendar): the demo company has a work plan; the default plan is written again from
// a typed start day (its application and grant days counted by hand); the PDCA page lists the
// overdue and never-done duties apart from the coming ones, with dates that agree; home's due
// list does the same.
import {
  assert,
  assertEqual,
  clickForResponse,
  expectAttribute,
  expectCount,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { orgApi, type World } from "../lib/world.ts";

type Plan = { plan: { applicationOn: string | null }; empty: boolean };

export const demoHasWorkPlan: Step<World> = {
  name: "作業計画: the demo company shows a work plan with its application and expected grant",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-roadmap").click();
    await expectUrl(page, /\/roadmap$/, "作業計画");
    const plan = page.getByTestId("roadmap-plan");
    await expectVisible(plan, "the plan summary");
    if (!w.seeded) {
      // An organization started empty (E2E_EMPTY_ORG): the default plan is offered instead.
      await expectVisible(page.getByTestId("roadmap-plan-offer"), "the default plan offer");
      return;
    }
    await expectText(
      page.getByTestId("roadmap-plan-application"),
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
      "the planned application day",
    );
    await expectText(page.getByTestId("roadmap-plan-grant"), /年/, "the expected grant");
    // The 13 steps are planned: the timeline has no step left without dates.
    const data = await orgApi<Plan & { steps: { plannedStart: string | null }[] }>(
      w,
      "GET",
      "/roadmap",
    );
    assert(
      data.steps.every((s) => s.plannedStart !== null),
      "every step has a planned start",
    );
    assert(data.plan.applicationOn !== null, "the plan has an application day");
  },
};

export const defaultPlanFromStartDay: Step<World> = {
  name: "作業計画: the default plan from 2027年1月4日, every two weeks — application 2027年6月4日",
  run: async (w) => {
    const { page } = w;
    // Run after the audit-trail steps (its ~60 events would push theirs off the first page),
    // where the main scenario has switched to English: back to Japanese.
    await page.evaluate(() => localStorage.setItem("mamori.lang", "ja"));
    await page.reload();
    await page.getByTestId("nav-roadmap").click();
    await expectUrl(page, /\/roadmap$/, "作業計画");
    await page.getByTestId("default-plan-open").click();
    const form = page.getByTestId("default-plan-form");
    await expectVisible(form, "the default plan dialog");
    if (w.seeded) await expectVisible(page.getByTestId("default-plan-replace"), "the warning");
    const start = page.getByTestId("default-plan-start");
    await start.fill("2027/1/4");
    await start.press("Tab");
    await page.getByTestId("default-plan-cadence").getByText("隔週").click();
    // The preview, counted by hand: 2027-01-04 + 5 months = Friday 2027-06-04; +6 months.
    const preview = page.getByTestId("default-plan-preview");
    await expectText(preview, "申請: 2027年6月4日、付与の見込み: 2027年12月4日", "the preview");
    await expectText(preview, "定例6回", "six sessions in twelve weeks");
    const res = await clickForResponse(
      page,
      page.getByTestId("default-plan-save"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/roadmap/default-plan"),
    );
    assert(res.status() === 200, `POST default-plan answered ${res.status()}`);
    await expectText(page.getByTestId("roadmap-plan-application"), "2027年6月4日", "application");
    await expectText(page.getByTestId("roadmap-plan-grant"), "2027年12月4日", "grant");
  },
};

export const obligationsNowApart: Step<World> = {
  name: "定期の義務: overdue and never-done duties apart from the coming ones; dates agree",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-obligations").click();
    await expectUrl(page, /\/obligations$/, "定期の義務");
    await expectCount(page.getByTestId("obligations-intro").locator("p"), 2, "two intro lines");
    const now = page.getByTestId("obligations-now");
    // Never done: the internal audit (in the demo and in an empty organization alike).
    const audit = now.getByTestId("obligation-internal_audit");
    await expectAttribute(audit, "data-status", "never", "the internal audit");
    await expectText(
      audit.getByTestId("obligation-open-internal_audit"),
      "実施記録へ",
      "the link to record it",
    );
    if (!w.seeded) return;
    // The demo's risk analysis: its oldest row, and a due day after it.
    const risk = now.getByTestId("obligation-risk_review");
    await expectAttribute(risk, "data-status", "overdue", "the risk analysis review");
    await expectText(risk.getByTestId("obligation-last-risk_review"), "最も古い行", "last done");
    const last = await risk.getByTestId("obligation-last-risk_review").textContent();
    const due = await risk.getByTestId("obligation-due-risk_review").textContent();
    const day = (s: string | null) => {
      const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(s ?? "");
      assert(m, `a date in ${s}`);
      return Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
    };
    assert(day(due) > day(last), `next due (${due}) after last done (${last})`);
    const upcoming = page.getByTestId("obligations-upcoming");
    await expectVisible(upcoming.getByTestId("obligation-education"), "education, in time");
  },
};

/** A phone's screen, as the smaller iPhones have it. */
const PHONE = { width: 375, height: 812 };

export const obligationsOnPhone: Step<World> = {
  name: "定期の義務 on a 375 px phone: each duty is a card, nothing wider than the screen",
  run: async (w) => {
    const browser = w.page.context().browser();
    assert(browser, "no browser behind the page");
    // The same session in a phone-sized window (the cookies of the signed-in page).
    const phone = await browser.newContext({
      baseURL: w.baseUrl,
      locale: "ja-JP",
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      storageState: await w.page.context().storageState(),
    });
    try {
      const page = await phone.newPage();
      await page.goto(`${w.baseUrl}/orgs/${w.orgId}/obligations`);
      const now = page.getByTestId("obligations-now");
      await expectVisible(now.getByTestId("obligations-cards"), "the duties as cards");
      await expectCount(page.getByTestId("obligations-table"), 0, "tables on the phone");
      const audit = now.getByTestId("obligation-internal_audit");
      await expectAttribute(audit, "data-status", "never", "the internal audit's card");
      await expectText(audit.getByTestId("obligation-last-internal_audit"), "未実施", "last done");
      await expectVisible(audit.getByTestId("obligation-open-internal_audit"), "its link");
      // Neither the page nor a box inside it scrolls sideways (a table in a scroll container
      // keeps the page's own width but runs past the screen's edge).
      const { scroll, client, past } = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const inMain = [...document.querySelectorAll("main *")];
        return {
          scroll: document.documentElement.scrollWidth,
          client: width,
          past: inMain.filter((el) => el.getBoundingClientRect().right > width + 1).length,
        };
      });
      assert(scroll <= client, `the page fits the phone's width (scroll ${scroll}, ${client})`);
      assertEqual(past, 0, "elements running past the screen's right edge");
    } finally {
      await phone.close();
    }
  },
};

export const homeDueSplit: Step<World> = {
  name: "ホーム: the due list shows overdue and never-done items apart from the next 60 days",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-dashboard").click();
    const now = page.getByTestId("dashboard-due-now");
    await expectVisible(now.getByTestId("due-o-internal_audit"), "the internal audit, never done");
    await expectVisible(page.getByTestId("dashboard-due-upcoming"), "the next 60 days");
    await expectCount(
      page.getByTestId("dashboard-due-upcoming").getByTestId("due-o-internal_audit"),
      0,
      "the internal audit is not listed as upcoming",
    );
  },
};
