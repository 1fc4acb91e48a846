import { describe, expect, it } from "vitest";
import { mailedRecently, remindAgainAfter } from "./reminders.ts";

const now = new Date("2026-06-15T03:00:00.000Z");

describe("reminders of personal-link requests", () => {
  it("skip by hand whoever was mailed less than 24 hours ago, by any of their mails", () => {
    expect(mailedRecently([null, null], now)).toBe(false);
    // 23 h 59 min ago: still too recent.
    expect(mailedRecently([new Date("2026-06-14T03:01:00.000Z"), null], now)).toBe(true);
    // Exactly 24 hours ago: mailed again.
    expect(mailedRecently([new Date("2026-06-14T03:00:00.000Z"), null], now)).toBe(false);
    // The request went long ago, the last reminder an hour ago.
    const sent = new Date("2026-06-01T00:00:00.000Z");
    expect(mailedRecently([sent, new Date("2026-06-15T02:00:00.000Z")], now)).toBe(true);
  });

  it("let the job remind again a week after the last reminder", () => {
    expect(remindAgainAfter(now).toISOString()).toBe("2026-06-08T03:00:00.000Z");
  });
});
