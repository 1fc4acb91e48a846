// Courses of an education plan (教育コース): create (blank or from a starter course with the
// organization's facts of today), read, save the whole material and quiz with a revision, open
// for taking, archive and restore, delete while nobody was assigned, copy to another plan.
// Question, choice and section ids are kept as the editor sends them (attempts and the 理解度
// report refer to them); only new items get ids here.
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { sameDayNextYear } from "../../core/education/fiscal-year.ts";
import { type QuizQuestion, quizProblems } from "../../core/education/quiz.ts";
import type { CourseSection } from "../../core/education/sections.ts";
import { starterCourseFor } from "../../core/education/starter/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, conflict, type FieldError, invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { attachment, attachmentsOfDeletedOwner, copyAttachments } from "../files/index.ts";
import { deleteUnlessReferenced } from "../shared/sql-helpers.ts";
import type {
  CourseCopyInput,
  CourseInputParsed,
  CourseOut,
  CoursePatchParsed,
  QuestionInput,
  SectionInput,
} from "./education.contract.ts";
import {
  auditedCourse,
  COURSE_ENTITY,
  COURSE_FILES,
  type CourseRow,
  courseCounts,
  hasAssignments,
  type PlanRow,
  presentCourse,
  readCourse,
  readPlan,
} from "./education.present.ts";
import { loadStarterFacts } from "./education.starter.ts";
import { educationCourse } from "./education.tables.ts";

const C = educationCourse;
const where = (ctx: OrgContext, id: string) => and(eq(C.orgId, ctx.orgId), eq(C.id, id));

/** The sections as stored: new ones get an id, the others keep theirs (never twice). */
function toSections(input: readonly SectionInput[]): CourseSection[] {
  const seen = new Set<string>();
  input.forEach((s, i) => {
    if (!s.id) return;
    if (seen.has(s.id)) throw invalidField(`sections.${i}.id`, "quiz_duplicate_id");
    seen.add(s.id);
  });
  return input.map((s) => ({
    id: s.id ?? randomUUID(),
    kind: s.kind,
    title: s.title,
    body: s.body ?? null,
    fileId: s.kind === "image" || s.kind === "slides" ? (s.fileId ?? null) : null,
    url: s.kind === "video" ? (s.url ?? null) : null,
  }));
}

function toQuestions(input: readonly QuestionInput[]): QuizQuestion[] {
  return input.map((q) => ({
    id: q.id ?? randomUUID(),
    kind: q.kind,
    prompt: q.prompt,
    choices: q.choices.map((c) => ({
      id: c.id ?? randomUUID(),
      text: c.text,
      correct: c.correct,
      explanation: c.explanation ?? null,
    })),
    explanation: q.explanation ?? null,
  }));
}

/** Every problem of the quiz on its field (questions.N.choices …), as one 400. */
function checkQuiz(questions: readonly QuizQuestion[]) {
  const problems = quizProblems(questions);
  if (problems.length === 0) return;
  const fields: Record<string, FieldError> = {};
  for (const p of problems) fields[p.field] ??= { key: p.code, params: { n: p.question } };
  throw new AppError("validation", "VALIDATION_FAILED", fields);
}

function checkDates(from: string | null, to: string | null, field: string) {
  if (from && to && to < from) throw invalidField(field, "education_end_before_start");
}

/**
 * Images and slides name files attached to this very course: another course's file, another
 * organization's, or one since deleted is refused on its field. `required`: every such
 * section must have its file (a course being opened, or open).
 */
async function checkSectionFiles(
  tx: Db | Tx,
  orgId: string,
  courseId: string,
  sections: readonly CourseSection[],
  required: boolean,
) {
  const named = sections.flatMap((s) => (s.fileId ? [s.fileId] : []));
  const A = attachment;
  const found = named.length
    ? await tx
        .select({ id: A.id })
        .from(A)
        .where(
          and(
            eq(A.orgId, orgId),
            eq(A.ownerCapability, COURSE_FILES),
            eq(A.ownerId, courseId),
            inArray(A.id, named),
          ),
        )
    : [];
  const ours = new Set(found.map((f) => f.id));
  sections.forEach((s, i) => {
    if (s.kind !== "image" && s.kind !== "slides") return;
    const field = `sections.${i}.fileId`;
    if (s.fileId && !ours.has(s.fileId))
      throw invalidField(field, "education_section_file_unknown");
    if (!s.fileId && required) throw invalidField(field, "education_section_file_missing");
  });
}

/** What an open course must have: material, its files, a usable quiz. */
async function checkReadyToTake(tx: Tx, orgId: string, row: CourseRow) {
  if (row.sections.length === 0) throw invalidField("sections", "education_course_needs_section");
  await checkSectionFiles(tx, orgId, row.id, row.sections, true);
  checkQuiz(row.questions);
}

