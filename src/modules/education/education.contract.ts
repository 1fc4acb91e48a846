// The contract of education plans and courses (教育計画・コース), shared by the API and the web
// app's 計画・コース tab. A course's material (sections) and quiz (questions) are sent whole with
// the revision the editor started from; the quiz's own rules (a correct answer per question …)
// are checked by the service with core/education/quiz.ts, each problem on its field.
import { z } from "zod";
import { COURSE_AUDIENCES, DELIVERY_KINDS } from "../../core/education/audiences.ts";
import { MAX_CHOICES, MAX_QUESTIONS } from "../../core/education/quiz.ts";
import { MAX_SECTION_BODY, MAX_SECTIONS, SECTION_KINDS } from "../../core/education/sections.ts";
import { STARTER_KEYS } from "../../core/education/starter/index.ts";
import {
  listQuery,
  listResult,
  optionalIsoDate,
  optionalText,
  requiredLine,
  requiredText,
  text,
} from "../shared/contract-helpers.ts";

const enumError = (iss: { input?: unknown }) =>
  iss.input === undefined ? "required" : "invalid_value";
const orgId = z.string().max(200);
export const planParams = z.object({ orgId, planId: z.string().max(200) });
export const courseParams = z.object({ orgId, courseId: z.string().max(200) });

const refId = z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64);
const int = (min: number, max: number) =>
  z
    .number({ error: "invalid_type" })
    .int({ error: "invalid_type" })
    .min(min, { error: "too_small" })
    .max(max, { error: "too_big" });
/** The revision the form started from: a save based on an older one is a conflict (409). */
const revision = int(1, 1_000_000_000);

/** A video's address: https only (people open it from the course page), at most 2,000 chars. */
export function isHttpsUrl(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === "https:" && url.hostname.length > 0;
  } catch {
    return false;
  }
}

// ---- Plans ----------------------------------------------------------------------------

const planFields = {
  title: requiredLine(200),
  periodStart: optionalIsoDate,
  periodEnd: optionalIsoDate,
  /** 教育責任者: a person of the people register. */
  responsiblePersonId: refId.nullable(),
  newHireWithinDays: int(1, 365),
  notes: optionalText(4000),
};

export const planInput = z.strictObject({
  /** 年度: the year in which the period starts. */
  fiscalYear: int(2000, 2100),
  /** Default: 「2026年度 教育計画」. */
  title: planFields.title.optional(),
  /** Default: the fiscal year's period (April to March). */
  periodStart: planFields.periodStart,
  periodEnd: planFields.periodEnd,
  responsiblePersonId: planFields.responsiblePersonId.optional(),
  newHireWithinDays: planFields.newHireWithinDays.default(30),
  notes: planFields.notes,
});
export type PlanInput = z.input<typeof planInput>;
export type PlanInputParsed = z.infer<typeof planInput>;

// No defaults (they would reset fields a PATCH does not mention); the year is the plan's own.
export const planPatch = z.strictObject({
  title: planFields.title.optional(),
  periodStart: planFields.periodStart.optional(),
  periodEnd: planFields.periodEnd.optional(),
  responsiblePersonId: planFields.responsiblePersonId.optional(),
  newHireWithinDays: planFields.newHireWithinDays.optional(),
  notes: planFields.notes.optional(),
  revision,
});
export type PlanPatch = z.input<typeof planPatch>;
export type PlanPatchParsed = z.infer<typeof planPatch>;

export const planListQuery = listQuery.pick({ page: true, limit: true });

// ---- Courses ---------------------------------------------------------------------------

const sectionKind = z.enum(SECTION_KINDS, { error: enumError });
const videoUrl = z
  .union([text(2000, "single"), z.null()])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v))
  .refine((v) => v === null || isHttpsUrl(v), { error: "education_video_url_https" });

/**
 * One section of material. Without an id it is new and the server gives it one; an existing
 * section keeps its id. An image or slides section names a file attached to the course (it may
 * wait for its file while the course is a draft); a video section needs its https address.
 */
export const sectionInput = z
  .strictObject({
    id: refId.optional(),
    kind: sectionKind,
    title: requiredLine(200),
    body: optionalText(MAX_SECTION_BODY),
    fileId: refId.nullable().optional(),
    url: videoUrl,
  })
  .superRefine((s, ctx) => {
    if (s.kind === "video" && !s.url)
      ctx.addIssue({ code: "custom", path: ["url"], message: "required" });
  });
export type SectionInput = z.input<typeof sectionInput>;

export const choiceInput = z.strictObject({
  id: refId.optional(),
  text: requiredText(500),
  correct: z.boolean({ error: "invalid_type" }),
  /** Why this choice is right or wrong, shown after answering. */
  explanation: optionalText(2000),
});

export const questionInput = z.strictObject({
  id: refId.optional(),
  kind: z.enum(["single", "multiple"], { error: enumError }),
  prompt: requiredText(1000),
  choices: z
    .array(choiceInput, { error: "invalid_type" })
    .max(MAX_CHOICES, { error: "too_many_items" }),
  explanation: optionalText(2000),
});
export type QuestionInput = z.input<typeof questionInput>;

