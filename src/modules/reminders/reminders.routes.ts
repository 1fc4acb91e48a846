// The organization's reminder settings (PDCA calendar page).
import type { ApiApp, AppDeps } from "../../server/app.ts";
import { orgParams } from "../shared/route-helpers.ts";
import { reminderSettingsInput, reminderSettingsOut } from "./reminders.contract.ts";
import { getReminderSettings, saveReminderSettings } from "./reminders.service.ts";

export function registerReminderRoutes(app: ApiApp, { database, guards }: AppDeps) {
  const { db } = database;
  const tags = ["reminders"];
  const path = "/orgs/:orgId/reminder-settings";

  app.get(
    path,
    { schema: { tags, params: orgParams, response: { 200: reminderSettingsOut } } },
    async (req) => getReminderSettings(db, await guards.orgContext(req, "readiness.read")),
  );

  app.put(
    path,
    {
      schema: {
        tags,
        params: orgParams,
        body: reminderSettingsInput,
        response: { 200: reminderSettingsOut },
      },
    },
    async (req) =>
      saveReminderSettings(db, await guards.orgContext(req, "obligations.write"), req.body),
  );
}
