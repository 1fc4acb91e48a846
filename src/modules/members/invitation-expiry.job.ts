// Invitations that ran out: marked expired (so the list and the audit trail say so instead of
// leaving them "pending" for ever), their unsent invitation mail cancelled, and the inviter
// told. One transaction per organization, with an audit event per invitation.
import { and, eq, lte } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { appendAuditMany } from "../audit/index.ts";
import { invitation } from "../auth/index.ts";
import { cancelQueuedMail } from "../mail/index.ts";
import { invitationExpired, notifyUsers } from "../notifications/index.ts";
import { sumInEachOrg } from "../shared/each-org.ts";
import type { JobDefinition } from "../shared/job-definition.ts";
import { invitationRef } from "./members.service.ts";

export const INVITATION_EXPIRY_JOB = "members.invitation-expiry";

/** Expires the pending invitations whose time is up at `now`; returns how many. */
export async function expireInvitations(db: Db, now: Date): Promise<number> {
  const due = await db
    .selectDistinct({ orgId: invitation.organizationId })
    .from(invitation)
    .where(and(eq(invitation.status, "pending"), lte(invitation.expiresAt, now)));
  return sumInEachOrg(
    db,
    due.map((d) => d.orgId),
    async (tx, ctx, orgId) => {
      const rows = await tx
        .update(invitation)
        .set({ status: "expired" })
        .where(
          and(
            eq(invitation.organizationId, orgId),
            eq(invitation.status, "pending"),
            lte(invitation.expiresAt, now),
          ),
        )
        .returning();
      for (const row of rows) {
        await cancelQueuedMail(tx, { orgId, ref: invitationRef(row.id) });
        await notifyUsers(tx, ctx, {
          userIds: [row.inviterId],
          kind: invitationExpired,
          payload: { email: row.email, role: row.role },
        });
      }
      await appendAuditMany(
        tx,
        ctx,
        rows.map((row) => ({
          entity: "invitation",
          entityId: row.id,
          action: "update",
          changes: { status: { old: "pending", new: "expired" } },
        })),
      );
      return rows.length;
    },
  );
}

export const invitationExpiryJob: JobDefinition = {
  name: INVITATION_EXPIRY_JOB,
  everySeconds: 3600,
  async run({ database, now }) {
    return `${await expireInvitations(database.db, now)}件`;
  },
};
