// The send dialog's mapping and the signature check the phone runs before sending.
import { describe, expect, it } from "vitest";
import { nameMatches, parseVersionKey, toSendInput, versionKey } from "./ack-labels.ts";

describe("toSendInput", () => {
  const base = {
    documentVersion: "d1/v1",
    kind: "read" as const,
    scope: "all" as const,
    departmentIds: ["x"],
    personIds: [],
    dueOn: null,
  };

  it("sends to everyone, ignoring departments picked before switching", () => {
    expect(toSendInput(base)).toEqual({ kind: "read", audience: { all: true }, dueOn: null });
  });

  it("sends to departments and people by name, with a due day", () => {
    expect(
      toSendInput({
        ...base,
        kind: "pledge",
        scope: "departments",
        departmentIds: ["d1", "d2"],
        personIds: ["p9"],
        dueOn: "2027-04-30",
      }),
    ).toEqual({
      kind: "pledge",
      audience: { departmentIds: ["d1", "d2"] },
      personIds: ["p9"],
      dueOn: "2027-04-30",
    });
  });
});

describe("version keys", () => {
  it("round-trips the document and version ids", () => {
    expect(parseVersionKey(versionKey("doc-1", "ver-2"))).toEqual({
      documentId: "doc-1",
      versionId: "ver-2",
    });
    expect(parseVersionKey(null)).toEqual({ documentId: "", versionId: "" });
  });
});

describe("nameMatches", () => {
  it("takes the name with or without spaces of either width", () => {
    expect(nameMatches("山田　太郎", "山田 太郎")).toBe(true);
    expect(nameMatches("山田太郎", "山田 太郎")).toBe(true);
    expect(nameMatches("山田", "山田 太郎")).toBe(false);
  });
});
