import type { RiskMatrix } from "@src/core/registers/risk-matrix.ts";
import { describe, expect, it } from "vitest";
import {
  addLevel,
  axesChanged,
  describePath,
  levelInUse,
  missingLabels,
  normalize,
  removeLevel,
} from "./matrix-draft.ts";

const label = (ja: string, en: string) => ({ ja, en });
const matrix: RiskMatrix = {
  likelihood: {
    label: label("発生可能性", "Likelihood"),
    levels: [
      { value: 1, label: label("低", "Low") },
      { value: 2, label: label("高", "High") },
    ],
  },
  impact: {
    label: label("影響度", "Impact"),
    levels: [
      { value: 1, label: label("小", "Minor") },
      { value: 2, label: label("大", "Major") },
    ],
  },
  // Ranks out of order on purpose: normalize() puts them 1..n.
  riskLevels: [
    { key: "high", label: label("高", "High"), color: "#f00", rank: 9 },
    { key: "low", label: label("低", "Low"), color: "#0f0", rank: 3 },
  ],
  grid: [
    ["low", "high"],
    ["high", "high"],
  ],
  acceptanceMaxRank: 3,
} as unknown as RiskMatrix;

describe("matrix draft", () => {
  it("normalize ranks the levels 1..n by seriousness and keeps the acceptance line on them", () => {
    const d = normalize(matrix);
    expect(d.riskLevels.map((l) => [l.key, l.rank])).toEqual([
      ["low", 1],
      ["high", 2],
    ]);
    expect(d.acceptanceMaxRank).toBe(1);
    // A copy: the saved matrix is untouched.
    expect(matrix.riskLevels[0]?.rank).toBe(9);
  });

  it("addLevel appends an unnamed level with a fresh key; removeLevel takes the line down", () => {
    const d = addLevel(normalize(matrix));
    expect(d.riskLevels.map((l) => [l.key, l.rank])).toEqual([
      ["low", 1],
      ["high", 2],
      ["level_3", 3],
    ]);
    const withoutLow = removeLevel(d, "low");
    expect(withoutLow.riskLevels.map((l) => [l.key, l.rank])).toEqual([
      ["high", 1],
      ["level_3", 2],
    ]);
    expect(withoutLow.acceptanceMaxRank).toBe(0);
    expect(levelInUse(d, "high")).toBe(true);
    expect(levelInUse(d, "level_3")).toBe(false);
  });

  it("axesChanged notices other axis values, not other labels", () => {
    const relabelled = normalize(matrix);
    relabelled.likelihood.levels[0] = { value: 1, label: label("まれ", "Rare") };
    expect(axesChanged(matrix, relabelled)).toBe(false);
    const extended = normalize(matrix);
    extended.impact.levels.push({ value: 3, label: label("甚大", "Severe") });
    expect(axesChanged(matrix, extended)).toBe(true);
  });

  it("describePath names a server error path in the matrix's own words", () => {
    const d = normalize(matrix);
    expect(describePath("grid.1.0", d)).toContain("高");
    expect(describePath("grid.1.0", d)).toContain("小");
    expect(describePath("riskLevels.1.label.ja", d)).toMatch(/ 2$/);
    expect(describePath("somewhere.else", d)).toBe("somewhere.else");
  });

  it("missingLabels asks for every label in both languages", () => {
    const d = normalize(matrix);
    expect(missingLabels(d)).toEqual({});
    const blank = addLevel(d);
    blank.likelihood.levels[1] = { value: 2, label: label(" ", "High") };
    expect(missingLabels(blank)).toEqual({
      "likelihood.levels.1.label.ja": "必須項目です。",
      "riskLevels.2.label.ja": "必須項目です。",
      "riskLevels.2.label.en": "必須項目です。",
    });
  });
});
