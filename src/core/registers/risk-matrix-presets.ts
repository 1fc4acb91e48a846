/**
 * Ready-made risk matrices (see risk-matrix.ts). They are frozen: copy one with
 * structuredClone before adapting it.
 */

import type { RiskMatrix } from "./risk-matrix.ts";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const LOW = { key: "low", label: { ja: "低", en: "Low" }, color: "#2F9E44", rank: 1 };
const MEDIUM = { key: "medium", label: { ja: "中", en: "Medium" }, color: "#F59F00", rank: 2 };
const HIGH = { key: "high", label: { ja: "高", en: "High" }, color: "#E03131", rank: 3 };
const CRITICAL = {
  key: "critical",
  label: { ja: "重大", en: "Critical" },
  color: "#862E9C",
  rank: 4,
};

const l = "low";
const m = "medium";
const h = "high";
const c = "critical";

/** 3 × 3: both axes 低/中/高; only low risks may be accepted without treatment. */
export const RISK_MATRIX_3X3: RiskMatrix = deepFreeze({
  likelihood: {
    levels: [
      { value: 1, label: { ja: "低", en: "Low" } },
      { value: 2, label: { ja: "中", en: "Medium" } },
      { value: 3, label: { ja: "高", en: "High" } },
    ],
  },
  impact: {
    levels: [
      { value: 1, label: { ja: "低", en: "Low" } },
      { value: 2, label: { ja: "中", en: "Medium" } },
      { value: 3, label: { ja: "高", en: "High" } },
    ],
  },
  riskLevels: [LOW, MEDIUM, HIGH],
  // Rows: likelihood 1..3; columns: impact 1..3.
  grid: [
    [l, l, m],
    [l, m, h],
    [m, h, h],
  ],
  acceptanceMaxRank: 1,
});

const FIVE_LEVELS = [
  { value: 1, label: { ja: "極小", en: "Very low" } },
  { value: 2, label: { ja: "小", en: "Low" } },
  { value: 3, label: { ja: "中", en: "Medium" } },
  { value: 4, label: { ja: "大", en: "High" } },
  { value: 5, label: { ja: "極大", en: "Very high" } },
];

/**
 * 5 × 5: both axes 極小/小/中/大/極大; levels 低/中/高/重大, following the product of the two
 * values (≤4 low, 5–9 medium, 10–16 high, ≥20 critical). Only low risks may be accepted.
 */
export const RISK_MATRIX_5X5: RiskMatrix = deepFreeze({
  likelihood: { levels: FIVE_LEVELS.map((x) => ({ ...x, label: { ...x.label } })) },
  impact: { levels: FIVE_LEVELS.map((x) => ({ ...x, label: { ...x.label } })) },
  riskLevels: [LOW, MEDIUM, HIGH, CRITICAL],
  // Rows: likelihood 1..5; columns: impact 1..5.
  grid: [
    [l, l, l, l, m],
    [l, l, m, m, h],
    [l, m, m, h, h],
    [l, m, h, h, c],
    [m, h, h, c, c],
  ],
  acceptanceMaxRank: 1,
});

export const RISK_MATRIX_PRESETS = { "3x3": RISK_MATRIX_3X3, "5x5": RISK_MATRIX_5X5 } as const;
export type RiskMatrixPresetKey = keyof typeof RISK_MATRIX_PRESETS;
