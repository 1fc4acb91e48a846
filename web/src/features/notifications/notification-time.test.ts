import { describe, expect, it } from "vitest";
import { absoluteTime, relativeTime } from "./notification-time.ts";

describe("absoluteTime", () => {
  it("shows the moment in Japan time as YYYY年M月D日 H:mm", () => {
    expect(absoluteTime("2026-12-06T00:05:00.000Z", "ja")).toBe("2026年12月6日 9:05");
    expect(absoluteTime("2026-12-06T15:30:00.000Z", "ja")).toBe("2026年12月7日 0:30");
    expect(absoluteTime("2026-01-31T14:59:00.000Z", "en")).toBe("2026-01-31 23:59");
  });

  it("leaves text that is no moment as it is", () => {
    expect(absoluteTime("someday", "ja")).toBe("someday");
  });
});

describe("relativeTime", () => {
  const now = new Date("2026-12-06T12:00:00.000Z");
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it("counts minutes, hours and days up to a week", () => {
    expect(relativeTime(ago(10_000), now, "ja")).toBe("たった今");
    expect(relativeTime(ago(5 * 60_000), now, "ja")).toBe("5分前");
    expect(relativeTime(ago(60_000), now, "en")).toBe("1 minute ago");
    expect(relativeTime(ago(3 * 3600_000), now, "ja")).toBe("3時間前");
    expect(relativeTime(ago(3 * 3600_000), now, "en")).toBe("3 hours ago");
    expect(relativeTime(ago(2 * 86_400_000), now, "ja")).toBe("2日前");
    expect(relativeTime(ago(6 * 86_400_000 + 1), now, "en")).toBe("6 days ago");
  });

  it("says nothing after a week, nor for a clock ahead or bad text", () => {
    expect(relativeTime(ago(7 * 86_400_000), now, "ja")).toBeNull();
    expect(relativeTime(new Date(now.getTime() + 5000).toISOString(), now, "ja")).toBe("たった今");
    expect(relativeTime("x", now, "ja")).toBeNull();
  });
});
