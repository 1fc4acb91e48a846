// 個人情報保護体制: end the audit lead's term, then try to make the PMS manager audit lead too
// (refused: 兼務), and see the org chart.
import {
  assertEqual,
  clickForResponse,
  expectHidden,
  expectText,
  expectUrl,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { type ApiAppointment, type ListOf, need, orgApi, type World } from "../lib/world.ts";

const ROLE_LABEL = "個人情報保護監査責任者";

/** 2026-11-24 → 2026年11月24日, as the date fields show it in Japanese. */
const formatJa = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

export const openAppointments: Step<World> = {
  name: "open 個人情報保護体制",
  run: async ({ page }) => {
    await page.getByTestId("nav-appointments").click();
    await expectUrl(page, /\/appointments$/, "個人情報保護体制 page");
    await expectVisible(page.getByTestId("org-chart"), "the org chart");
    await expectVisible(page.getByTestId("appointment-list"), "the appointment list");
  },
};

/**
 * The audit lead is a single-holder role and that rule is checked before the separation of
 * duties, so the current audit lead's term is ended yesterday first; otherwise the server
 * would answer AUDIT_LEAD_ALREADY_APPOINTED and never reach the 兼務 rule.
 */
export const endAuditLead: Step<World> = {
  name: "end the current audit lead's term yesterday",
  run: async (w) => {
    const { page } = w;
    const lead = need(w.auditLead, "current audit lead");
    const group = page.getByTestId("appointment-group-audit_lead");
    const row = group.getByTestId("appointment-row").filter({ hasText: lead.name });
    await expectText(row, "現任", "the audit lead's row");
    await row.getByTestId("appointment-end").click();
    const dialog = page.getByRole("dialog");
    await expectText(dialog, lead.name, "the end-term dialog");
    const date = page.getByTestId("appointment-end-date");
    await date.fill(w.yesterday);
    await dialog.getByText(lead.name).first().click(); // leave the field: the calendar closes
    await expectValue(date, formatJa(w.yesterday), "終了日");
    const res = await clickForResponse(
      page,
      page.getByTestId("appointment-end-submit"),
      (r) => r.request().method() === "PATCH" && r.url().includes("/appointments/"),
    );
    assertEqual(res.status(), 200, "PATCH appointment status");
    assertEqual((res.request().postDataJSON() as { to?: string }).to, w.yesterday, "end date sent");
    await expectHidden(dialog, "the end-term dialog");
    await expectText(page.getByTestId("chart-audit_lead"), "未任命", "audit lead in the chart");
    const now = await orgApi<ListOf<ApiAppointment>>(
      w,
      "GET",
      `/appointments?on=${w.today}&role=audit_lead`,
    );
    assertEqual(now.total, 0, "audit leads in office today");
  },
};

export const samePersonRefused: Step<World> = {
  name: "appointing the PMS manager as audit lead from today is refused (兼務)",
  run: async (w) => {
    const { page } = w;
    const manager = need(w.pmsManager, "current PMS manager");
    await page
      .getByTestId("appointment-group-audit_lead")
      .getByRole("button", { name: "任命する" })
      .click();
    const dialog = page.getByRole("dialog");
    await expectVisible(dialog, "the appointment dialog");
    await expectValue(page.getByTestId("appointment-role"), ROLE_LABEL, "role");
    const person = page.getByTestId("appointment-person");
    await person.click();
    await person.fill(manager.name.split(/\s/)[0] ?? manager.name);
    await page.getByRole("option", { name: new RegExp(manager.name) }).click();
    await expectValue(person, new RegExp(manager.name), "chosen person");
    // The period starts today by default.
    await expectValue(page.getByTestId("appointment-from"), formatJa(w.today), "開始日");

    const res = await clickForResponse(
      page,
      page.getByTestId("appointment-submit"),
      (r) => r.request().method() === "POST" && r.url().endsWith("/appointments"),
    );
    assertEqual(res.status(), 409, "POST appointment status");
    const body = (await res.json()) as { error?: { code?: string } };
    assertEqual(body.error?.code, "MANAGER_AND_AUDITOR_SAME_PERSON", "error code");
    const alert = dialog.getByTestId("form-error");
    await expectText(alert, "兼務", "the refusal");
    await expectText(alert, ROLE_LABEL, "the refusal");
  },
};

export const refusalWroteNothing: Step<World> = {
  name: "cancel: the refused appointment was not made",
  run: async (w) => {
    const { page } = w;
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "キャンセル" }).click();
    await expectHidden(dialog, "the appointment dialog");
    const leads = await orgApi<ListOf<ApiAppointment>>(
      w,
      "GET",
      `/appointments?on=${w.today}&role=audit_lead`,
    );
    assertEqual(leads.total, 0, "audit leads in office today after the refusal");
  },
};

export const orgChart: Step<World> = {
  name: "the org chart shows the current holders and the vacant audit lead",
  run: async (w) => {
    const { page } = w;
    const manager = need(w.pmsManager, "current PMS manager");
    const chart = page.getByTestId("org-chart");
    await expectVisible(chart, "the org chart");
    await expectText(chart.getByTestId("chart-pms_manager"), manager.name, "PMS manager box");
    await expectText(chart.getByTestId("chart-audit_lead"), "未任命", "audit lead box");
    if (w.seeded) {
      await expectText(chart.getByTestId("chart-top_management"), /\S/, "top management box");
      await expectVisible(chart.getByTestId("chart-dept_manager").first(), "a department box");
    }
    // The chart scrolls sideways when wide: bring the audit lead's box into view.
    await chart.getByTestId("chart-audit_lead").scrollIntoViewIfNeeded();
  },
};
