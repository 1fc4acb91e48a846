// The organization's reminder settings: read (defaults until saved) and saved with an audit
// event like any other setting of the PMS.
import { eq } from "drizzle-orm";
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "../../core/obligations/index.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import type { ReminderSettingsInput, ReminderSettingsOut } from "./reminders.contract.ts";
import { reminderSetting } from "./reminders.tables.ts";

const ENTITY = "reminder_setting";

export async function readReminderSettings(
  db: Db | Tx,
  orgId: string,
  forUpdate = false,
): Promise<ReminderSettings & { updatedAt: Date | null }> {
  const query = db.select().from(reminderSetting).where(eq(reminderSetting.orgId, orgId));
  const [row] = await (forUpdate ? query.for("update") : query);
  if (!row) return { ...DEFAULT_REMINDER_SETTINGS, updatedAt: null };
  return {
    enabled: row.enabled,
    daysBefore: row.daysBefore,
    onDueDay: row.onDueDay,
    weeklyWhenOverdue: row.weeklyWhenOverdue,
    updatedAt: row.updatedAt,
  };
}

const present = (s: ReminderSettings & { updatedAt: Date | null }): ReminderSettingsOut => ({
  enabled: s.enabled,
  daysBefore: s.daysBefore,
  onDueDay: s.onDueDay,
  weeklyWhenOverdue: s.weeklyWhenOverdue,
  updatedAt: s.updatedAt ? s.updatedAt.toISOString() : null,
});

export async function getReminderSettings(db: Db, ctx: OrgContext) {
  return present(await readReminderSettings(db, ctx.orgId));
}

export async function saveReminderSettings(
  db: Db,
  ctx: OrgContext,
  input: ReminderSettingsInput,
): Promise<ReminderSettingsOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const { updatedAt: _u, ...before } = await readReminderSettings(tx, ctx.orgId, true);
    const [row] = await tx
      .insert(reminderSetting)
      .values({ orgId: ctx.orgId, ...input })
      .onConflictDoUpdate({
        target: reminderSetting.orgId,
        set: { ...input, updatedAt: new Date() },
      })
      .returning();
    if (!row) throw new Error("upsert returned nothing");
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: ctx.orgId,
      action: "update",
      changes: diffFields(before, input),
    });
    return present({ ...input, updatedAt: row.updatedAt });
  });
}