async function fiscalYearOf(db: Db | Tx, orgId: string, planId: string) {
  return (await readPlan(db, orgId, planId)).fiscalYear;
}

export async function getCourse(db: Db | Tx, ctx: OrgContext, id: string): Promise<CourseOut> {
  const row = await readCourse(db, ctx.orgId, id);
  const counts = await courseCounts(db, ctx.orgId, [id]);
  return presentCourse(row, await fiscalYearOf(db, ctx.orgId, row.planId), counts.get(id));
}

async function insertCourse(tx: Tx, ctx: OrgContext, values: typeof C.$inferInsert) {
  const [row] = await tx.insert(C).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  await appendAudit(tx, ctx, {
    entity: COURSE_ENTITY,
    entityId: row.id,
    action: "create",
    changes: diffFields(null, auditedCourse(row)),
  });
  return row;
}

/** A new course in the plan: blank, or written from a starter with today's facts. */
export async function createCourse(
  db: Db,
  ctx: OrgContext,
  planId: string,
  input: CourseInputParsed,
  now = new Date(),
): Promise<{ id: string }> {
  return writeInOrg(db, ctx, async (tx) => {
    await readPlan(tx, ctx.orgId, planId, true);
    checkDates(input.scheduledFrom, input.scheduledTo, "scheduledTo");
    const starter = input.starter
      ? starterCourseFor(input.starter, await loadStarterFacts(tx, ctx.orgId, todayInJapan(now)))
      : null;
    const row = await insertCourse(tx, ctx, {
      orgId: ctx.orgId,
      id: randomUUID(),
      planId,
      title: input.title ?? starter?.title ?? "",
      description: input.description ?? starter?.description ?? null,
      audience: input.audience ?? starter?.audience ?? "all_staff",
      delivery: input.delivery,
      scheduledFrom: input.scheduledFrom,
      scheduledTo: input.scheduledTo,
      dueOn: input.dueOn,
      durationMinutes: input.durationMinutes ?? starter?.durationMinutes ?? null,
      passMark: input.passMark ?? starter?.passMark ?? 80,
      maxAttempts:
        input.maxAttempts !== undefined ? input.maxAttempts : (starter?.maxAttempts ?? null),
      sections: starter?.sections ?? [],
      questions: starter?.questions ?? [],
      starterKey: starter?.key ?? null,
      status: "draft",
      createdBy: ctx.userId,
      updatedByName: ctx.userName,
    });
    return { id: row.id };
  });
}

async function saveCourse(
  tx: Tx,
  ctx: OrgContext,
  before: CourseRow,
  set: Partial<typeof C.$inferInsert>,
  action: string,
  now: Date,
) {
  const [after] = await tx
    .update(C)
    .set({ ...set, revision: before.revision + 1, updatedByName: ctx.userName, updatedAt: now })
    .where(where(ctx, before.id))
    .returning();
  if (!after) throw new Error("update returned nothing");
  await appendAudit(tx, ctx, {
    entity: COURSE_ENTITY,
    entityId: before.id,
    action,
    changes: diffFields(auditedCourse(before), auditedCourse(after)),
  });
  return after;
}

/** Saves the course's fields; sections and questions are replaced whole when sent. */
export async function updateCourse(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: CoursePatchParsed,
  now = new Date(),
): Promise<CourseOut> {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readCourse(tx, ctx.orgId, id, true);
    if (before.status === "archived") throw conflict("EDUCATION_COURSE_ARCHIVED");
    if (patch.revision !== before.revision) throw conflict("EDUCATION_SAVE_CONFLICT");
    const { revision: _r, sections: sectionsIn, questions: questionsIn, ...fields } = patch;
    const sections = sectionsIn ? toSections(sectionsIn) : before.sections;
    const questions = questionsIn ? toQuestions(questionsIn) : before.questions;
    checkDates(
      fields.scheduledFrom !== undefined ? fields.scheduledFrom : before.scheduledFrom,
      fields.scheduledTo !== undefined ? fields.scheduledTo : before.scheduledTo,
      "scheduledTo",
    );
    checkQuiz(questions);
    const open = before.status === "open";
    if (open && sections.length === 0)
      throw invalidField("sections", "education_course_needs_section");
    await checkSectionFiles(tx, ctx.orgId, id, sections, open);
    await saveCourse(tx, ctx, before, { ...fields, sections, questions }, "update", now);
  });
  return getCourse(db, ctx, id);
}

/** draft → open: assignable and takeable once it has material and a usable quiz. */
export async function openCourse(db: Db, ctx: OrgContext, id: string, now = new Date()) {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readCourse(tx, ctx.orgId, id, true);
    if (before.status !== "draft") throw conflict("EDUCATION_COURSE_WRONG_STATUS");
    await checkReadyToTake(tx, ctx.orgId, before);
    await saveCourse(tx, ctx, before, { status: "open" }, "publish", now);
  });
  return getCourse(db, ctx, id);
}

