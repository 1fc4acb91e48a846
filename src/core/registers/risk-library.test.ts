import { describe, expect, it } from "vitest";
import { LIFECYCLE_PHASES } from "./inventory-fields.ts";
import {
  getRiskSuggestion,
  RISK_KIND_LABELS,
  RISK_KINDS,
  RISK_LIBRARY,
  risksForPhase,
} from "./risk-library.ts";
import { scoreRisk } from "./risk-matrix.ts";
import { RISK_MATRIX_3X3 } from "./risk-matrix-presets.ts";

describe("RISK_LIBRARY", () => {
  it("offers at least five suggestions for every phase", () => {
    for (const p of LIFECYCLE_PHASES) {
      expect(risksForPhase(p.key).length, p.key).toBeGreaterThanOrEqual(5);
    }
  });

  it("uses unique ids and only known phases and kinds", () => {
    const ids = RISK_LIBRARY.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const phases = new Set<string>(LIFECYCLE_PHASES.map((p) => p.key));
    const kinds = new Set<string>(RISK_KINDS);
    for (const r of RISK_LIBRARY) {
      expect(r.id, r.id).toMatch(/^[a-z]+-\d{2}$/);
      expect(phases.has(r.phase), r.id).toBe(true);
      expect(kinds.has(r.kind), r.id).toBe(true);
    }
  });

  it("has Japanese and English text for every risk and countermeasure", () => {
    for (const r of RISK_LIBRARY) {
      expect(r.risk.ja.trim(), r.id).not.toBe("");
      expect(r.risk.en.trim(), r.id).not.toBe("");
      expect(r.countermeasures.length, r.id).toBeGreaterThan(0);
      for (const c of r.countermeasures) {
        expect(c.ja.trim(), r.id).not.toBe("");
        expect(c.en.trim(), r.id).not.toBe("");
      }
    }
  });

  it("gives typical values that score on the 3×3 matrix", () => {
    for (const r of RISK_LIBRARY) {
      expect([1, 2, 3], r.id).toContain(r.typicalLikelihood);
      expect([1, 2, 3], r.id).toContain(r.typicalImpact);
      expect(scoreRisk(RISK_MATRIX_3X3, r.typicalLikelihood, r.typicalImpact), r.id).not.toBeNull();
    }
  });

  it("keeps suggestions grouped by phase in phase order", () => {
    const orderOf = new Map<string, number>(LIFECYCLE_PHASES.map((p) => [p.key, p.order]));
    const orders = RISK_LIBRARY.map((r) => orderOf.get(r.phase) ?? 0);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it("finds a suggestion by id", () => {
    expect(getRiskSuggestion("tr-01")?.phase).toBe("transfer");
    expect(getRiskSuggestion("nope")).toBeUndefined();
  });
});

describe("RISK_KIND_LABELS", () => {
  it("labels every kind", () => {
    expect(RISK_KINDS.map((k) => RISK_KIND_LABELS[k].ja)).toEqual([
      "漏えい",
      "滅失",
      "き損",
      "目的外利用",
      "不適正取得",
      "違法な提供",
      "本人への影響",
      "その他",
    ]);
    for (const k of RISK_KINDS) expect(RISK_KIND_LABELS[k].en.trim()).not.toBe("");
  });
});
