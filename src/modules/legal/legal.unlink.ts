// When a register item or a department is deleted, the database drops its links to legal
// register entries (foreign key cascade). These events record that on each entry, so the
// entry's own history shows the link going and why the legal.linked rule may have changed.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, diffFields } from "../audit/index.ts";
import type { DeletionHook } from "../shared/deletion-hooks.ts";
import { legalRequirementDepartment, legalRequirementItem } from "./legal.tables.ts";

type Target = { kind: "item" | "department"; id: string };

/**
 * The update events of every legal entry linked to `target`, as the links will be once the
 * target is deleted. Call inside the deleting transaction, before the delete.
 */
export async function legalLinkEventsFor(
  tx: Tx,
  ctx: OrgContext,
  target: Target,
): Promise<AuditInput[]> {
  const L = target.kind === "item" ? legalRequirementItem : legalRequirementDepartment;
  const other =
    target.kind === "item" ? legalRequirementItem.itemId : legalRequirementDepartment.departmentId;
  const field = target.kind === "item" ? "itemIds" : "departmentIds";
  const entries = await tx
    .selectDistinct({ id: L.requirementId })
    .from(L)
    .where(and(eq(L.orgId, ctx.orgId), eq(other, target.id)));
  if (entries.length === 0) return [];
  const links = await tx
    .select({ requirementId: L.requirementId, linked: other })
    .from(L)
    .where(
      and(
        eq(L.orgId, ctx.orgId),
        inArray(
          L.requirementId,
          entries.map((e) => e.id),
        ),
      ),
    );
  return entries
    .map((e) => e.id)
    .sort()
    .map((requirementId) => {
      const before = links
        .filter((l) => l.requirementId === requirementId)
        .map((l) => l.linked)
        .sort();
      const after = before.filter((id) => id !== target.id);
      return {
        entity: "legal_requirement",
        entityId: requirementId,
        action: "update",
        changes: diffFields({ [field]: before }, { [field]: after }),
      };
    });
}

/** Registered for register items and departments (src/modules/capabilities.ts). */
export const legalLinksOfDeletedItem: DeletionHook = async (tx, ctx, id) => ({
  events: await legalLinkEventsFor(tx, ctx, { kind: "item", id }),
});
export const legalLinksOfDeletedDepartment: DeletionHook = async (tx, ctx, id) => ({
  events: await legalLinkEventsFor(tx, ctx, { kind: "department", id }),
});