const courseFields = {
  title: requiredLine(200),
  description: optionalText(2000),
  audience: z.enum(COURSE_AUDIENCES, { error: enumError }),
  delivery: z.enum(DELIVERY_KINDS, { error: enumError }),
  scheduledFrom: optionalIsoDate,
  scheduledTo: optionalIsoDate,
  dueOn: optionalIsoDate,
  durationMinutes: int(1, 1440).nullable(),
  /** 合格点 (percent). */
  passMark: int(0, 100),
  /** 受講回数の上限; null: unlimited. */
  maxAttempts: int(1, 100).nullable(),
  sections: z
    .array(sectionInput, { error: "invalid_type" })
    .max(MAX_SECTIONS, { error: "too_many_items" }),
  questions: z
    .array(questionInput, { error: "invalid_type" })
    .max(MAX_QUESTIONS, { error: "too_many_items" }),
};

/**
 * A new course in a plan: blank (a title at least), or written from a starter course with the
 * organization's facts of today (`starter`), the other fields overriding the starter's.
 */
export const courseInput = z
  .strictObject({
    starter: z.enum(STARTER_KEYS, { error: enumError }).optional(),
    title: courseFields.title.optional(),
    description: courseFields.description,
    /** Default: the starter's audience, else all staff. */
    audience: courseFields.audience.optional(),
    delivery: courseFields.delivery.default("e_learning"),
    scheduledFrom: courseFields.scheduledFrom,
    scheduledTo: courseFields.scheduledTo,
    dueOn: courseFields.dueOn,
    durationMinutes: courseFields.durationMinutes.optional(),
    passMark: courseFields.passMark.optional(),
    maxAttempts: courseFields.maxAttempts.optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.starter && !c.title)
      ctx.addIssue({ code: "custom", path: ["title"], message: "required" });
  });
export type CourseInput = z.input<typeof courseInput>;
export type CourseInputParsed = z.infer<typeof courseInput>;

export const coursePatch = z.strictObject({
  title: courseFields.title.optional(),
  description: courseFields.description.optional(),
  audience: courseFields.audience.optional(),
  delivery: courseFields.delivery.optional(),
  scheduledFrom: courseFields.scheduledFrom.optional(),
  scheduledTo: courseFields.scheduledTo.optional(),
  dueOn: courseFields.dueOn.optional(),
  durationMinutes: courseFields.durationMinutes.optional(),
  passMark: courseFields.passMark.optional(),
  maxAttempts: courseFields.maxAttempts.optional(),
  sections: courseFields.sections.optional(),
  questions: courseFields.questions.optional(),
  revision,
});
export type CoursePatch = z.input<typeof coursePatch>;
export type CoursePatchParsed = z.infer<typeof coursePatch>;

export const courseCopyInput = z.strictObject({
  /** The plan the copy goes to (another year's, or the same). */
  planId: refId,
});
export type CourseCopyInput = z.infer<typeof courseCopyInput>;

// ---- Output ----------------------------------------------------------------------------

const bilingual = z.object({ ja: z.string(), en: z.string() });

export const sectionOut = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  fileId: z.string().nullable(),
  url: z.string().nullable(),
});
export const questionOut = z.object({
  id: z.string(),
  kind: z.string(),
  prompt: z.string(),
  choices: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      correct: z.boolean(),
      explanation: z.string().nullable(),
    }),
  ),
  explanation: z.string().nullable(),
});
export type SectionOut = z.infer<typeof sectionOut>;
export type QuestionOut = z.infer<typeof questionOut>;

export const courseSummary = z.object({
  id: z.string(),
  planId: z.string(),
  title: z.string(),
  audience: z.string(),
  audienceLabel: bilingual,
  delivery: z.string(),
  status: z.string(),
  scheduledFrom: z.string().nullable(),
  scheduledTo: z.string().nullable(),
  dueOn: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  passMark: z.number().int(),
  maxAttempts: z.number().int().nullable(),
  starterKey: z.string().nullable(),
  copiedFromId: z.string().nullable(),
  sectionCount: z.number().int(),
  questionCount: z.number().int(),
  /** People assigned (not withdrawn), and of them those who completed. */
  assignedCount: z.number().int(),
  completedCount: z.number().int(),
  updatedAt: z.string(),
});
export type CourseSummary = z.infer<typeof courseSummary>;

export const courseOut = courseSummary.extend({
  description: z.string().nullable(),
  sections: z.array(sectionOut),
  questions: z.array(questionOut),
  fiscalYear: z.number().int(),
  archivedAt: z.string().nullable(),
  revision: z.number().int(),
  updatedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type CourseOut = z.infer<typeof courseOut>;

export const planListItem = z.object({
  id: z.string(),
  fiscalYear: z.number().int(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.string(),
  approverName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  courseCount: z.number().int(),
  updatedAt: z.string(),
});
export type PlanListItem = z.infer<typeof planListItem>;
export const planList = listResult(planListItem);
export type PlanList = z.infer<typeof planList>;

export const planOut = planListItem.extend({
  responsiblePersonId: z.string().nullable(),
  responsibleName: z.string().nullable(),
  newHireWithinDays: z.number().int(),
  notes: z.string().nullable(),
  approverUserId: z.string().nullable(),
  approvalActivityId: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  /** Every course of the plan, archived ones last. */
  courses: z.array(courseSummary),
});
export type PlanOut = z.infer<typeof planOut>;

/** The answer to a plan's save: an approved plan changed goes back to draft (再承認が必要). */
export const planSaveOut = planOut.extend({
  reapprovalNeeded: z.boolean(),
  /** What the change means, in the caller's language; null when nothing to say. */
  notice: z.string().nullable(),
});
export type PlanSaveOut = z.infer<typeof planSaveOut>;
