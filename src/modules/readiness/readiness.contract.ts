// 審査準備度 (readiness): the engine's report over the organization's records (the construction
// steps proved by activity records included). Shapes follow
// core/readiness (RuleResult, StepProgress, RefProgress), shared with the web app.
import { z } from "zod";

const bilingual = z.object({ ja: z.string(), en: z.string() });
const status = z.enum(["ok", "gap", "na"]);
const severity = z.enum(["blocker", "finding", "advice"]);
const step = z.number().int().min(1).max(13);

export const ruleResultOut = z.object({
  ruleId: z.string(),
  title: bilingual,
  status,
  severity,
  refs: z.array(z.string()),
  step,
  /** One line, with the numbers that led to the status. */
  reason: bilingual,
  /** Where to fix it, relative to /orgs/:orgId/ in the web app. */
  fixPath: z.string(),
  /** Proved by a dated activity record (実施記録) a person enters; fixPath opens its form. */
  manual: z.boolean(),
  /** The records the gap is about (at most 20), each with where it opens in the web app. */
  details: z
    .array(
      z.object({
        id: z.string().optional(),
        name: z.string(),
        note: bilingual.optional(),
        path: z.string().optional(),
      }),
    )
    .optional(),
});
export type RuleResultOut = z.infer<typeof ruleResultOut>;

const tally = { ok: z.number().int(), gap: z.number().int(), na: z.number().int() };

export const readinessOut = z.object({
  /** When the report was computed (ISO timestamp). */
  evaluatedAt: z.string(),
  /** The day (Japan time) dates were judged against. */
  today: z.string(),
  /** 0–100: weight of ok rules ÷ weight of applicable rules (blocker 3, finding 2, advice 1). */
  score: z.number().int(),
  /** Open 申請不可 gaps. */
  blockers: z.number().int(),
  /** By severity, then construction step, then rule order. */
  results: z.array(ruleResultOut),
  byStep: z.array(
    z.object({
      step,
      title: bilingual,
      status: z.enum(["done", "in_progress", "not_started", "na"]),
      total: z.number().int(),
      ...tally,
    }),
  ),
  byRef: z.array(z.object({ ref: z.string(), ...tally })),
  /** The first construction step with an open gap and the rule to act on first; null: none. */
  nextStep: z.object({ step, ruleId: z.string() }).nullable(),
});
export type ReadinessOut = z.infer<typeof readinessOut>;
