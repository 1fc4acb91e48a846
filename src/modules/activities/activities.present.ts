// How an activity record leaves the server: its kind's label, its approval state, and the
// names of the records it points to as evidence (read for a page of records at once).
import { and, eq, inArray } from "drizzle-orm";
import { activityKind, isActivityKind } from "../../core/activities/index.ts";
import { legalEntryName } from "../../core/registers/law-catalogue.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import { inventoryItem } from "../inventory/index.ts";
import { legalRequirement } from "../legal/index.ts";
import { person } from "../people/index.ts";
import type { ActivityOut, ApprovalState } from "./activities.contract.ts";
import type { activityRecord } from "./activities.tables.ts";

export type ActivityRow = typeof activityRecord.$inferSelect;

export function approvalState(
  r: Pick<ActivityRow, "approverUserId" | "approvedAt">,
): ApprovalState {
  if (r.approvedAt) return "approved";
  return r.approverUserId ? "pending" : "not_needed";
}

/** "capability:id" → the record's name, for every evidence link of `rows`. */
export async function evidenceNames(
  db: Db | Tx,
  orgId: string,
  rows: readonly ActivityRow[],
  lang: Lang,
): Promise<Map<string, string>> {
  const ids = (capability: string) =>
    [...new Set(rows.flatMap((r) => r.evidence.filter((e) => e.capability === capability)))].map(
      (e) => e.id,
    );
  const names = new Map<string, string>();
  const items = ids("inventory_item");
  const laws = ids("legal_requirement");
  const people = ids("person");
  const [itemRows, lawRows, personRows] = await Promise.all([
    items.length
      ? db
          .select({ id: inventoryItem.id, name: inventoryItem.name })
          .from(inventoryItem)
          .where(and(eq(inventoryItem.orgId, orgId), inArray(inventoryItem.id, items)))
      : [],
    laws.length
      ? db
          .select({
            id: legalRequirement.id,
            name: legalRequirement.name,
            lawId: legalRequirement.lawId,
          })
          .from(legalRequirement)
          .where(and(eq(legalRequirement.orgId, orgId), inArray(legalRequirement.id, laws)))
      : [],
    people.length
      ? db
          .select({ id: person.id, name: person.name })
          .from(person)
          .where(and(eq(person.orgId, orgId), inArray(person.id, people)))
      : [],
  ]);
  for (const r of itemRows) names.set(`inventory_item:${r.id}`, r.name);
  for (const r of lawRows) names.set(`legal_requirement:${r.id}`, legalEntryName(r, lang));
  for (const r of personRows) names.set(`person:${r.id}`, r.name);
  return names;
}

export function present(r: ActivityRow, names: Map<string, string>): ActivityOut {
  const def = isActivityKind(r.kind) ? activityKind(r.kind) : null;
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: def?.label ?? { ja: r.kind, en: r.kind },
    performedOn: r.performedOn,
    performedByPersonId: r.performedByPersonId,
    performedByName: r.performedByName,
    approverUserId: r.approverUserId,
    approverName: r.approverName,
    approval: approvalState(r),
    approvedAt: r.approvedAt?.toISOString() ?? null,
    approvalVia:
      r.approvalVia === "in_product" || r.approvalVia === "signed_document" ? r.approvalVia : null,
    approvalAttachmentId: r.approvalAttachmentId,
    needsApproval: def?.needsApproval ?? false,
    notes: r.notes,
    evidence: r.evidence.map((e) => ({ ...e, name: names.get(`${e.capability}:${e.id}`) ?? null })),
    source:
      r.source === "migrated_tick" || r.source === "migrated_obligation" ? r.source : "entered",
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
