import { describe, expect, it } from "vitest";
import { matchHeaders } from "../text/header-match.ts";
import { normalizeHeader } from "../text/normalize.ts";
import {
  getInventoryField,
  INVENTORY_FIELDS,
  type InventoryFieldKey,
  inventoryHeaderFields,
  LIFECYCLE_PHASES,
  parseInventoryEnum,
  REQUIRED_INVENTORY_FIELDS,
} from "./inventory-fields.ts";

describe("INVENTORY_FIELDS", () => {
  it("has 30 fields with unique keys and non-empty texts", () => {
    expect(INVENTORY_FIELDS).toHaveLength(30);
    expect(new Set(INVENTORY_FIELDS.map((f) => f.key)).size).toBe(30);
    for (const f of INVENTORY_FIELDS) {
      expect(f.label.ja.trim(), f.key).not.toBe("");
      expect(f.label.en.trim(), f.key).not.toBe("");
      expect(f.help.ja.trim(), f.key).not.toBe("");
      expect(f.help.en.trim(), f.key).not.toBe("");
    }
  });

  it("marks exactly the seven fields docs/domain.md#the-register requires", () => {
    expect([...REQUIRED_INVENTORY_FIELDS].sort()).toEqual(
      [
        "dataItems",
        "purpose",
        "storageLocation",
        "storageMethod",
        "accessHolders",
        "usePeriod",
        "retentionPeriod",
      ].sort(),
    );
  });

  it("marks the fields docs/domain.md#the-register recommends", () => {
    const recommended = INVENTORY_FIELDS.filter((f) => f.requirement === "recommended").map(
      (f) => f.key,
    );
    expect(recommended.sort()).toEqual(
      [
        "sensitive",
        "acquisition",
        "noticeMethod",
        "consentRequired",
        "thirdPartyProvision",
        "jointUse",
        "outsourced",
        "retainedPersonalData",
      ].sort(),
    );
  });

  it("gives enum fields values with labels, and only enum fields", () => {
    for (const f of INVENTORY_FIELDS) {
      if (f.type === "enum") {
        expect(f.values?.length, f.key).toBeGreaterThanOrEqual(2);
        const values = f.values?.map((v) => v.value) ?? [];
        expect(new Set(values).size, f.key).toBe(values.length);
      } else {
        expect(f.values, f.key).toBeUndefined();
      }
    }
    const valuesOf = (k: InventoryFieldKey) => getInventoryField(k).values?.map((v) => v.value);
    expect(valuesOf("infoType")).toEqual(["personal", "pseudonymized", "anonymized", "related"]);
    expect(valuesOf("medium")).toEqual(["paper", "electronic", "both"]);
    expect(valuesOf("acquisition")).toEqual([
      "direct_written",
      "direct_other",
      "third_party",
      "public",
    ]);
    expect(valuesOf("status")).toEqual(["active", "retired"]);
  });

  it("points details at yes/no fields", () => {
    const details = INVENTORY_FIELDS.filter((f) => f.detailOf !== undefined);
    expect(details.map((f) => [f.key, f.detailOf])).toEqual([
      ["consentBasis", "consentRequired"],
      ["outsourcee", "outsourced"],
      ["recipients", "thirdPartyProvision"],
      ["foreignCountry", "foreignRecipient"],
    ]);
    for (const f of details) {
      expect(getInventoryField(f.detailOf as InventoryFieldKey).type).toBe("boolean");
    }
    expect(getInventoryField("sensitive").derivedFrom).toBe("dataItems");
  });

  it("never gives two fields the same header spelling", () => {
    const seen = new Map<string, string>();
    for (const f of inventoryHeaderFields()) {
      for (const a of [f.key, ...f.aliases]) {
        const n = normalizeHeader(a);
        const owner = seen.get(n);
        if (owner !== undefined && owner !== f.key) {
          throw new Error(`${a} used by ${owner} and ${f.key}`);
        }
        seen.set(n, f.key);
      }
    }
  });

  it("getInventoryField throws on an unknown key", () => {
    expect(getInventoryField("retentionPeriod").label.ja).toBe("保管期限");
    expect(() => getInventoryField("nope" as InventoryFieldKey)).toThrow(RangeError);
  });
});

