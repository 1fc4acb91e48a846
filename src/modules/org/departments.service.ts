// Departments: a tree inside one organization.
import { randomUUID } from "node:crypto";
import { and, asc, eq, ilike, max } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, appendAuditMany, diffFields } from "../audit/index.ts";
import { effectsOfDeleting } from "../shared/deletion-hooks.ts";
import { deleteUnlessReferenced, escapeLike } from "../shared/sql-helpers.ts";
import type { DepartmentOut } from "./org.contract.ts";
import { department } from "./org.tables.ts";
import { lockOrgStructure } from "./org-lock.ts";
import type { StaffCounter } from "./staff-counter.ts";

type DepartmentInput = { name: string; parentId: string | null; sortOrder: number };

export async function listDepartments(
  db: Db,
  ctx: OrgContext,
  staff: StaffCounter,
  q?: string,
): Promise<DepartmentOut[]> {
  const where = q
    ? and(eq(department.orgId, ctx.orgId), ilike(department.name, `%${escapeLike(q)}%`))
    : eq(department.orgId, ctx.orgId);
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: department.id,
        name: department.name,
        parentId: department.parentId,
        sortOrder: department.sortOrder,
      })
      .from(department)
      .where(where)
      .orderBy(asc(department.sortOrder), asc(department.name)),
    staff.byDepartment(db, ctx.orgId),
  ]);
  return rows.map((r) => ({ ...r, peopleCount: counts.get(r.id) ?? 0 }));
}

async function loadParents(tx: Tx, orgId: string): Promise<Map<string, string | null>> {
  const rows = await tx
    .select({ id: department.id, parentId: department.parentId })
    .from(department)
    .where(eq(department.orgId, orgId));
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

/** The parent must exist in the same organization and must not be the department or below it. */
async function checkParent(tx: Tx, orgId: string, id: string | null, parentId: string | null) {
  if (!parentId) return;
  const parents = await loadParents(tx, orgId);
  if (!parents.has(parentId)) throw invalidField("parentId", "invalid");
  const seen = new Set<string>();
  for (let cur: string | null | undefined = parentId; cur; cur = parents.get(cur)) {
    if (cur === id || seen.has(cur))
      throw new AppError("validation", "DEPARTMENT_CYCLE", {
        parentId: { key: "DEPARTMENT_CYCLE" },
      });
    seen.add(cur);
  }
}

export async function createDepartment(db: Db, ctx: OrgContext, input: DepartmentInput) {
  return writeInOrg(db, ctx, async (tx) => {
    await lockOrgStructure(tx, ctx.orgId);
    await checkParent(tx, ctx.orgId, null, input.parentId);
    const id = randomUUID();
    const [row] = await tx
      .insert(department)
      .values({ orgId: ctx.orgId, id, ...input })
      .returning();
    await appendAudit(tx, ctx, {
      entity: "department",
      entityId: id,
      action: "create",
      changes: diffFields(null, row ?? null),
    });
    return { id };
  });
}

/**
 * Creates top-level departments by name inside the caller's transaction (the register import
 * creates the departments its file names, in the same commit as the rows). A name that
 * already exists (width and spacing folded, as the import compares them) is not created
 * twice. Returns every department of the organization afterwards.
 */
export async function createDepartmentsByName(
  tx: Tx,
  ctx: OrgContext,
  names: readonly string[],
): Promise<{ id: string; name: string }[]> {
  await lockOrgStructure(tx, ctx.orgId);
  const existing = await tx
    .select({ id: department.id, name: department.name })
    .from(department)
    .where(eq(department.orgId, ctx.orgId));
  const fold = (n: string) => n.normalize("NFKC").replace(/\s+/g, " ").trim();
  const known = new Set(existing.map((d) => fold(d.name)));
  const fresh = [...new Set(names.map(fold))].filter((n) => n !== "" && !known.has(n));
  if (fresh.length === 0) return existing;
  const [last] = await tx
    .select({ n: max(department.sortOrder) })
    .from(department)
    .where(eq(department.orgId, ctx.orgId));
  const start = (last?.n ?? -1) + 1;
  const rows = await tx
    .insert(department)
    .values(
      fresh.map((name, i) => ({
        orgId: ctx.orgId,
        id: randomUUID(),
        name,
        parentId: null,
        sortOrder: start + i,
      })),
    )
    .returning();
  await appendAuditMany(
    tx,
    ctx,
    rows.map((row) => ({
      entity: "department",
      entityId: row.id,
      action: "create",
      changes: diffFields(null, row),
    })),
  );
  return [...existing, ...rows.map((r) => ({ id: r.id, name: r.name }))];
}

export async function updateDepartment(
  db: Db,
  ctx: OrgContext,
  id: string,
  patch: Partial<DepartmentInput>,
) {
  return writeInOrg(db, ctx, async (tx) => {
    await lockOrgStructure(tx, ctx.orgId);
    const key = and(eq(department.orgId, ctx.orgId), eq(department.id, id));
    const [before] = await tx.select().from(department).where(key).for("update");
    if (!before) throw notFound();
    if (patch.parentId !== undefined) await checkParent(tx, ctx.orgId, id, patch.parentId);
    const [after] = await tx
      .update(department)
      .set({ ...patch, updatedAt: new Date() })
      .where(key)
      .returning();
    const changes = diffFields(before, after ?? null);
    // An update without changes records nothing (appendAudit leaves it out).
    await appendAudit(tx, ctx, { entity: "department", entityId: id, action: "update", changes });
    return { id };
  });
}

export async function deleteDepartment(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    await lockOrgStructure(tx, ctx.orgId);
    const key = and(eq(department.orgId, ctx.orgId), eq(department.id, id));
    const [before] = await tx.select().from(department).where(key).for("update");
    if (!before) throw notFound();
    const inOrg = (col: typeof department.parentId) =>
      and(eq(department.orgId, ctx.orgId), eq(col, id));
    const [child] = await tx
      .select({ id: department.id })
      .from(department)
      .where(inOrg(department.parentId))
      .limit(1);
    if (child) throw conflict("DEPARTMENT_HAS_CHILDREN");
    // People, appointments and register items refer to departments without cascade: the
    // database refuses the delete while any remains. Legal links go with the department.
    const { events } = await effectsOfDeleting(tx, ctx, "department", id);
    await deleteUnlessReferenced(() => tx.delete(department).where(key), "DEPARTMENT_IN_USE");
    await appendAuditMany(tx, ctx, [
      { entity: "department", entityId: id, action: "delete", changes: diffFields(before, null) },
      ...events,
    ]);
  });
}
