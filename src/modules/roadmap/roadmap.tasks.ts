// Tasks of the work plan: created and edited by those who plan (roadmap.write); the assignee
// may also mark their own task done or not done, and nothing else.
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { member } from "../auth/index.ts";
import type { TaskInput, TaskOut, TaskPatch } from "./roadmap.contract.ts";
import { presentTask } from "./roadmap.present.ts";
import { selectTasks } from "./roadmap.service.ts";
import { roadmapTask } from "./roadmap.tables.ts";

const ENTITY = "roadmap_task";
const T = roadmapTask;
const forbidden = () => new AppError("forbidden", "FORBIDDEN");

/** The assignee must be a member of the organization (any role). */
async function checkAssignee(tx: Tx, ctx: OrgContext, userId: string | null | undefined) {
  if (!userId) return;
  const [row] = await tx
    .select({ id: member.id })
    .from(member)
    .where(and(eq(member.organizationId, ctx.orgId), eq(member.userId, userId)));
  if (!row) throw invalidField("assigneeUserId", "not_in_organization");
}

async function lockTask(tx: Tx, ctx: OrgContext, id: string) {
  const [row] = await tx
    .select()
    .from(T)
    .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)))
    .for("update");
  return row;
}

const audited = ({ orgId: _o, createdAt: _c, updatedAt: _u, ...rest }: typeof T.$inferSelect) =>
  rest;

export async function createTask(db: Db, ctx: OrgContext, input: TaskInput) {
  return writeInOrg(db, ctx, async (tx) => {
    await checkAssignee(tx, ctx, input.assigneeUserId);
    const [last] = await tx
      .select({ max: sql<number | null>`max(${T.sort})` })
      .from(T)
      .where(and(eq(T.orgId, ctx.orgId), eq(T.step, input.step)));
    const id = randomUUID();
    const [row] = await tx
      .insert(T)
      .values({
        orgId: ctx.orgId,
        id,
        step: input.step,
        title: input.title,
        owner: input.owner,
        assigneeUserId: input.assigneeUserId ?? null,
        dueOn: input.dueOn,
        doneOn: input.doneOn,
        sort: input.sort ?? Number(last?.max ?? -1) + 1,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: "create",
      changes: diffFields(null, audited(row)),
    });
    return { id };
  });
}

/**
 * Planners change anything. Anyone else may send only doneOn, and only for a task assigned
 * to them; otherwise 403, whether the task exists or not (nothing is revealed).
 */
export async function updateTask(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: TaskPatch,
  now = new Date(),
): Promise<TaskOut> {
  const planner = can(ctx.role, "roadmap.write");
  if (!planner && Object.keys(patch).some((k) => k !== "doneOn")) throw forbidden();
  return writeInOrg(db, ctx, async (tx) => {
    const before = await lockTask(tx, ctx, id);
    if (!planner && before?.assigneeUserId !== ctx.userId) throw forbidden();
    if (!before) throw notFound();
    if (patch.assigneeUserId !== undefined && patch.assigneeUserId !== before.assigneeUserId) {
      await checkAssignee(tx, ctx, patch.assigneeUserId);
    }
    const [after] = await tx
      .update(T)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)))
      .returning();
    if (!after) throw notFound();
    const changes = diffFields(audited(before), audited(after));
    // An update without changes records nothing (appendAudit leaves it out).
    await appendAudit(tx, ctx, { entity: ENTITY, entityId: id, action: "update", changes });
    const [shown] = await selectTasks(tx, ctx.orgId, id);
    if (!shown) throw notFound();
    return presentTask(shown, todayInJapan(now));
  });
}

export async function deleteTask(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const before = await lockTask(tx, ctx, id);
    if (!before) throw notFound();
    await tx.delete(T).where(and(eq(T.orgId, ctx.orgId), eq(T.id, id)));
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: "delete",
      changes: diffFields(audited(before), null),
    });
  });
}