describe("inventoryHeaderFields with matchHeaders", () => {
  it("reads a typical company header row", () => {
    const row = [
      "No.",
      "業務名",
      "管理部署",
      "対象者",
      "個人情報の項目",
      "件数（概算）",
      "媒体",
      "取得方法",
      "利用目的",
      "保管場所",
      "保管方法",
      "アクセス権者",
      "利用期限",
      "保存期間",
      "廃棄方法",
      "委託先",
      "要配慮",
      "開示対象",
      "最終見直し日",
      "備考",
    ];
    const r = matchHeaders(row, inventoryHeaderFields());
    expect(r.mapping).toEqual({
      name: 1,
      departmentId: 2,
      subjectCategories: 3,
      dataItems: 4,
      count: 5,
      medium: 6,
      acquisition: 7,
      purpose: 8,
      storageLocation: 9,
      storageMethod: 10,
      accessHolders: 11,
      usePeriod: 12,
      retentionPeriod: 13,
      disposalMethod: 14,
      outsourcee: 15,
      sensitive: 16,
      retainedPersonalData: 17,
      lastReviewedOn: 18,
    });
    expect(r.unmatched).toEqual([0, 19]);
    expect(r.missingRequired).toEqual([]);
  });

  it("reads our own English export", () => {
    const row = INVENTORY_FIELDS.map((f) => f.label.en);
    const r = matchHeaders(row, inventoryHeaderFields());
    expect(Object.keys(r.mapping)).toHaveLength(30);
    INVENTORY_FIELDS.forEach((f, i) => {
      expect(r.mapping[f.key], f.key).toBe(i);
    });
    // Labels such as "Data items" equal their key once spaces and case are ignored: exact.
    expect(r.confidence.dataItems).toBe("exact");
    expect(r.confidence.purpose).toBe("alias"); // "Purpose of use"
    expect(Object.values(r.confidence).every((c) => c === "exact" || c === "alias")).toBe(true);
  });

  it("reads our own Japanese export exactly", () => {
    const row = INVENTORY_FIELDS.map((f) => f.label.ja);
    const r = matchHeaders(row, inventoryHeaderFields());
    INVENTORY_FIELDS.forEach((f, i) => {
      expect(r.mapping[f.key], f.key).toBe(i);
    });
    expect(new Set(Object.values(r.confidence))).toEqual(new Set(["exact"]));
  });

  it("requires the seven fields and the row's name", () => {
    const r = matchHeaders([], inventoryHeaderFields());
    expect(r.missingRequired).toEqual([
      "name",
      "dataItems",
      "purpose",
      "storageLocation",
      "storageMethod",
      "accessHolders",
      "usePeriod",
      "retentionPeriod",
    ]);
  });
});

describe("parseInventoryEnum", () => {
  it("reads labels, aliases and keys, ignoring width and spaces", () => {
    expect(parseInventoryEnum("medium", "紙")).toEqual({ values: ["paper"], unknown: [] });
    expect(parseInventoryEnum("medium", "電子データ")).toEqual({
      values: ["electronic"],
      unknown: [],
    });
    expect(parseInventoryEnum("medium", "紙／電子")).toEqual({ values: ["both"], unknown: [] });
    expect(parseInventoryEnum("medium", " Paper ")).toEqual({ values: ["paper"], unknown: [] });
    expect(parseInventoryEnum("infoType", "仮名加工情報")).toEqual({
      values: ["pseudonymized"],
      unknown: [],
    });
    expect(parseInventoryEnum("status", "利用終了")).toEqual({ values: ["retired"], unknown: [] });
  });

  it("splits multiple-choice cells and drops duplicates", () => {
    expect(parseInventoryEnum("acquisition", "直接書面、第三者から\n直接書面")).toEqual({
      values: ["direct_written", "third_party"],
      unknown: [],
    });
  });

  it("does not split single-choice cells", () => {
    expect(parseInventoryEnum("medium", "紙、電子")).toEqual({ values: [], unknown: ["紙、電子"] });
  });

  it("reports unknown parts and ignores empty ones", () => {
    expect(parseInventoryEnum("acquisition", "口頭, 名簿業者 ,")).toEqual({
      values: ["direct_other"],
      unknown: ["名簿業者"],
    });
    expect(parseInventoryEnum("medium", "")).toEqual({ values: [], unknown: [] });
  });

  it("throws for a field that is not an enum", () => {
    expect(() => parseInventoryEnum("purpose", "x")).toThrow(RangeError);
  });
});

describe("LIFECYCLE_PHASES", () => {
  it("lists the five phases of docs/domain.md#lifecycle-and-risks and 委託 in order", () => {
    expect(LIFECYCLE_PHASES.map((p) => [p.key, p.label.ja, p.order, p.core])).toEqual([
      ["acquisition_input", "取得・入力", 1, true],
      ["transfer", "移送・送信", 2, true],
      ["use_processing", "利用・加工", 3, true],
      ["storage_backup", "保管・バックアップ", 4, true],
      ["disposal", "消去・廃棄", 5, true],
      ["outsourcing", "委託", 6, false],
    ]);
    for (const p of LIFECYCLE_PHASES) expect(p.label.en).not.toBe("");
  });
});
