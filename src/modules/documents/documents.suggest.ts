// The approver the product suggests for a document: the person appointed today to the
// document's approver role (代表者 or 個人情報保護管理者, src/modules/appointments), matched to a
// member account by e-mail. Only a suggestion: any member who may approve can be named.
import { and, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import { can } from "../../core/access/permissions.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { appointment } from "../appointments/index.ts";
import { member, user } from "../auth/index.ts";
import { person } from "../people/index.ts";

export async function suggestedApprover(
  db: Db | Tx,
  orgId: string,
  approverRole: string,
  now = new Date(),
): Promise<{ userId: string; name: string } | null> {
  const today = todayInJapan(now);
  const rows = await db
    .select({ userId: user.id, name: user.name, role: member.role })
    .from(appointment)
    .innerJoin(
      person,
      and(eq(person.orgId, appointment.orgId), eq(person.id, appointment.personId)),
    )
    .innerJoin(user, sql`lower(${user.email}) = lower(${person.email})`)
    .innerJoin(member, and(eq(member.userId, user.id), eq(member.organizationId, orgId)))
    .where(
      and(
        eq(appointment.orgId, orgId),
        eq(appointment.role, approverRole),
        lte(appointment.fromDate, today),
        or(isNull(appointment.toDate), gte(appointment.toDate, today)),
      ),
    );
  const found = rows.find((r) => can(r.role, "documents.approve"));
  return found ? { userId: found.userId, name: found.name } : null;
}
