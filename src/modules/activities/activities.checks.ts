// The checks a record's references pass before it is written: the performer is a person of
// the organization, the approver a member who may approve, the evidence records exist in the
// organization. An id of another organization is refused exactly like an unknown one.
import { and, eq, inArray } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import type { Db, Tx } from "../../db/client.ts";
import { invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { member, user } from "../auth/index.ts";
import { inventoryItem } from "../inventory/index.ts";
import { legalRequirement } from "../legal/index.ts";
import { person } from "../people/index.ts";
import type { EvidenceCapability } from "./activities.contract.ts";
import type { ActivityEvidenceLink } from "./activities.tables.ts";

/** The person's name as it is today (stored with the record). */
export async function performerName(tx: Tx, ctx: OrgContext, personId: string): Promise<string> {
  const [row] = await tx
    .select({ name: person.name })
    .from(person)
    .where(and(eq(person.orgId, ctx.orgId), eq(person.id, personId)));
  if (!row) throw invalidField("performedByPersonId", "activity_person_unknown");
  return row.name;
}

/** The approver's name, when they are a member whose role may approve. */
export async function approverName(tx: Tx, ctx: OrgContext, userId: string): Promise<string> {
  const [row] = await tx
    .select({ role: member.role, name: user.name })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, ctx.orgId), eq(member.userId, userId)));
  if (!row || !can(row.role, "activities.approve"))
    throw invalidField("approverUserId", "activity_approver_not_member");
  return row.name;
}

/** The ids of `links` that exist in the organization, per capability (one query each). */
export async function existingEvidence(
  db: Db | Tx,
  orgId: string,
  links: readonly ActivityEvidenceLink[],
): Promise<Set<string>> {
  const ids = (capability: EvidenceCapability) => [
    ...new Set(links.filter((l) => l.capability === capability).map((l) => l.id)),
  ];
  const items = ids("inventory_item");
  const laws = ids("legal_requirement");
  const people = ids("person");
  const I = inventoryItem;
  const L = legalRequirement;
  const P = person;
  const [itemRows, lawRows, personRows] = await Promise.all([
    items.length
      ? db
          .select({ id: I.id })
          .from(I)
          .where(and(eq(I.orgId, orgId), inArray(I.id, items)))
      : [],
    laws.length
      ? db
          .select({ id: L.id })
          .from(L)
          .where(and(eq(L.orgId, orgId), inArray(L.id, laws)))
      : [],
    people.length
      ? db
          .select({ id: P.id })
          .from(P)
          .where(and(eq(P.orgId, orgId), inArray(P.id, people)))
      : [],
  ]);
  return new Set([
    ...itemRows.map((r) => `inventory_item:${r.id}`),
    ...lawRows.map((r) => `legal_requirement:${r.id}`),
    ...personRows.map((r) => `person:${r.id}`),
  ]);
}

/** Refuses the first evidence link that does not exist in the organization. */
export async function checkEvidence(
  tx: Tx,
  ctx: OrgContext,
  links: readonly ActivityEvidenceLink[],
) {
  const found = await existingEvidence(tx, ctx.orgId, links);
  links.forEach((l, i) => {
    if (!found.has(`${l.capability}:${l.id}`))
      throw invalidField(`evidence.${i}.id`, "activity_evidence_unknown");
  });
}
