// Which reminder a PDCA duty calls for on a given day, under the organization's settings.
// Each stage is sent once per due day (the caller records it), so the job may look as often as
// it likes and a day the server was down is caught up on the next run. A duty never done has
// no due day; it needs doing now, as the PDCA page shows it, and has stages of its own.

export type ReminderSettings = {
  enabled: boolean;
  /** Remind when the due day is this many days away or closer (0: no early reminder). */
  daysBefore: number;
  onDueDay: boolean;
  weeklyWhenOverdue: boolean;
};

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: true,
  daysBefore: 14,
  onDueDay: true,
  weeklyWhenOverdue: true,
};

/**
 * before: 1..daysBefore days ahead; due: the due day itself; overdue-N: the N-th week after
 * the due day (days 1–7 late are week 1, 8–14 week 2 …), so an overdue duty is reminded once a
 * week. null: nothing to send (no due day yet, disabled, or outside every window).
 */
export function reminderStage(daysUntilDue: number | null, s: ReminderSettings): string | null {
  if (!s.enabled || daysUntilDue === null) return null;
  if (daysUntilDue > 0) return daysUntilDue <= s.daysBefore ? "before" : null;
  if (daysUntilDue === 0) return s.onDueDay ? "due" : null;
  if (!s.weeklyWhenOverdue) return null;
  return `overdue-${Math.floor((-daysUntilDue - 1) / 7) + 1}`;
}

/**
 * A duty never done (not even once since the PMS started): due now, like an overdue one, so it
 * is reminded the same way, counted from the day the organization started its PMS in mamori
 * (`daysSinceStart` 0 = that day). never-N: the N-th week since then (days 0–6 are week 1,
 * 7–13 week 2 …), once a week while weeklyWhenOverdue is on; with it off, "never" once only.
 * null: disabled, or a day before the start.
 */
export function neverDoneStage(daysSinceStart: number, s: ReminderSettings): string | null {
  if (!s.enabled || daysSinceStart < 0) return null;
  if (!s.weeklyWhenOverdue) return "never";
  return `never-${Math.floor(daysSinceStart / 7) + 1}`;
}
