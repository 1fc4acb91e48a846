// 作業計画 (the work plan): the 13 construction steps with their planned dates and the manual
// tasks under each. A step's status joins the readiness rules of the step and its tasks.
import { z } from "zod";
import { SESSION_CADENCES } from "../../core/roadmap/default-plan.ts";
import {
  isoDate,
  optionalIsoDate,
  optionalText,
  requiredLine,
} from "../shared/contract-helpers.ts";

export const taskOwners = ["client", "consultant"] as const;
export type TaskOwner = (typeof taskOwners)[number];

const bilingual = z.object({ ja: z.string(), en: z.string() });
const stepNumber = z.number({ error: "invalid_type" }).int({ error: "not_integer" }).min(1).max(13);

export const stepParams = z.object({
  orgId: z.string().max(200),
  step: z.coerce.number({ error: "invalid_type" }).int({ error: "not_integer" }).min(1).max(13),
});

/** The end may not come before the start (checked again against the stored dates). */
function checkRange(
  v: { plannedStart?: string | null; plannedEnd?: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.plannedStart && v.plannedEnd && v.plannedEnd < v.plannedStart) {
    ctx.addIssue({ code: "custom", message: "date_range_invalid", path: ["plannedEnd"] });
  }
}

// PATCH: .partial() keeps absent keys absent, so a field not sent is left as it is.
export const stepPatch = z
  .strictObject({
    plannedStart: optionalIsoDate,
    plannedEnd: optionalIsoDate,
    note: optionalText(1000),
  })
  .partial()
  .superRefine(checkRange);
export type StepPatch = z.infer<typeof stepPatch>;

const taskFields = {
  step: stepNumber,
  title: requiredLine(200),
  owner: z.enum(taskOwners, { error: "invalid_value" }),
  /** A member of the organization (user id); null = nobody yet. */
  assigneeUserId: z.string({ error: "invalid_type" }).max(64).nullable().optional(),
  dueOn: optionalIsoDate,
  doneOn: optionalIsoDate,
  /** Position within the step; new tasks go last. */
  sort: z.number({ error: "invalid_type" }).int({ error: "not_integer" }).min(0).max(1_000_000),
};

export const taskInput = z.strictObject({
  ...taskFields,
  owner: taskFields.owner.default("client"),
  sort: taskFields.sort.optional(),
});
export type TaskInput = z.infer<typeof taskInput>;

export const taskPatch = z.strictObject(taskFields).partial();
export type TaskPatch = z.infer<typeof taskPatch>;

export const taskOut = z.object({
  id: z.string(),
  step: z.number().int(),
  title: z.string(),
  owner: z.enum(taskOwners),
  assigneeUserId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  dueOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  sort: z.number().int(),
  /** Due day passed and not done. */
  late: z.boolean(),
});
export type TaskOut = z.infer<typeof taskOut>;

export const stepStatuses = ["done", "in_progress", "not_started", "na"] as const;

export const stepOut = z.object({
  step: z.number().int(),
  title: bilingual,
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  note: z.string().nullable(),
  /**
   * The step's readiness rules and tasks together: done = every applicable rule ok and every
   * task done; not_started = none of them; na = no applicable rule and no task.
   */
  status: z.enum(stepStatuses),
  /** The readiness rules of the step alone. */
  rules: z.object({
    status: z.enum(stepStatuses),
    ok: z.number().int(),
    gap: z.number().int(),
    na: z.number().int(),
  }),
  tasksTotal: z.number().int(),
  tasksDone: z.number().int(),
  /** Planned end passed and the step not done. */
  late: z.boolean(),
  tasks: z.array(taskOut),
});
export type StepOut = z.infer<typeof stepOut>;

/** The plan as a whole: when construction starts, the sessions' rhythm, application, grant. */
export const planOut = z.object({
  startsOn: z.string().nullable(),
  sessionCadence: z.enum(SESSION_CADENCES),
  applicationOn: z.string().nullable(),
  /** Expected, about six months after the application. */
  grantOn: z.string().nullable(),
});
export type PlanOut = z.infer<typeof planOut>;

export const roadmapOut = z.object({
  /** The day (Japan time) lateness was judged against. */
  today: z.string(),
  /** True when no step has a date or note and there is no task: the default plan is offered. */
  empty: z.boolean(),
  plan: planOut,
  steps: z.array(stepOut),
});
export type RoadmapOut = z.infer<typeof roadmapOut>;

export const stepPlanOut = z.object({
  step: z.number().int(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  note: z.string().nullable(),
});
export type StepPlanOut = z.infer<typeof stepPlanOut>;

export const myTaskOut = taskOut.extend({ orgId: z.string(), orgName: z.string() });
export type MyTaskOut = z.infer<typeof myTaskOut>;
export const myTasksOut = z.object({ today: z.string(), items: z.array(myTaskOut) });

const months = (max: number) =>
  z.number({ error: "invalid_type" }).int({ error: "not_integer" }).min(1).max(max);

/** Builds the default plan (core/roadmap/default-plan.ts) from a start day. */
export const defaultPlanInput = z.strictObject({
  startsOn: isoDate,
  cadence: z.enum(SESSION_CADENCES, { error: "invalid_value" }),
  constructionMonths: months(12).default(3),
  operationMonths: months(6).default(1),
  /** Replace the steps' dates and the open tasks of a plan that is not empty (done tasks stay). */
  replace: z.boolean({ error: "invalid_type" }).default(false),
});
export type DefaultPlanInput = z.infer<typeof defaultPlanInput>;

export const defaultPlanOut = z.object({
  steps: z.number().int(),
  tasksAdded: z.number().int(),
  tasksRemoved: z.number().int(),
  plan: planOut,
});

/**
 * A day of the plan as a whole, or null to clear it. Kept within 2000–2100: a typo such as
 * 0202 or 20277 would otherwise become the day yearly work is judged on (readiness).
 */
const planDay = optionalIsoDate.refine(
  (v) => v === null || (v >= "2000-01-01" && v <= "2100-12-31"),
  {
    error: "plan_day_out_of_range",
  },
);

/** The planned application and the expected grant, changed by hand; fields not sent stay. */
export const planPatch = z
  .strictObject({ applicationOn: planDay, grantOn: planDay })
  .partial()
  .superRefine((v, ctx) => {
    if (v.applicationOn && v.grantOn && v.grantOn <= v.applicationOn)
      ctx.addIssue({ code: "custom", message: "grant_before_application", path: ["grantOn"] });
  });
export type PlanPatch = z.infer<typeof planPatch>;
