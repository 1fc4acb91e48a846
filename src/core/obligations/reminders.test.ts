import { describe, expect, it } from "vitest";
import { DEFAULT_REMINDER_SETTINGS, neverDoneStage, reminderStage } from "./reminders.ts";

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

describe("neverDoneStage", () => {
  it("reminds once a week from the day the PMS started", () => {
    expect(neverDoneStage(0, s)).toBe("never-1");
    expect(neverDoneStage(6, s)).toBe("never-1");
    expect(neverDoneStage(7, s)).toBe("never-2");
    expect(neverDoneStage(13, s)).toBe("never-2");
    expect(neverDoneStage(14, s)).toBe("never-3");
    expect(neverDoneStage(364, s)).toBe("never-53");
  });

  it("reminds once only without the weekly reminders, never when disabled or before the start", () => {
    expect(neverDoneStage(0, { ...s, weeklyWhenOverdue: false })).toBe("never");
    expect(neverDoneStage(30, { ...s, weeklyWhenOverdue: false })).toBe("never");
    expect(neverDoneStage(3, { ...s, enabled: false })).toBeNull();
    expect(neverDoneStage(-1, s)).toBeNull();
  });

  it("does not depend on the early or due-day reminders", () => {
    expect(neverDoneStage(8, { ...s, daysBefore: 0, onDueDay: false })).toBe("never-2");
  });
});