/**
 * Archive: kept with its records, no longer taken. Restore brings it back as a draft, to be
 * checked and opened again.
 */
export async function setCourseArchived(
  db: Db,
  ctx: OrgContext,
  id: string,
  archived: boolean,
  now = new Date(),
) {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await readCourse(tx, ctx.orgId, id, true);
    if ((before.status === "archived") === archived)
      throw conflict("EDUCATION_COURSE_WRONG_STATUS");
    await saveCourse(
      tx,
      ctx,
      before,
      archived ? { status: "archived", archivedAt: now } : { status: "draft", archivedAt: null },
      archived ? "archive" : "restore",
      now,
    );
  });
  return getCourse(db, ctx, id);
}

/**
 * Deletes a course inside the caller's write, with its files. Refused (409) once anyone was
 * assigned it, or a session was held for it: the records stay, the course is archived instead.
 */
export async function deleteCourseRow(tx: Tx, ctx: OrgContext, row: CourseRow) {
  if (await hasAssignments(tx, ctx.orgId, [row.id])) throw conflict("EDUCATION_COURSE_IN_USE");
  const files = await attachmentsOfDeletedOwner(COURSE_FILES)(tx, ctx, row.id);
  await deleteUnlessReferenced(
    () => tx.delete(C).where(where(ctx, row.id)),
    "EDUCATION_COURSE_IN_USE",
  );
  for (const event of files.events ?? []) await appendAudit(tx, ctx, event);
  await appendAudit(tx, ctx, {
    entity: COURSE_ENTITY,
    entityId: row.id,
    action: "delete",
    changes: diffFields({ ...auditedCourse(row), ...files.snapshot }, null),
  });
}

export async function deleteCourse(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    await deleteCourseRow(tx, ctx, await readCourse(tx, ctx.orgId, id, true));
  });
}

/** A day moved on by whole years (29 February becoming 28); earlier plans keep the day. */
function movedOn(day: string | null, years: number): string | null {
  let d = day;
  for (let i = 0; d && i < years; i++) d = sameDayNextYear(d);
  return d;
}

/**
 * A draft copy of a course in a plan, dates moved on by the years between the plans, nobody
 * assigned. Its images and slides are copied as files of the copy (each course owns its
 * files, so deleting one never takes the other's), within the organization's file quota.
 */
export async function insertCourseCopy(
  tx: Tx,
  ctx: OrgContext,
  source: CourseRow,
  sourceYear: number,
  target: PlanRow,
  files: { orgMaxBytes: number },
): Promise<CourseRow> {
  const years = target.fiscalYear - sourceYear;
  const id = randomUUID();
  const fileIds = await copyAttachments(tx, ctx, {
    capability: COURSE_FILES,
    fromOwnerId: source.id,
    toOwnerId: id,
    ids: source.sections.flatMap((s) => (s.fileId ? [s.fileId] : [])),
    orgMaxBytes: files.orgMaxBytes,
  });
  return insertCourse(tx, ctx, {
    orgId: ctx.orgId,
    id,
    planId: target.id,
    title: source.title,
    description: source.description,
    audience: source.audience,
    delivery: source.delivery,
    scheduledFrom: movedOn(source.scheduledFrom, years),
    scheduledTo: movedOn(source.scheduledTo, years),
    dueOn: movedOn(source.dueOn, years),
    durationMinutes: source.durationMinutes,
    passMark: source.passMark,
    maxAttempts: source.maxAttempts,
    sections: source.sections.map((s) => ({
      ...s,
      fileId: s.fileId ? (fileIds.get(s.fileId) ?? null) : null,
    })),
    questions: source.questions,
    starterKey: source.starterKey,
    copiedFromId: source.id,
    status: "draft",
    createdBy: ctx.userId,
    updatedByName: ctx.userName,
  });
}

/** Copies a course into a plan of the organization (another year's, or its own). */
export async function copyCourse(
  db: Db,
  ctx: OrgContext,
  id: string,
  input: CourseCopyInput,
  files: { orgMaxBytes: number },
): Promise<{ id: string }> {
  return writeInOrg(db, ctx, async (tx) => {
    const source = await readCourse(tx, ctx.orgId, id);
    const target = await readPlan(tx, ctx.orgId, input.planId, true).catch(() => {
      throw invalidField("planId", "education_plan_unknown");
    });
    const sourceYear = await fiscalYearOf(tx, ctx.orgId, source.planId);
    const copy = await insertCourseCopy(tx, ctx, source, sourceYear, target, files);
    return { id: copy.id };
  });
}
