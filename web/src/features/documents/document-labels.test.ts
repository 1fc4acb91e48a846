import { describe, expect, it } from "vitest";
import { approverOptions, formatTime } from "./document-labels.ts";

describe("document labels", () => {
  it("writes the time of day in Japan", () => {
    expect(formatTime("2026-04-01T05:07:00.000Z")).toBe("14:07");
    expect(formatTime("2026-04-01T15:30:00.000Z")).toBe("00:30");
    expect(formatTime("not a time")).toBe("");
  });

  it("puts the suggested approver first, the others by name", () => {
    const members = [
      { userId: "u3", name: "うえだ" },
      { userId: "u1", name: "あべ" },
      { userId: "u2", name: "いとう" },
    ];
    expect(approverOptions(members, { userId: "u3" }).map((o) => o.value)).toEqual([
      "u3",
      "u1",
      "u2",
    ]);
    expect(approverOptions(members, null).map((o) => o.label)).toEqual([
      "あべ",
      "いとう",
      "うえだ",
    ]);
  });
});
