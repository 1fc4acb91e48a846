import { describe, expect, it } from "vitest";
import { DEFAULT_REMINDER_SETTINGS, reminderStage } from "./reminders.ts";

const s = DEFAULT_REMINDER_SETTINGS; // 14 days before, due day, weekly when overdue

describe("reminderStage", () => {
  it("sends the early reminder inside the window only", () => {
    expect(reminderStage(15, s)).toBeNull();
    expect(reminderStage(14, s)).toBe("before");
    expect(reminderStage(1, s)).toBe("before");
    expect(reminderStage(3, { ...s, daysBefore: 0 })).toBeNull();
    expect(reminderStage(1, { ...s, daysBefore: 0 })).toBeNull();
  });

  it("sends the due-day reminder on the day itself", () => {
    expect(reminderStage(0, s)).toBe("due");
    expect(reminderStage(0, { ...s, onDueDay: false })).toBeNull();
  });

  it("counts overdue weeks from the day after the due day", () => {
    expect(reminderStage(-1, s)).toBe("overdue-1");
    expect(reminderStage(-7, s)).toBe("overdue-1");
    expect(reminderStage(-8, s)).toBe("overdue-2");
    expect(reminderStage(-14, s)).toBe("overdue-2");
    expect(reminderStage(-15, s)).toBe("overdue-3");
    expect(reminderStage(-365, s)).toBe("overdue-53");
    expect(reminderStage(-1, { ...s, weeklyWhenOverdue: false })).toBeNull();
  });

  it("sends nothing when disabled or never done", () => {
    expect(reminderStage(0, { ...s, enabled: false })).toBeNull();
    expect(reminderStage(-3, { ...s, enabled: false })).toBeNull();
    expect(reminderStage(null, s)).toBeNull();
  });
});
