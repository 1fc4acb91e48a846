// Changing one assignment by hand: withdrawing it (kept, never deleted: the record shows who
// was asked and why they no longer are) and recording a test taken on paper with the day on
// the sheet. A completed assignment is a record of education given: it is never withdrawn,
// and its completion is never written over.
import { and, eq } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, recordNoChange } from "../audit/index.ts";
import { person } from "../people/index.ts";
import { ASSIGNMENT_ENTITY } from "./education.assign.ts";
import type { PaperCompletionInput } from "./education.delivery.contract.ts";
import { educationAssignment as A, educationCourse as C } from "./education.tables.ts";

async function readForUpdate(tx: Tx, ctx: OrgContext, id: string) {
  const [row] = await tx
    .select({ a: A, personName: person.name, courseTitle: C.title })
    .from(A)
    .innerJoin(person, and(eq(person.orgId, A.orgId), eq(person.id, A.personId)))
    .innerJoin(C, and(eq(C.orgId, A.orgId), eq(C.id, A.courseId)))
    .where(and(eq(A.orgId, ctx.orgId), eq(A.id, id)))
    .for("update", { of: A });
  if (!row) throw notFound();
  return row;
}

/** Withdraws an uncompleted assignment; withdrawing a withdrawn one changes nothing. */
export async function withdrawAssignment(
  db: Db,
  ctx: OrgContext,
  id: string,
  now = new Date(),
): Promise<void> {
  await writeInOrg(db, ctx, async (tx) => {
    const { a, personName, courseTitle } = await readForUpdate(tx, ctx, id);
    if (a.completedOn) throw conflict("EDUCATION_ASSIGNMENT_COMPLETED");
    if (a.withdrawnAt) return recordNoChange(tx, ctx);
    await tx
      .update(A)
      .set({ withdrawnAt: now, withdrawnReason: "manual" })
      .where(and(eq(A.orgId, ctx.orgId), eq(A.id, id)));
    await appendAudit(tx, ctx, {
      entity: ASSIGNMENT_ENTITY,
      entityId: id,
      action: "withdraw",
      changes: {
        personName: { old: null, new: personName },
        courseTitle: { old: null, new: courseTitle },
        withdrawnAt: { old: null, new: now.toISOString() },
        withdrawnReason: { old: null, new: "manual" },
      },
    });
  });
}

/** A test taken on paper: completed on the sheet's day (not ahead, not before assigning). */
export async function completeOnPaper(
  db: Db,
  ctx: OrgContext,
  id: string,
  input: PaperCompletionInput,
  now = new Date(),
): Promise<{ id: string; completedOn: string; completedVia: string }> {
  const today = todayInJapan(now);
  return writeInOrg(db, ctx, async (tx) => {
    const { a, personName, courseTitle } = await readForUpdate(tx, ctx, id);
    if (a.completedOn) throw conflict("EDUCATION_ASSIGNMENT_COMPLETED");
    if (a.withdrawnAt) throw conflict("EDUCATION_ASSIGNMENT_WITHDRAWN");
    if (input.completedOn > today) throw invalidField("completedOn", "education_completed_future");
    if (input.completedOn < todayInJapan(a.assignedAt))
      throw invalidField("completedOn", "education_completed_before_assignment");
    await tx
      .update(A)
      .set({ completedAt: now, completedOn: input.completedOn, completedVia: "paper" })
      .where(and(eq(A.orgId, ctx.orgId), eq(A.id, id)));
    await appendAudit(tx, ctx, {
      entity: ASSIGNMENT_ENTITY,
      entityId: id,
      action: "complete",
      changes: {
        personName: { old: null, new: personName },
        courseTitle: { old: null, new: courseTitle },
        completedOn: { old: null, new: input.completedOn },
        completedVia: { old: null, new: "paper" },
      },
    });
    return { id, completedOn: input.completedOn, completedVia: "paper" };
  });
}
