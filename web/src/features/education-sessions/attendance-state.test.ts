import { describe, expect, it } from "vitest";
import {
  attendeeDepartments,
  changedEntries,
  markAll,
  markCounts,
  visibleAttendees,
} from "./attendance-state.ts";
import { createBody, emptySession } from "./session-form.ts";

const rows = [
  {
    personId: "1",
    name: "青木 一郎",
    kana: "あおき いちろう",
    departmentName: "営業部",
    status: "invited" as const,
  },
  {
    personId: "2",
    name: "井上 二郎",
    kana: null,
    departmentName: "営業部",
    status: "present" as const,
  },
  {
    personId: "3",
    name: "上田 花子",
    kana: "うえだ はなこ",
    departmentName: null,
    status: "absent" as const,
  },
];

describe("attendance state", () => {
  it("searches name and reading without spaces, and filters by department", () => {
    expect(visibleAttendees(rows, "あおきいち", null).map((r) => r.personId)).toEqual(["1"]);
    expect(visibleAttendees(rows, "井上 二", null).map((r) => r.personId)).toEqual(["2"]);
    expect(visibleAttendees(rows, "", "営業部").map((r) => r.personId)).toEqual(["1", "2"]);
    expect(visibleAttendees(rows, "", "").map((r) => r.personId)).toEqual(["3"]);
    expect(attendeeDepartments(rows)).toEqual(["営業部", ""]);
  });

  it("sends only the marks that differ from what is stored", () => {
    const marks = markAll({}, rows, "present");
    expect(changedEntries(rows, marks)).toEqual([
      { personId: "1", status: "present" },
      { personId: "3", status: "present" },
    ]);
    expect(markCounts(rows, marks)).toEqual({ present: 3, absent: 0, invited: 0 });
    expect(changedEntries(rows, {})).toEqual([]);
    // Setting someone back to "not yet" sends nothing for them.
    expect(changedEntries(rows, { "3": "invited" })).toEqual([]);
  });
});

describe("session form", () => {
  it("keeps the place of a classroom and the address of a remote session only", () => {
    const v = { ...emptySession("c1", "2026-05-12"), place: "会議室", meetingUrl: "https://x.jp" };
    expect(createBody(v)).toMatchObject({ kind: "classroom", place: "会議室", meetingUrl: "" });
    expect(createBody({ ...v, kind: "remote" })).toMatchObject({
      place: "",
      meetingUrl: "https://x.jp",
    });
    expect(createBody(v).invite).toBe("not_completed");
  });
});
