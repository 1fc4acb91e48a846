// Which phases the flow diagram shows, and the colour of each: the most serious residual
// (else inherent) risk level among the item's assessed risk rows in that phase. 未評価 rows
// (a suggestion's ratings nobody has confirmed) colour nothing: they are counted apart.
import { LIFECYCLE_PHASES } from "@src/core/registers/inventory-fields.ts";
import type { Risk } from "./useInventory.ts";

export type RiskScore = NonNullable<Risk["inherent"]>;

export type PhaseRisk = {
  /** Risk rows of the phase, 未評価 ones included. */
  count: number;
  /** The most serious effective level of the assessed rows; null when none could be scored. */
  worst: RiskScore | null;
  /** 未評価 rows of the phase: their suggested levels are not a rating. */
  unassessed: number;
};

/** The level a row counts with: residual when its residual values are set, else inherent. */
export const effectiveScore = (r: Risk): RiskScore | null => r.residual ?? r.inherent;

export function phaseRisks(risks: readonly Risk[]): Map<string, PhaseRisk> {
  const out = new Map<string, PhaseRisk>();
  for (const r of risks) {
    const entry = out.get(r.phase) ?? { count: 0, worst: null, unassessed: 0 };
    entry.count += 1;
    out.set(r.phase, entry);
    if (!r.assessed) {
      entry.unassessed += 1;
      continue;
    }
    const score = effectiveScore(r);
    if (score && (entry.worst === null || score.rank > entry.worst.rank)) entry.worst = score;
  }
  return out;
}

const phaseOrder = (key: string) =>
  LIFECYCLE_PHASES.find((p) => p.key === key)?.order ?? Number.MAX_SAFE_INTEGER;

/**
 * The phases to draw: those of the flow steps in the order they first appear; without steps,
 * the phases that have risk rows, in lifecycle order.
 */
export function diagramPhases(stepPhases: readonly string[], risks: readonly Risk[]): string[] {
  const fromSteps = [...new Set(stepPhases)];
  if (fromSteps.length > 0) return fromSteps;
  return [...new Set(risks.map((r) => r.phase))].sort((a, b) => phaseOrder(a) - phaseOrder(b));
}

/** Black or white text, whichever reads better on the given #rrggbb background. */
export function textOn(color: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return "inherit";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = Number.parseInt(h ?? "0", 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? "#1a1b1e" : "#ffffff";
}
