// Shared services: scheduled work. The owner changes the PDCA reminders (30 days before, not
// weekly when overdue) and the choice is kept after a reload; the page 定期処理とバックアップ
// lists the running server's jobs, mail delivery has already run, and the automatic backup
// of the embedded database has not run yet (its first run waits ten minutes).
import {
  eventually,
  expectAttribute,
  expectUrl,
  expectValue,
  expectVisible,
} from "../lib/expect.ts";
import type { Step } from "../lib/harness.ts";
import { orgApi, type World } from "../lib/world.ts";

export const reminderSettingsKept: Step<World> = {
  name: "定期の義務: the reminder settings are saved and kept after a reload",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-obligations").click();
    await expectUrl(page, /\/obligations$/, "定期の義務");
    const panel = page.getByTestId("reminder-settings");
    await expectVisible(panel, "the reminder settings");
    const days = page.getByTestId("reminders-days-before");
    await expectValue(days, "14", "the default days before");
    await days.fill("30");
    await page.getByTestId("reminders-weekly").setChecked(false, { force: true });
    await page.getByTestId("reminders-save").click();
    await eventually(async () => {
      const saved = await orgApi<{ daysBefore: number; weeklyWhenOverdue: boolean }>(
        w,
        "GET",
        "/reminder-settings",
      );
      return saved.daysBefore === 30 && !saved.weeklyWhenOverdue
        ? null
        : `saved settings: ${JSON.stringify(saved)}`;
    });
    await page.reload();
    await expectValue(page.getByTestId("reminders-days-before"), "30", "days before after reload");
    await eventually(async () =>
      (await page.getByTestId("reminders-weekly").isChecked()) ? "weekly is on after reload" : null,
    );
  },
};

export const jobsPageShowsSchedule: Step<World> = {
  name: "定期処理とバックアップ: the server's jobs, mail delivery has run, no backup yet",
  run: async (w) => {
    const { page } = w;
    await page.getByTestId("nav-jobs").click();
    await expectUrl(page, /\/jobs$/, "定期処理とバックアップ");
    for (const name of [
      "mail.deliver",
      "reminders.duties",
      "members.invitation-expiry",
      "backup.embedded",
    ]) {
      await expectVisible(page.getByTestId(`job-${name}`), `the job ${name}`);
    }
    // Mail delivery runs every 5 s; the page reads again every 30 s: reload until it shows.
    await eventually(async () => {
      await page.reload();
      await page.getByTestId("job-mail.deliver").waitFor(); // the list has loaded
      const summary = page.getByTestId("job-summary-mail.deliver");
      return (await summary.count()) > 0 ? null : "mail delivery has not reported a run yet";
    }, 40_000);
    await expectAttribute(page.getByTestId("backup-card"), "data-state", "none", "backup state");
  },
};

export const jobSteps: Step<World>[] = [reminderSettingsKept, jobsPageShowsSchedule];
