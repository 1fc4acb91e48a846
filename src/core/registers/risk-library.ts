/**
 * Suggested risks and countermeasures per lifecycle phase, for filling in the risk analysis
 * (リスク分析表). Written by us; each organisation picks, edits and adds its own. Likelihood and
 * impact are typical starting values on the 3-level scale of RISK_MATRIX_3X3.
 */

import type { Bilingual } from "../i18n-text.ts";
import type { LifecyclePhase } from "./inventory-fields.ts";
import { RISKS_ACQUISITION_TRANSFER } from "./risk-library-acquisition-transfer.ts";
import { RISKS_DISPOSAL_OUTSOURCING } from "./risk-library-disposal-outsourcing.ts";
import { RISKS_USE_STORAGE } from "./risk-library-use-storage.ts";

export const RISK_KINDS = [
  "leak",
  "loss",
  "damage",
  "misuse",
  "improper_acquisition",
  "unlawful_provision",
  "impact_on_person",
  "other",
] as const;

export type RiskKind = (typeof RISK_KINDS)[number];

/**
 * Labels of the risk kinds. mamori's own grouping: no confirmed list of kinds is on record
 * (docs/domain.md#lifecycle-and-risks), so these are not presented as the standard's list.
 */
export const RISK_KIND_LABELS: Readonly<Record<RiskKind, Bilingual>> = {
  leak: { ja: "漏えい", en: "Leak" },
  loss: { ja: "滅失", en: "Loss" },
  damage: { ja: "き損", en: "Damage" },
  misuse: { ja: "目的外利用", en: "Use beyond the purpose" },
  improper_acquisition: { ja: "不適正取得", en: "Improper acquisition" },
  unlawful_provision: { ja: "違法な提供", en: "Unlawful provision" },
  impact_on_person: { ja: "本人への影響", en: "Harm to the individual" },
  other: { ja: "その他", en: "Other" },
};

/** 1 = low, 2 = medium, 3 = high (the axes of RISK_MATRIX_3X3). */
export type ThreeLevel = 1 | 2 | 3;

export interface RiskSuggestion {
  /** Stable id, e.g. "acq-01"; never reused for another meaning. */
  id: string;
  phase: LifecyclePhase;
  kind: RiskKind;
  risk: Bilingual;
  countermeasures: readonly Bilingual[];
  typicalLikelihood: ThreeLevel;
  typicalImpact: ThreeLevel;
}

export const RISK_LIBRARY: readonly RiskSuggestion[] = [
  ...RISKS_ACQUISITION_TRANSFER,
  ...RISKS_USE_STORAGE,
  ...RISKS_DISPOSAL_OUTSOURCING,
];

/** Suggestions for one phase, in library order. */
export function risksForPhase(phase: LifecyclePhase): RiskSuggestion[] {
  return RISK_LIBRARY.filter((r) => r.phase === phase);
}

/** One suggestion by id, or undefined. */
export function getRiskSuggestion(id: string): RiskSuggestion | undefined {
  return RISK_LIBRARY.find((r) => r.id === id);
}
