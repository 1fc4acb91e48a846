// ホーム (issues 4 and 12): the next-step box at the top and the other gaps grouped by step; a
// gap's fix link opens the register filtered to exactly the records the rule names (委託先 not
// written, 防犯カメラ映像 in the demo); on 審査準備度 the named record links to its page, where
// the 委託先 is filled in; back home the gap is gone and the gauge has risen.
import {
  assert,
  assertEqual,
  clickForResponse,
  expectAttribute,
  expectCount,
  expectHidden,
  expectText,
  expectUrl,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { orgApi, type World } from "../lib/world.ts";

type ApiRule = {
  ruleId: string;
  status: string;
  severity: string;
  step: number;
  fixPath: string;
  details?: { id?: string; name: string; path?: string }[];
};
type ApiReport = {
  score: number;
  results: ApiRule[];
  evaluatedAt: string;
  nextStep: { step: number; ruleId: string } | null;
};

/** "2026-11-25T03:31:00Z" → "2026年11月25日 12:31": Japan time, whatever the browser's zone. */
function japanTime(iso: string): string {
  const t = new Date(new Date(iso).getTime() + 9 * 3600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/** The demo's planted 委託先 gap: an outsourced item whose contractor is not written. */
const RULE = "register.outsourcee";
let before: { score: number; blockers: number } | null = null;
let named: { id: string; name: string }[] = [];

async function gauge(w: World) {
  const g = w.page.getByTestId("dashboard-gauge");
  await expectVisible(g, "the readiness gauge");
  const score = Number(await g.getAttribute("data-score"));
  const blockers = Number(
    await w.page.getByTestId("dashboard-blocker-count").getAttribute("data-count"),
  );
  return { score, blockers };
}

/** Opens a step's group of gaps on home unless it is open already. */
async function openStepGroup(w: World, step: number) {
  const toggle = w.page.getByTestId(`dashboard-gaps-step-${step}-toggle`);
  await expectVisible(toggle, `the gaps of step ${step}`);
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
}

export const dashboardShowsBlocker: Step<World> = {
  name: "ホーム: the next step at the top, the other gaps grouped by step",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-dashboard").click();
    await expectUrl(page, /\/dashboard$/, "ホーム");
    await expectText(page.locator("main h1"), "ホーム", "page title");
    before = await gauge(w);
    assert(before.blockers > 0, `some 申請不可 gap is open (got ${before.blockers})`);
    const report = await orgApi<ApiReport>(w, "GET", "/readiness");
    // The browser runs in UTC; the time of the figures is shown in Japan time.
    await expectText(
      page.getByTestId("dashboard-evaluated-at"),
      japanTime(report.evaluatedAt),
      "when the figures were computed",
    );
    const next = report.nextStep;
    assert(next, "the demo has a next step");
    const box = page.getByTestId("next-step");
    await expectVisible(box, "the next-step box");
    assertEqual(await box.getAttribute("data-step"), String(next.step), "the next step");
    assertEqual(await box.getAttribute("data-rule"), next.ruleId, "its first action");
    await expectText(page.getByTestId("next-step-title"), `ステップ${next.step}`, "step title");
    // A 申請不可 gap other than the box's, in its step's group, with its badge.
    const blocker = report.results.find(
      (r) => r.status === "gap" && r.severity === "blocker" && r.ruleId !== next.ruleId,
    );
    assert(blocker, "another 申請不可 gap is open");
    await openStepGroup(w, blocker.step);
    const row = page.getByTestId(`blocker-${blocker.ruleId}`);
    await expectVisible(row, `the gap ${blocker.ruleId} in step ${blocker.step}`);
    await expectText(row, "申請不可", "its severity");
    console.log(`    next step ${next.step} (${next.ruleId}); score ${before.score}`);
    await expectVisible(page.getByTestId("step-1"), "the progress of step 1");
    await expectVisible(page.getByTestId("jmap-J.2.2"), "J.2.2 on the J-item map");
  },
};

export const followBlockerAndFix: Step<World> = {
  name: "the 委託先 gap's fix link opens the register filtered to exactly its records",
  run: async (w) => {
    const { page } = w;
    const report = await orgApi<ApiReport>(w, "GET", "/readiness");
    const rule = report.results.find((r) => r.ruleId === RULE);
    assert(rule?.status === "gap", `${RULE} is a gap in the demo`);
    named = (rule.details ?? []).map((d) => ({ id: d.id ?? "", name: d.name }));
    assert(named.length > 0, "the rule names its records");
    if (report.nextStep?.ruleId === RULE) {
      await page.getByTestId("next-step-fix").click();
    } else {
      await openStepGroup(w, rule.step);
      await page.getByTestId(`${rule.severity}-fix-${RULE}`).click();
    }
    await expectUrl(
      page,
      /\/inventory\?status=active&outsourced=true&lacking=outsourcee$/,
      "the register with the rule's filters",
    );
    await expectVisible(page.getByTestId("inventory-link-filters"), "the link's filters");
    await expectText(
      page.getByTestId("inventory-link-filter-lacking"),
      "委託先が空欄",
      "the blank-field chip",
    );
    const rows = page.getByTestId("inventory-row");
    await expectCount(rows, named.length, "rows of the filtered register");
    await expectText(page.getByTestId("inventory-total"), `全${named.length}件`, "total");
    const shown = (await page.getByTestId("inventory-open").allInnerTexts()).map((t) => t.trim());
    assertEqual(
      shown.sort().join("、"),
      named
        .map((n) => n.name)
        .sort()
        .join("、"),
      "exactly the records the rule names",
    );
  },
};

export const namedRecordOpensAndFix: Step<World> = {
  name: "審査準備度: badges on gaps only; the named record opens its page; 委託先 filled in",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-readiness").click();
    await expectUrl(page, /\/readiness$/, "審査準備度");
    const card = page.getByTestId(`readiness-rule-${RULE}`);
    await expectVisible(card, "the rule's card");
    await expectText(card, "指摘リスク", "severity beside the gap");
    // A met rule carries no severity badge.
    const met = page.getByTestId("readiness-rule-register.not_empty");
    await expectText(met, "充足", "a met rule");
    assertEqual(await met.locator("[data-severity]").count(), 0, "severity badges beside 充足");
    const first = named[0];
    assert(first, "a named record");
    await card.getByTestId("readiness-record").filter({ hasText: first.name }).click();
    await expectUrl(page, new RegExp(`/inventory\\?item=${first.id}$`), "the record's own page");
    await expectText(page.getByTestId("item-title"), first.name, "item title");
    await page.getByTestId("item-outsourcee").fill("株式会社警備サービス");
    const res = await clickForResponse(
      page,
      page.getByTestId("inventory-save"),
      (r) => r.request().method() === "PATCH" && r.url().endsWith(`/inventory-items/${first.id}`),
    );
    assertEqual(res.status(), 200, "PATCH inventory-items status");
  },
};

export const gapGoneGaugeRises: Step<World> = {
  name: "back on ホーム the gap is gone and the gauge has risen",
  run: async (w) => {
    const { page } = w;
    assert(before, "the dashboard was not read before the fix");
    const report = await orgApi<ApiReport>(w, "GET", "/readiness");
    const rule = report.results.find((r) => r.ruleId === RULE);
    const left = named.length - 1;
    assertEqual(rule?.details?.length ?? 0, left, `records ${RULE} still names`);
    await page.getByTestId("nav-dashboard").click();
    await expectUrl(page, /\/dashboard$/, "ホーム");
    if (left === 0) {
      assertEqual(rule?.status, "ok", `${RULE} after the fix`);
      // The step's group, if it still has gaps, no longer lists the rule.
      const group = page.getByTestId(`dashboard-gaps-step-${rule?.step ?? 5}`);
      if ((await group.count()) > 0) {
        await openStepGroup(w, rule?.step ?? 5);
        await expectHidden(group.getByTestId(`finding-${RULE}`), "the fixed gap");
      }
      await expectAttribute(
        page.getByTestId("dashboard-gauge"),
        "data-score",
        String(report.score),
        "the gauge shows the new score",
      );
      assert(report.score > before.score, `the score rose (${before.score} → ${report.score})`);
    }
    const after = await gauge(w);
    assertEqual(after.blockers, before.blockers, "open 申請不可 gaps (a finding was fixed)");
  },
};
