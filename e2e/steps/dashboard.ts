// ホーム (issue 4): the dashboard shows a 申請不可 gap, the user follows its link, fixes it (a
// manual check on the readiness page, e.g. 内部監査を実施した), and back home the gap is gone
// and the gauge has risen.
import {
  assert,
  assertEqual,
  clickForResponse,
  expectHidden,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { orgApi, type World } from "../lib/world.ts";

type ApiRule = { ruleId: string; status: string; severity: string; manual: boolean };

/** "2026-11-25T03:31:00Z" → "2026年11月25日 12:31": Japan time, whatever the browser's zone. */
function japanTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 9 * 3600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/** A 申請不可 gap that no record can show, so a person ticks it (core/readiness manual rules). */
let rule = "";
let before: { score: number; blockers: number } | null = null;

async function gauge(w: World) {
  const g = w.page.getByTestId("dashboard-gauge");
  await expectVisible(g, "the readiness gauge");
  const score = Number(await g.getAttribute("data-score"));
  const blockers = Number(
    await w.page.getByTestId("dashboard-blocker-count").getAttribute("data-count"),
  );
  return { score, blockers };
}

export const dashboardShowsBlocker: Step<World> = {
  name: "ホーム: the gauge and a 申請不可 gap with its fix link",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-dashboard").click();
    await expectUrl(page, /\/dashboard$/, "ホーム");
    await expectText(page.locator("main h1"), "ホーム", "page title");
    before = await gauge(w);
    assert(before.blockers > 0, `some 申請不可 gap is open (got ${before.blockers})`);
    const report = await orgApi<{ results: ApiRule[]; evaluatedAt: string }>(
      w,
      "GET",
      "/readiness",
    );
    // The browser runs in UTC; the time of the figures is shown in Japan time.
    await expectText(
      page.getByTestId("dashboard-evaluated-at"),
      japanTime(report.evaluatedAt),
      "when the figures were computed",
    );
    const open = report.results.find(
      (r) => r.manual && r.status === "gap" && r.severity === "blocker",
    );
    assert(open, "a manual 申請不可 gap is open");
    rule = open.ruleId;
    console.log(`    gap ${rule}; score ${before.score}, ${before.blockers} 申請不可`);
    const row = page.getByTestId(`blocker-${rule}`);
    await expectVisible(row, `the gap ${rule} among the 申請不可 gaps`);
    await expectText(row, "まだ完了の確認がありません", "its reason");
    await expectVisible(page.getByTestId("step-1"), "the progress of step 1");
    await expectVisible(page.getByTestId("jmap-J.2.2"), "J.2.2 on the J-item map");
  },
};

export const followBlockerAndFix: Step<World> = {
  name: "follow the gap's link to 審査準備度 and tick the manual check",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId(`blocker-fix-${rule}`).click();
    await expectUrl(page, /\/readiness\?rule=manual\./, "the readiness page at the rule");
    const card = page.getByTestId(`readiness-rule-${rule}`);
    await expectVisible(card, "the rule on the readiness page");
    const res = await clickForResponse(
      page,
      page.getByTestId(`manual-check-${rule}`),
      (r) => r.request().method() === "PUT" && r.url().endsWith(`/readiness/checks/${rule}`),
    );
    assertEqual(res.status(), 200, "PUT check status");
    await expectText(page.getByTestId(`manual-check-by-${rule}`), "確認", "who ticked it and when");
    await expectText(card.locator("[data-status]").first(), "充足", "the rule is met");
  },
};

export const gapGoneGaugeRises: Step<World> = {
  name: "back on ホーム the gap is gone and the gauge has risen",
  run: async (w) => {
    const { page } = w;
    assert(before, "the dashboard was not read before the fix");
    await page.getByTestId("nav-dashboard").click();
    await expectUrl(page, /\/dashboard$/, "ホーム");
    await expectHidden(page.getByTestId(`blocker-${rule}`), "the fixed gap");
    const after = await gauge(w);
    assertEqual(after.blockers, before.blockers - 1, "open 申請不可 gaps");
    assert(after.score > before.score, `the score rose (${before.score} → ${after.score})`);
  },
};
