import { describe, expect, it } from "vitest";
import { matchHeaders } from "../text/header-match.ts";
import {
  axisChoices,
  guessRiskKind,
  parseAxisValue,
  parsePhase,
  parseRiskKind,
  RISK_FIELDS,
  riskHeaderFields,
} from "./risk-fields.ts";
import { RISK_MATRIX_3X3, RISK_MATRIX_5X5 } from "./risk-matrix-presets.ts";

describe("riskHeaderFields", () => {
  it("maps the headers companies use, and keeps the level columns apart", () => {
    const headers = [
      "No",
      "台帳名称",
      "部署",
      "ライフサイクル",
      "リスク分類",
      "リスク内容",
      "可能性",
      "影響度",
      "リスクレベル",
      "リスク対策",
      "残存 発生可能性",
      "残存影響度",
      "残存リスク",
      "承認者",
      "承認日",
      "次回見直し日",
    ];
    const m = matchHeaders(headers, riskHeaderFields());
    expect(m.mapping).toEqual({
      itemName: 1,
      department: 2,
      phase: 3,
      kind: 4,
      description: 5,
      likelihood: 6,
      impact: 7,
      inherentLevel: 8,
      countermeasure: 9,
      residualLikelihood: 10,
      residualImpact: 11,
      residualLevel: 12,
      acceptedBy: 13,
      acceptedOn: 14,
      reviewOn: 15,
    });
    expect(m.unmatched).toEqual([0]);
  });

  it("matches its own export headers exactly", () => {
    const m = matchHeaders(
      RISK_FIELDS.map((f) => f.label.ja),
      riskHeaderFields(),
    );
    expect(Object.values(m.confidence).every((c) => c === "exact")).toBe(true);
    expect(Object.keys(m.mapping)).toHaveLength(RISK_FIELDS.length);
  });

  it("requires the item, the phase, the risk and both ratings", () => {
    expect(
      riskHeaderFields()
        .filter((f) => f.required)
        .map((f) => f.key),
    ).toEqual(["itemName", "phase", "description", "likelihood", "impact"]);
  });
});

describe("parsePhase", () => {
  it.each([
    ["取得・入力", "acquisition_input"],
    ["取得/入力", "acquisition_input"],
    ["入力", "acquisition_input"],
    ["Transfer and sending", "transfer"],
    ["送信", "transfer"],
    ["利用・加工", "use_processing"],
    ["保管・バックアップ", "storage_backup"],
    ["保存", "storage_backup"],
    ["廃棄", "disposal"],
    ["消去・廃棄", "disposal"],
    ["委託", "outsourcing"],
    ["outsourcing", "outsourcing"],
    ["　ＵＳＥ　", "use_processing"],
  ])("%s → %s", (cell, phase) => {
    expect(parsePhase(cell)).toBe(phase);
  });

  it.each(["", "保守", "取得と廃棄"])("%s → null", (cell) => {
    expect(parsePhase(cell)).toBeNull();
  });
});

describe("parseRiskKind and guessRiskKind", () => {
  it.each([
    ["漏えい", "leak"],
    ["漏洩", "leak"],
    ["Leak", "leak"],
    ["紛失", "loss"],
    ["き損", "damage"],
    ["改ざん", "damage"],
    ["目的外利用", "misuse"],
    ["不適正取得", "improper_acquisition"],
    ["違法な提供", "unlawful_provision"],
    ["本人への影響", "impact_on_person"],
    ["その他", "other"],
  ])("%s → %s", (cell, kind) => {
    expect(parseRiskKind(cell)).toBe(kind);
  });

  it("refuses words that are no kind", () => {
    expect(parseRiskKind("火災")).toBeNull();
    expect(parseRiskKind("")).toBeNull();
  });

  it("guesses the kind a risk text names first", () => {
    expect(guessRiskKind("漏えい：郵送中の誤配")).toBe("leak");
    expect(guessRiskKind("書類の紛失による情報漏洩")).toBe("loss");
    expect(guessRiskKind("データの改ざん")).toBe("damage");
    expect(guessRiskKind("停電")).toBeNull();
  });
});

describe("parseAxisValue", () => {
  const l3 = RISK_MATRIX_3X3.likelihood;
  const l5 = RISK_MATRIX_5X5.likelihood;
  it.each([
    ["3", 3],
    ["３", 3],
    ["2（中）", 2],
    ["1:低", 1],
    ["2.0", 2],
    ["高", 3],
    ["Medium", 2],
    [" low ", 1],
  ])("3×3: %s → %s", (cell, value) => {
    expect(parseAxisValue(l3, cell)).toBe(value);
  });

  it.each(["4", "0", "", "中くらい", "2.5", "-1"])("3×3: %s → null", (cell) => {
    expect(parseAxisValue(l3, cell)).toBeNull();
  });

  it("reads the labels of the axis it is given", () => {
    expect(parseAxisValue(l5, "中")).toBe(3);
    expect(parseAxisValue(l5, "極大")).toBe(5);
    expect(parseAxisValue(l5, "5")).toBe(5);
    expect(parseAxisValue(l3, "極大")).toBeNull();
  });

  it("lists the choices of an axis in either language", () => {
    expect(axisChoices(l3, "ja")).toBe("1（低）, 2（中）, 3（高）");
    expect(axisChoices(l3, "en")).toBe("1 (Low), 2 (Medium), 3 (High)");
  });
});
