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

let overdueRows = 0;

export const riskReviewOverdue: Step<World> = {
  name: "定期の義務: the risk-analysis review is overdue (planned review days have passed)",
  run: async (w) => {
    const { page } = w;
    let list = await orgApi<{ total: number }>(w, "GET", "/risks?reviewOverdue=true&limit=1");
    if (list.total === 0) {
      // An organization started empty (E2E_EMPTY_ORG) has no such rows: plan one in the past.
      const any = await orgApi<{ items: { id: string }[] }>(w, "GET", "/risks?limit=1");
      const id = any.items[0]?.id;
      assert(id, "a risk row exists (added in the risk steps)");
      await orgApi(w, "PATCH", `/risks/${id}`, { reviewOn: "2025-01-31" });
      list = await orgApi<{ total: number }>(w, "GET", "/risks?reviewOverdue=true&limit=1");
    }
    overdueRows = list.total;
    assert(
      overdueRows > 0 && overdueRows <= 50,
      `1–50 rows past their review day (${overdueRows})`,
    );
    await page.getByTestId("nav-obligations").click();
    await expectUrl(page, /\/obligations$/, "定期の義務");
    const row = page.getByTestId("obligation-risk_review");
    await expectVisible(row, "the risk-analysis review");
    await expectAttribute(row, "data-status", "overdue", "before the review");
  },
};

export const recordRiskReview: Step<World> = {
  name: "リスク分析: filter to rows past their review day, record them reviewed today",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-risks").click();
    await expectUrl(page, /\/risks/, "リスク分析");
    await page.getByLabel("見直し期限切れのみ").check();
    const rows = page.getByTestId("risk-row");
    await expectCount(rows, overdueRows, "rows past their review day");
    await page.getByTestId("risks-select-all").check();
    await page.getByTestId("risks-bulk-reviewed").click();
    const modal = page.getByTestId("risks-reviewed-modal");
    await expectText(modal, `${overdueRows}件`, "the dialog names the row count");
    const res = await clickForResponse(
      page,
      page.getByTestId("risks-reviewed-confirm"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/risks/reviewed"),
    );
    assertEqual(res.status(), 200, "POST risks/reviewed status");
    assertEqual(((await res.json()) as { updated: number }).updated, overdueRows, "rows recorded");
    // The review names who recorded it.
    const [first] = (res.request().postDataJSON() as { ids: string[] }).ids;
    const stored = await orgApi<{ lastReviewedBy: string | null }>(w, "GET", `/risks/${first}`);
    assertEqual(stored.lastReviewedBy, w.user.name, "見直した人");
    // Their planned days were on or before today, so they are cleared: no row is past due.
    await expectCount(rows, 0, "rows past their review day after the review");
  },
};

export const riskReviewDone: Step<World> = {
  name: "定期の義務: the risk-analysis review is no longer overdue",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-obligations").click();
    await expectUrl(page, /\/obligations$/, "定期の義務");
    const row = page.getByTestId("obligation-risk_review");
    // Reviewed rows count from today, rows never reviewed from the day they were added; a later
    // planned day may still make the duty due soon.
    await expectAttribute(row, "data-status", ["ok", "due_soon"], "after the review");
  },
};
