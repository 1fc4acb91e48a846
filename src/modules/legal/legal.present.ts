// How a legal-register row is shown: its name in the caller's language, the catalogue entry
// it was picked from, and the register items and departments it applies to.
import { and, asc, eq, inArray } from "drizzle-orm";
import { getLawEntry, type LawEntry } from "../../core/registers/law-catalogue.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { FieldError } from "../../server/app-error.ts";
import { AppError, invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { inventoryItem } from "../inventory/index.ts";
import { department } from "../org/index.ts";
import type { LegalRequirementOut } from "./legal.contract.ts";
import {
  type legalRequirement,
  legalRequirementDepartment,
  legalRequirementItem,
} from "./legal.tables.ts";

export type LegalRow = typeof legalRequirement.$inferSelect;
type Ref = { id: string; name: string };
export type Links = { items: Ref[]; departments: Ref[] };

export function catalogueSummary(e: LawEntry): NonNullable<LegalRequirementOut["catalogue"]> {
  return {
    id: e.id,
    name: e.name,
    formalName: e.formalName ?? null,
    kind: e.kind,
    issuer: e.issuer,
    articles: e.articles.map((a) => ({ ref: a.ref, title: a.title })),
    appliesWhen: e.appliesWhen,
    baseline: e.baseline,
    verified: e.verified,
  };
}

export function present(row: LegalRow, links: Links | undefined, lang: Lang): LegalRequirementOut {
  const entry = row.lawId ? getLawEntry(row.lawId) : undefined;
  // A row whose catalogue entry was withdrawn still shows its id rather than nothing.
  const fallback = row.name ?? row.lawId ?? "";
  const nameJa = row.name ?? entry?.name.ja ?? fallback;
  const nameEn = row.name ?? entry?.name.en ?? fallback;
  return {
    id: row.id,
    lawId: row.lawId,
    name: lang === "en" ? nameEn : nameJa,
    nameJa,
    nameEn,
    ownName: row.name,
    kind: row.kind,
    articles: row.articles,
    obligations: row.obligations,
    checkedBy: row.checkedBy,
    checkedOn: row.checkedOn,
    notes: row.notes,
    itemIds: links?.items.map((i) => i.id) ?? [],
    items: links?.items ?? [],
    departmentIds: links?.departments.map((d) => d.id) ?? [],
    departments: links?.departments ?? [],
    catalogue: entry ? catalogueSummary(entry) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The items and departments of several rows, in two queries, names sorted. */
export async function loadLinks(
  db: Db | Tx,
  orgId: string,
  ids: string[],
): Promise<Map<string, Links>> {
  const out = new Map<string, Links>(ids.map((id) => [id, { items: [], departments: [] }]));
  if (!ids.length) return out;
  const [items, depts] = await Promise.all([
    db
      .select({
        rid: legalRequirementItem.requirementId,
        id: inventoryItem.id,
        name: inventoryItem.name,
      })
      .from(legalRequirementItem)
      .innerJoin(
        inventoryItem,
        and(
          eq(inventoryItem.orgId, legalRequirementItem.orgId),
          eq(inventoryItem.id, legalRequirementItem.itemId),
        ),
      )
      .where(
        and(
          eq(legalRequirementItem.orgId, orgId),
          inArray(legalRequirementItem.requirementId, ids),
        ),
      )
      .orderBy(asc(inventoryItem.name), asc(inventoryItem.id)),
    db
      .select({
        rid: legalRequirementDepartment.requirementId,
        id: department.id,
        name: department.name,
      })
      .from(legalRequirementDepartment)
      .innerJoin(
        department,
        and(
          eq(department.orgId, legalRequirementDepartment.orgId),
          eq(department.id, legalRequirementDepartment.departmentId),
        ),
      )
      .where(
        and(
          eq(legalRequirementDepartment.orgId, orgId),
          inArray(legalRequirementDepartment.requirementId, ids),
        ),
      )
      .orderBy(asc(department.name), asc(department.id)),
  ]);
  for (const r of items) out.get(r.rid)?.items.push({ id: r.id, name: r.name });
  for (const r of depts) out.get(r.rid)?.departments.push({ id: r.id, name: r.name });
  return out;
}

/**
 * Refuses ids that are not records of this organization (another organization's ids look
 * exactly like unknown ones), naming each bad position: `itemIds.2`.
 */
export async function checkLinkIds(
  tx: Tx,
  ctx: OrgContext,
  itemIds: string[] | undefined,
  departmentIds: string[] | undefined,
) {
  const fields: Record<string, FieldError> = {};
  if (itemIds?.length) {
    const found = await tx
      .select({ id: inventoryItem.id })
      .from(inventoryItem)
      .where(and(eq(inventoryItem.orgId, ctx.orgId), inArray(inventoryItem.id, itemIds)));
    markMissing(fields, "itemIds", itemIds, new Set(found.map((r) => r.id)));
  }
  if (departmentIds?.length) {
    const found = await tx
      .select({ id: department.id })
      .from(department)
      .where(and(eq(department.orgId, ctx.orgId), inArray(department.id, departmentIds)));
    markMissing(fields, "departmentIds", departmentIds, new Set(found.map((r) => r.id)));
  }
  if (Object.keys(fields).length) throw new AppError("validation", "VALIDATION_FAILED", fields);
}

function markMissing(
  fields: Record<string, FieldError>,
  name: string,
  ids: string[],
  found: Set<string>,
) {
  ids.forEach((id, i) => {
    if (!found.has(id)) fields[`${name}.${i}`] = { key: "not_in_organization" };
  });
}

/** Replaces a row's link lists (each only when given). */
export async function writeLinks(
  tx: Tx,
  ctx: OrgContext,
  requirementId: string,
  itemIds: string[] | undefined,
  departmentIds: string[] | undefined,
) {
  if (itemIds) {
    await tx
      .delete(legalRequirementItem)
      .where(
        and(
          eq(legalRequirementItem.orgId, ctx.orgId),
          eq(legalRequirementItem.requirementId, requirementId),
        ),
      );
    if (itemIds.length)
      await tx
        .insert(legalRequirementItem)
        .values(itemIds.map((itemId) => ({ orgId: ctx.orgId, requirementId, itemId })));
  }
  if (departmentIds) {
    await tx
      .delete(legalRequirementDepartment)
      .where(
        and(
          eq(legalRequirementDepartment.orgId, ctx.orgId),
          eq(legalRequirementDepartment.requirementId, requirementId),
        ),
      );
    if (departmentIds.length)
      await tx
        .insert(legalRequirementDepartment)
        .values(
          departmentIds.map((departmentId) => ({ orgId: ctx.orgId, requirementId, departmentId })),
        );
  }
}

export const unknownLaw = () => invalidField("lawId", "unknown_law");
