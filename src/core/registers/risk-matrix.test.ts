import { describe, expect, it } from "vitest";
import {
  isAboveAcceptance,
  type MatrixIssueCode,
  type RiskMatrix,
  riskMatrixSchema,
  scoreRisk,
  validateMatrix,
} from "./risk-matrix.ts";
import { RISK_MATRIX_3X3, RISK_MATRIX_5X5, RISK_MATRIX_PRESETS } from "./risk-matrix-presets.ts";

const copy = (m: RiskMatrix): RiskMatrix => structuredClone(m);

function codes(input: unknown): MatrixIssueCode[] {
  const r = validateMatrix(input);
  return r.ok ? [] : r.issues.map((i) => i.code);
}

describe("presets", () => {
  it("are valid", () => {
    for (const m of Object.values(RISK_MATRIX_PRESETS)) {
      expect(validateMatrix(m).ok).toBe(true);
      expect(riskMatrixSchema.safeParse(m).success).toBe(true);
    }
  });

  it("are frozen", () => {
    expect(Object.isFrozen(RISK_MATRIX_3X3.grid[0])).toBe(true);
    expect(Object.isFrozen(RISK_MATRIX_5X5.riskLevels[0]?.label)).toBe(true);
  });

  it("5×5 names its axis levels 極小/小/中/大/極大 and its risk levels 低/中/高/重大", () => {
    expect(RISK_MATRIX_5X5.impact.levels.map((l) => l.label.ja)).toEqual([
      "極小",
      "小",
      "中",
      "大",
      "極大",
    ]);
    expect(RISK_MATRIX_5X5.riskLevels.map((l) => l.label.ja)).toEqual(["低", "中", "高", "重大"]);
  });
});

describe("scoreRisk — 3×3 preset, every cell", () => {
  it.each([
    [1, 1, "low", 1, "低", "#2F9E44"],
    [1, 2, "low", 1, "低", "#2F9E44"],
    [1, 3, "medium", 2, "中", "#F59F00"],
    [2, 1, "low", 1, "低", "#2F9E44"],
    [2, 2, "medium", 2, "中", "#F59F00"],
    [2, 3, "high", 3, "高", "#E03131"],
    [3, 1, "medium", 2, "中", "#F59F00"],
    [3, 2, "high", 3, "高", "#E03131"],
    [3, 3, "high", 3, "高", "#E03131"],
  ])("likelihood %d × impact %d → %s", (lk, im, level, rank, ja, color) => {
    const s = scoreRisk(RISK_MATRIX_3X3, lk, im);
    expect(s).toEqual({ level, rank, label: { ja, en: expect.any(String) }, color });
    expect(isAboveAcceptance(RISK_MATRIX_3X3, lk, im)).toBe(rank > 1);
  });

  it("returns null off the axes", () => {
    expect(scoreRisk(RISK_MATRIX_3X3, 0, 1)).toBeNull();
    expect(scoreRisk(RISK_MATRIX_3X3, 1, 4)).toBeNull();
    expect(scoreRisk(RISK_MATRIX_3X3, 1.5, 1)).toBeNull();
    expect(scoreRisk(RISK_MATRIX_3X3, Number.NaN, 1)).toBeNull();
    expect(isAboveAcceptance(RISK_MATRIX_3X3, 4, 4)).toBeNull();
  });
});

describe("scoreRisk — 5×5 preset", () => {
  it.each([
    [1, 1, "low"],
    [1, 5, "medium"],
    [5, 1, "medium"],
    [2, 2, "low"],
    [2, 3, "medium"],
    [3, 3, "medium"],
    [2, 5, "high"],
    [4, 4, "high"],
    [4, 5, "critical"],
    [5, 4, "critical"],
    [5, 5, "critical"],
  ])("likelihood %d × impact %d → %s", (lk, im, level) => {
    expect(scoreRisk(RISK_MATRIX_5X5, lk, im)?.level).toBe(level);
  });

  it("labels critical as 重大 with rank 4", () => {
    expect(scoreRisk(RISK_MATRIX_5X5, 5, 5)).toMatchObject({ rank: 4, label: { ja: "重大" } });
  });

  it("accepts only low risks", () => {
    expect(isAboveAcceptance(RISK_MATRIX_5X5, 1, 4)).toBe(false);
    expect(isAboveAcceptance(RISK_MATRIX_5X5, 1, 5)).toBe(true);
    expect(isAboveAcceptance(RISK_MATRIX_5X5, 6, 1)).toBeNull();
  });
});

