// The checks a record's references pass before it is written: the performer is a person of
// the organization, the approver a member who may approve, the evidence records exist in the
// organization. An id of another organization is refused exactly like an unknown one.
import { and, eq } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import type { Tx } from "../../db/client.ts";
import { invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { member, user } from "../auth/index.ts";
import { person } from "../people/index.ts";
import { lookupEvidence } from "./activities.present.ts";
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

/** Refuses the first evidence link that does not exist in the organization. */
export async function checkEvidence(
  tx: Tx,
  ctx: OrgContext,
  links: readonly ActivityEvidenceLink[],
) {
  const found = await lookupEvidence(tx, ctx.orgId, links, "ja");
  links.forEach((l, i) => {
    if (!found.has(`${l.capability}:${l.id}`))
      throw invalidField(`evidence.${i}.id`, "activity_evidence_unknown");
  });
}
