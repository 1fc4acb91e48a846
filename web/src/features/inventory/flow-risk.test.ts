// The flow diagram's colour per phase: 未評価 rows (suggested ratings nobody confirmed) never
// colour a phase, whatever their suggested level; they are counted apart.
import { describe, expect, it } from "vitest";
import { phaseRisks } from "./flow-risk.ts";
import type { Risk } from "./useInventory.ts";

const score = (level: string, rank: number, color: string) => ({
  level,
  rank,
  label: { ja: level, en: level },
  color,
});
const LOW = score("low", 1, "#2F9E44");
const MEDIUM = score("medium", 2, "#F59F00");
const HIGH = score("high", 3, "#E03131");

let n = 0;
function row(
  phase: string,
  assessed: boolean,
  inherent: Risk["inherent"],
  residual: Risk["residual"] = null,
): Risk {
  n += 1;
  return {
    id: `r${n}`,
    itemId: "i1",
    itemName: "顧客名簿",
    departmentId: null,
    departmentName: null,
    phase,
    kind: "leak",
    description: `リスク${n}`,
    likelihood: 2,
    impact: 2,
    countermeasure: null,
    residualLikelihood: null,
    residualImpact: null,
    acceptedBy: null,
    acceptedOn: null,
    reviewOn: null,
    lastReviewedOn: null,
    lastReviewedBy: null,
    assessed,
    assessedOn: assessed ? "2025-04-01" : null,
    assessedBy: assessed ? "山田 太郎" : null,
    suggestionId: assessed ? null : "acq-01",
    createdAt: "2025-04-01T00:00:00.000Z",
    updatedAt: "2025-04-01T00:00:00.000Z",
    inherent,
    residual,
    aboveAcceptance: null,
    needsAction: false,
  };
}

describe("phaseRisks", () => {
  it("leaves a phase of only 未評価 rows without a level, however high the suggestion", () => {
    const phases = phaseRisks([row("transfer", false, HIGH), row("transfer", false, MEDIUM)]);
    expect(phases.get("transfer")).toEqual({ count: 2, worst: null, unassessed: 2 });
  });

  it("colours a phase by its assessed rows only, and counts the 未評価 ones apart", () => {
    const phases = phaseRisks([
      row("acquisition_input", true, MEDIUM, LOW),
      row("acquisition_input", false, HIGH),
      row("acquisition_input", true, MEDIUM),
    ]);
    // Assessed: 低 (residual of the first) and 中; the 未評価 高 does not count.
    expect(phases.get("acquisition_input")).toEqual({ count: 3, worst: MEDIUM, unassessed: 1 });
  });

  it("keeps an assessed row that could not be scored apart from 未評価 ones", () => {
    const phases = phaseRisks([row("disposal", true, null)]);
    expect(phases.get("disposal")).toEqual({ count: 1, worst: null, unassessed: 0 });
    expect(phases.has("transfer")).toBe(false);
  });
});
