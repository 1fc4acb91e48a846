// How an activity record leaves the server: its kind's label, its approval state, and the
// names of the records it points to as evidence (read for a page of records at once; the
// write checks use the same lookup to refuse links to records the organization lacks).
import { and, eq, inArray } from "drizzle-orm";
import { activityKind, isActivityKind } from "../../core/activities/index.ts";
import { legalEntryName } from "../../core/registers/law-catalogue.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import { inventoryItem } from "../inventory/index.ts";
import { legalRequirement } from "../legal/index.ts";
import { person } from "../people/index.ts";
import { inventoryRisk } from "../risks/index.ts";
import type { ActivityOut, ApprovalState, EvidenceCapability } from "./activities.contract.ts";
import type { ActivityEvidenceLink, activityRecord } from "./activities.tables.ts";

export type ActivityRow = typeof activityRecord.$inferSelect;

export function approvalState(
  r: Pick<ActivityRow, "approverUserId" | "approvedAt">,
): ApprovalState {
  if (r.approvedAt) return "approved";
  return r.approverUserId ? "pending" : "not_needed";
}

/** What a record of another capability shows as evidence. */
export type EvidenceTarget = { name: string; itemId: string | null };

/**
 * "capability:id" → the record's name (and a risk row's register item), for every link that
 * exists in the organization. One query per capability, one after another: inside a
 * transaction the statements share one connection, which node-postgres does not overlap.
 */
export async function lookupEvidence(
  db: Db | Tx,
  orgId: string,
  links: readonly ActivityEvidenceLink[],
  lang: Lang,
): Promise<Map<string, EvidenceTarget>> {
  const ids = (capability: EvidenceCapability) => [
    ...new Set(links.filter((l) => l.capability === capability).map((l) => l.id)),
  ];
  const out = new Map<string, EvidenceTarget>();
  const put = (
    capability: EvidenceCapability,
    id: string,
    name: string,
    itemId = null as string | null,
  ) => out.set(`${capability}:${id}`, { name, itemId });
  const items = ids("inventory_item");
  if (items.length) {
    const I = inventoryItem;
    const rows = await db
      .select({ id: I.id, name: I.name })
      .from(I)
      .where(and(eq(I.orgId, orgId), inArray(I.id, items)));
    for (const r of rows) put("inventory_item", r.id, r.name);
  }
  const laws = ids("legal_requirement");
  if (laws.length) {
    const L = legalRequirement;
    const rows = await db
      .select({ id: L.id, name: L.name, lawId: L.lawId })
      .from(L)
      .where(and(eq(L.orgId, orgId), inArray(L.id, laws)));
    for (const r of rows) put("legal_requirement", r.id, legalEntryName(r, lang));
  }
  const people = ids("person");
  if (people.length) {
    const P = person;
    const rows = await db
      .select({ id: P.id, name: P.name })
      .from(P)
      .where(and(eq(P.orgId, orgId), inArray(P.id, people)));
    for (const r of rows) put("person", r.id, r.name);
  }
  const risks = ids("inventory_risk");
  if (risks.length) {
    const R = inventoryRisk;
    const I = inventoryItem;
    // A risk row's description alone is ambiguous (the same risk recurs per item): "item: risk".
    const rows = await db
      .select({ id: R.id, itemId: R.itemId, description: R.description, item: I.name })
      .from(R)
      .innerJoin(I, and(eq(I.orgId, R.orgId), eq(I.id, R.itemId)))
      .where(and(eq(R.orgId, orgId), inArray(R.id, risks)));
    for (const r of rows) put("inventory_risk", r.id, `${r.item}: ${r.description}`, r.itemId);
  }
  return out;
}

/** The evidence of every row of `rows`, looked up at once (a page of records). */
export const evidenceNames = (
  db: Db | Tx,
  orgId: string,
  rows: readonly ActivityRow[],
  lang: Lang,
) =>
  lookupEvidence(
    db,
    orgId,
    rows.flatMap((r) => r.evidence),
    lang,
  );

export function present(r: ActivityRow, names: Map<string, EvidenceTarget>): ActivityOut {
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
    evidence: r.evidence.map((e) => {
      const found = names.get(`${e.capability}:${e.id}`);
      return { ...e, name: found?.name ?? null, itemId: found?.itemId ?? null };
    }),
    source:
      r.source === "migrated_tick" || r.source === "migrated_obligation" ? r.source : "entered",
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
