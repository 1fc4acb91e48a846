// 審査準備度 (readiness): the engine's report over the organization's records, and the manual
// checks a person ticks for the construction steps no capability checks yet. Shapes follow
// core/readiness (RuleResult, StepProgress, RefProgress), shared with the web app.
import { z } from "zod";
import { optionalText } from "../shared/contract-helpers.ts";

const bilingual = z.object({ ja: z.string(), en: z.string() });
const status = z.enum(["ok", "gap", "na"]);
const severity = z.enum(["blocker", "finding", "advice"]);
const step = z.number().int().min(1).max(13);

export const manualTickOut = z.object({
  done: z.boolean(),
  checkedByName: z.string().nullable(),
  /** ISO timestamp. */
  checkedAt: z.string(),
});

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
  /** Ticked by a person (PUT /readiness/checks/:ruleId) rather than read from records. */
  manual: z.boolean(),
  /** The records the gap is about (at most 20). */
  details: z
    .array(z.object({ id: z.string().optional(), name: z.string(), note: bilingual.optional() }))
    .optional(),
  /** Manual rules: the last tick. */
  check: manualTickOut.optional(),
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
});
export type ReadinessOut = z.infer<typeof readinessOut>;

export const checkParams = z.object({ orgId: z.string().max(200), ruleId: z.string().max(100) });

export const checkInput = z.strictObject({
  done: z.boolean({ error: (iss) => (iss.input === undefined ? "required" : "invalid_type") }),
  /** e.g. where the evidence is kept ("2025年4月 教育記録"). */
  note: optionalText(1000),
});
export type CheckInput = z.infer<typeof checkInput>;

export const checkOut = z.object({
  ruleId: z.string(),
  title: bilingual,
  step,
  severity,
  refs: z.array(z.string()),
  /** Null until someone ticks it. */
  check: z
    .object({
      done: z.boolean(),
      note: z.string().nullable(),
      checkedByName: z.string().nullable(),
      checkedAt: z.string(),
    })
    .nullable(),
});
export type CheckOut = z.infer<typeof checkOut>;

export const checkListOut = z.object({ items: z.array(checkOut), total: z.number().int() });
