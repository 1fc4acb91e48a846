import { describe, expect, it } from "vitest";
import { type HeaderField, matchHeaders } from "./header-match.ts";

type Key = "name" | "items" | "purpose" | "notice" | "retention" | "use" | "vendor" | "outsourced";

const FIELDS: HeaderField<Key>[] = [
  { key: "name", aliases: ["個人情報の名称", "名称", "業務名"], required: true },
  { key: "items", aliases: ["個人情報の項目", "項目", "取得項目"], required: true },
  { key: "purpose", aliases: ["利用目的", "目的"], required: true },
  { key: "notice", aliases: ["通知・公表の方法", "通知方法", "利用目的の通知方法"] },
  { key: "retention", aliases: ["保管期限", "保管期間", "保存期間", "保存期限"], required: true },
  { key: "use", aliases: ["利用期限", "利用期間"], required: true },
  { key: "vendor", aliases: ["委託先", "委託先名"] },
  { key: "outsourced", aliases: ["委託の有無", "委託"] },
];

describe("matchHeaders", () => {
  it("matches labels exactly and other spellings as aliases", () => {
    const r = matchHeaders(["個人情報の名称", "項目", "利用目的", "保存期間", "利用期限"], FIELDS);
    expect(r.mapping).toEqual({ name: 0, items: 1, purpose: 2, retention: 3, use: 4 });
    expect(r.confidence).toEqual({
      name: "exact",
      items: "alias",
      purpose: "exact",
      retention: "alias",
      use: "exact",
    });
    expect(r.unmatched).toEqual([]);
    expect(r.missingRequired).toEqual([]);
  });

  it("treats the field key as an exact header (English export)", () => {
    const r = matchHeaders(["Retention", "NAME"], FIELDS);
    expect(r.mapping).toEqual({ retention: 0, name: 1 });
    expect(r.confidence).toEqual({ retention: "exact", name: "exact" });
  });

  it("normalises width, spaces, markers and colons before comparing", () => {
    const r = matchHeaders(["※名称", "　項　目　", "利用目的：", "保管期限\n"], FIELDS);
    expect(r.mapping).toEqual({ name: 0, items: 1, purpose: 2, retention: 3 });
    expect(r.confidence.items).toBe("alias");
  });

  it("falls back to a contains match, marked fuzzy", () => {
    const r = matchHeaders(["業務名", "保管期限（年）", "取得項目一覧"], FIELDS);
    expect(r.mapping).toEqual({ name: 0, retention: 1, items: 2 });
    expect(r.confidence).toEqual({ name: "alias", retention: "fuzzy", items: "fuzzy" });
  });

  it("prefers the alias covering more of the header in a contains match", () => {
    // 委託先名称 contains 委託先名 (vendor, 4 of 5 characters) and 委託 (outsourced, 2 of 5).
    const r = matchHeaders(["委託先名称"], FIELDS);
    expect(r.mapping).toEqual({ vendor: 0 });
    expect(r.unmatched).toEqual([]);
  });

  it("lets a longer alias decide between two fields a header contains", () => {
    // 利用目的の通知方法 is an alias of notice, so it does not fall to purpose.
    const r = matchHeaders(["利用目的の通知方法", "利用目的"], FIELDS);
    expect(r.mapping).toEqual({ notice: 0, purpose: 1 });
    expect(r.confidence).toEqual({ notice: "alias", purpose: "exact" });
  });

  it("never maps one column to two fields, nor one field to two columns", () => {
    // Both columns could be the retention period; the exact one wins, the other stays unmatched.
    const r = matchHeaders(["保管期限（年）", "保管期限"], FIELDS);
    expect(r.mapping).toEqual({ retention: 1 });
    expect(r.confidence).toEqual({ retention: "exact" });
    expect(r.unmatched).toEqual([0]);
  });

  it("takes the leftmost of duplicate headers", () => {
    const r = matchHeaders(["保存期間", "保存期間"], FIELDS);
    expect(r.mapping).toEqual({ retention: 0 });
    expect(r.unmatched).toEqual([1]);
  });

  it("an exact match elsewhere beats a fuzzy one on an earlier column", () => {
    const r = matchHeaders(["委託先名称", "委託先"], FIELDS);
    expect(r.mapping.vendor).toBe(1);
    // The remaining column still contains 委託, so it goes to outsourced as a fuzzy match.
    expect(r.mapping.outsourced).toBe(0);
    expect(r.confidence.outsourced).toBe("fuzzy");
  });

  it("reports unknown columns and missing required fields; ignores empty cells", () => {
    const r = matchHeaders(["No.", "", null, undefined, "備考", "名称", "   "], FIELDS);
    expect(r.mapping).toEqual({ name: 5 });
    expect(r.unmatched).toEqual([0, 4]);
    expect(r.missingRequired).toEqual(["items", "purpose", "retention", "use"]);
  });

  it("does not fuzzy-match very short aliases", () => {
    const fields: HeaderField<"no" | "x">[] = [
      { key: "no", aliases: ["No"] },
      { key: "x", aliases: ["X", "名"] },
    ];
    const r = matchHeaders(["notes", "氏名"], fields);
    expect(r.mapping).toEqual({});
    expect(r.unmatched).toEqual([0, 1]);
  });

  it("handles an empty header row", () => {
    const r = matchHeaders([], FIELDS);
    expect(r.mapping).toEqual({});
    expect(r.unmatched).toEqual([]);
    expect(r.missingRequired).toEqual(["name", "items", "purpose", "retention", "use"]);
  });

  it("is deterministic: the same input gives the same result", () => {
    const row = ["保管期限（年）", "名称・業務名", "目的", "利用期間", "委託先名"];
    expect(matchHeaders(row, FIELDS)).toEqual(matchHeaders([...row], FIELDS));
    expect(matchHeaders(row, FIELDS).mapping).toEqual({
      retention: 0,
      name: 1,
      purpose: 2,
      use: 3,
      vendor: 4,
    });
  });

  it("rejects duplicate field keys", () => {
    expect(() =>
      matchHeaders(
        ["a"],
        [
          { key: "a", aliases: [] },
          { key: "a", aliases: [] },
        ],
      ),
    ).toThrow(RangeError);
  });
});