describe("custom matrices", () => {
  it("rescore when a cell is changed", () => {
    const m = copy(RISK_MATRIX_3X3);
    expect(scoreRisk(m, 1, 3)?.level).toBe("medium");
    const row = m.grid[0];
    if (row === undefined) throw new Error("row missing");
    row[2] = "low";
    expect(validateMatrix(m).ok).toBe(true);
    expect(scoreRisk(m, 1, 3)?.level).toBe("low");
    expect(isAboveAcceptance(m, 1, 3)).toBe(false);
    // The preset itself is unchanged.
    expect(scoreRisk(RISK_MATRIX_3X3, 1, 3)?.level).toBe("medium");
  });

  it("follow a raised acceptance rank", () => {
    const m = { ...copy(RISK_MATRIX_3X3), acceptanceMaxRank: 2 };
    expect(isAboveAcceptance(m, 2, 2)).toBe(false);
    expect(isAboveAcceptance(m, 2, 3)).toBe(true);
    expect(isAboveAcceptance({ ...m, acceptanceMaxRank: 0 }, 1, 1)).toBe(true);
  });

  it("may use their own axis values", () => {
    const m = copy(RISK_MATRIX_3X3);
    m.likelihood.levels = m.likelihood.levels.map((l) => ({ ...l, value: l.value * 10 }));
    expect(validateMatrix(m).ok).toBe(true);
    expect(scoreRisk(m, 30, 3)?.level).toBe("high");
    expect(scoreRisk(m, 3, 3)).toBeNull();
  });
});

describe("validateMatrix — rejections with reasons", () => {
  it("rejects a grid with the wrong number of rows", () => {
    const m = copy(RISK_MATRIX_3X3);
    m.grid.pop();
    expect(codes(m)).toEqual(["grid_rows"]);
  });

  it("rejects a row with the wrong number of cells, naming the row", () => {
    const m = copy(RISK_MATRIX_3X3);
    m.grid[1]?.push("low");
    const r = validateMatrix(m);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        expect.objectContaining({ code: "grid_columns", path: ["grid", 1] }),
      ]);
  });

  it("rejects a cell naming an undefined level, naming the cell", () => {
    const m = copy(RISK_MATRIX_3X3);
    const row = m.grid[2];
    if (row !== undefined) row[0] = "extreme";
    const r = validateMatrix(m);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        expect.objectContaining({ code: "unknown_level", path: ["grid", 2, 0] }),
      ]);
      expect(r.issues[0]?.message).toContain("extreme");
    }
  });

  it("rejects duplicate axis values, level keys and ranks", () => {
    const m = copy(RISK_MATRIX_3X3);
    const l2 = m.likelihood.levels[1];
    const i3 = m.impact.levels[2];
    const medium = m.riskLevels[1];
    if (l2 === undefined || i3 === undefined || medium === undefined) throw new Error("missing");
    l2.value = 1;
    i3.value = 2;
    medium.rank = 3;
    expect(codes(m)).toEqual([
      "duplicate_likelihood_value",
      "duplicate_impact_value",
      "duplicate_rank",
    ]);

    const k = copy(RISK_MATRIX_3X3);
    k.riskLevels.push({ key: "low", label: { ja: "低", en: "Low" }, color: "#000000", rank: 9 });
    expect(codes(k)).toEqual(["duplicate_level_key"]);
  });

  it("rejects malformed shapes", () => {
    expect(codes(null)).toContain("shape");
    expect(codes({})).toContain("shape");
    const badColor = copy(RISK_MATRIX_3X3);
    const low = badColor.riskLevels[0];
    if (low !== undefined) low.color = "green";
    expect(codes(badColor)).toEqual(["shape"]);
    const emptyLabel = copy(RISK_MATRIX_3X3);
    const first = emptyLabel.impact.levels[0];
    if (first !== undefined) first.label.en = " ";
    expect(codes(emptyLabel)).toEqual(["shape"]);
    expect(codes({ ...copy(RISK_MATRIX_3X3), acceptanceMaxRank: -1 })).toEqual(["shape"]);
    const oneLevelAxis = copy(RISK_MATRIX_3X3);
    oneLevelAxis.impact.levels = oneLevelAxis.impact.levels.slice(0, 1);
    expect(codes(oneLevelAxis)).toContain("shape");
  });

  it("holds labels to the text policy of every form: no markup, controls or overlong text", () => {
    for (const bad of ["<script>alert(1)</script>", "高\u0000", "高\n中", "長".repeat(41)]) {
      const m = copy(RISK_MATRIX_3X3);
      const level = m.riskLevels[0];
      if (level !== undefined) level.label.ja = bad;
      const r = validateMatrix(m);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.issues[0]?.path).toEqual(["riskLevels", 0, "label", "ja"]);
    }
    const fine = copy(RISK_MATRIX_3X3);
    const axis = fine.likelihood.levels[0];
    if (axis !== undefined) axis.label.ja = "ほとんどない（年1回未満）";
    expect(validateMatrix(fine).ok).toBe(true);
  });

  it("the zod schema reports the same cross-check problems", () => {
    const m = copy(RISK_MATRIX_3X3);
    m.grid.pop();
    const r = riskMatrixSchema.safeParse(m);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["grid"]);
  });
});
