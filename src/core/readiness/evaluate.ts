// The readiness evaluation: every rule over one snapshot, then the score, the progress of each
// construction step and of each requirement item. Pure: `today` is passed in.

import type { Bilingual } from "../i18n-text.ts";
import { compareRefs } from "../requirements/catalogue-refs.ts";
import { isIsoDate } from "../wareki.ts";
import {
  type ReadinessRule,
  type ReadinessStatus,
  type RuleOutcome,
  SEVERITIES,
  type Severity,
  type StepNumber,
} from "./rule.ts";
import { ALL_RULES } from "./rules/index.ts";
import type { ReadinessSnapshot } from "./snapshot.ts";
import { CONSTRUCTION_STEPS } from "./steps.ts";

export interface RuleResult extends RuleOutcome {
  ruleId: string;
  title: Bilingual;
  severity: Severity;
  refs: readonly string[];
  step: StepNumber;
  fixPath: string;
  manual: boolean;
}

/**
 * - done: every applicable rule of the step is ok;
 * - in_progress: some ok, some gaps;
 * - not_started: every applicable rule is a gap;
 * - na: no rule of the step applies.
 */
export type StepStatus = "done" | "in_progress" | "not_started" | "na";

export interface Tally {
  ok: number;
  gap: number;
  na: number;
}

export interface StepProgress extends Tally {
  step: StepNumber;
  title: Bilingual;
  status: StepStatus;
  /** Rules of the step, applicable or not. */
  total: number;
}

export interface RefProgress extends Tally {
  ref: string;
}

/**
 * Where to start: the first construction step (in step order) with an open gap, and the rule
 * to act on first in it (the most severe of its gaps, then the rule order).
 */
export interface NextStep {
  step: StepNumber;
  ruleId: string;
}

export interface ReadinessReport {
  /** 0–100, see SEVERITY_WEIGHTS. */
  score: number;
  /** Open 申請不可 gaps. */
  blockers: number;
  /** By severity (blockers, findings, advice), then step, then rule order. */
  results: RuleResult[];
  byStep: StepProgress[];
  /** One entry per J item some rule refers to, in catalogue order. */
  byRef: RefProgress[];
  /** Null when no applicable rule has a gap. */
  nextStep: NextStep | null;
}

/**
 * Score = weight of the ok rules ÷ weight of the applicable (ok or gap) rules × 100, rounded;
 * "na" rules count for nothing, and nothing applicable scores 100. A blocker weighs three
 * times an advice so that clearing what stops the application moves the gauge most.
 */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = {
  blocker: 3,
  finding: 2,
  advice: 1,
};

const emptyTally = (): Tally => ({ ok: 0, gap: 0, na: 0 });

function stepStatus(t: Tally): StepStatus {
  if (t.ok + t.gap === 0) return "na";
  if (t.gap === 0) return "done";
  return t.ok === 0 ? "not_started" : "in_progress";
}

function score(results: readonly RuleResult[]): number {
  let achieved = 0;
  let possible = 0;
  for (const r of results) {
    if (r.status === "na") continue;
    possible += SEVERITY_WEIGHTS[r.severity];
    if (r.status === "ok") achieved += SEVERITY_WEIGHTS[r.severity];
  }
  return possible === 0 ? 100 : Math.round((achieved / possible) * 100);
}

const add = (t: Tally, s: ReadinessStatus) => {
  t[s]++;
};

/** @throws RangeError when `today` is not a YYYY-MM-DD date. */
export function evaluateReadiness(
  snapshot: ReadinessSnapshot,
  today: string,
  rules: readonly ReadinessRule[] = ALL_RULES,
): ReadinessReport {
  if (!isIsoDate(today)) throw new RangeError(`not a valid YYYY-MM-DD date: ${today}`);
  const evaluated = rules.map((rule, index) => {
    const outcome = rule.evaluate(snapshot, today);
    const result: RuleResult = {
      ruleId: rule.id,
      title: rule.title,
      severity: rule.severity,
      refs: rule.refs,
      step: rule.step,
      fixPath: rule.fixPath,
      manual: rule.manual,
      ...outcome,
    };
    return { result, index };
  });
  const sev = (s: Severity) => SEVERITIES.indexOf(s);
  evaluated.sort(
    (a, b) =>
      sev(a.result.severity) - sev(b.result.severity) ||
      a.result.step - b.result.step ||
      a.index - b.index,
  );
  const results = evaluated.map((e) => e.result);

  const steps = new Map<number, Tally & { total: number }>();
  const refs = new Map<string, Tally>();
  for (const r of results) {
    const st = steps.get(r.step) ?? { ...emptyTally(), total: 0 };
    add(st, r.status);
    st.total++;
    steps.set(r.step, st);
    for (const ref of r.refs) {
      const t = refs.get(ref) ?? emptyTally();
      add(t, r.status);
      refs.set(ref, t);
    }
  }

  // results are sorted by severity first: the first gap of the lowest step is its most severe.
  const firstStep = Math.min(...results.filter((r) => r.status === "gap").map((r) => r.step));
  const first = results.find((r) => r.status === "gap" && r.step === firstStep);

  return {
    score: score(results),
    blockers: results.filter((r) => r.severity === "blocker" && r.status === "gap").length,
    results,
    byStep: CONSTRUCTION_STEPS.map(({ step, title }) => {
      const t = steps.get(step) ?? { ...emptyTally(), total: 0 };
      return { step, title, status: stepStatus(t), ...t };
    }),
    byRef: [...refs].sort(([a], [b]) => compareRefs(a, b)).map(([ref, t]) => ({ ref, ...t })),
    nextStep: first ? { step: first.step, ruleId: first.ruleId } : null,
  };
}
