// Members of an organization and invitations, on the organization plugin's tables.
// Every change is written with its audit event in one transaction.
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import type { AccessRole } from "../../core/access/permissions.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { AppError, conflict, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit } from "../audit/index.ts";
import { invitation, member, organization, user } from "../auth/index.ts";
import { cancelQueuedMail, enqueueMail } from "../mail/index.ts";
import { memberJoined, notifyRoles } from "../notifications/index.ts";
import { hashSecretToken, newSecretToken, secretTokenMatches } from "../shared/secret-token.ts";
import { invitationMail } from "./members.mail.ts";

const INVITATION_DAYS = 14;

/** The link an invitee opens: the invitation and its secret (only the secret's hash is kept). */
export const invitationLink = (baseUrl: string, id: string, token: string) =>
  `${baseUrl}/invite/${id}/${token}`;

export async function listMembers(db: Db, ctx: OrgContext) {
  const rows = await db
    .select({
      id: member.id,
      userId: member.userId,
      name: user.name,
      email: user.email,
      role: member.role,
      createdAt: member.createdAt,
    })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(eq(member.organizationId, ctx.orgId))
    .orderBy(asc(user.name));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** Pending invitations; their links are not shown again (only their hashes are kept). */
export async function listInvitations(db: Db, ctx: OrgContext) {
  const rows = await db
    .select()
    .from(invitation)
    .where(
      and(
        eq(invitation.organizationId, ctx.orgId),
        eq(invitation.status, "pending"),
        gt(invitation.expiresAt, new Date()),
      ),
    )
    .orderBy(asc(invitation.email));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    status: r.status,
    expiresAt: r.expiresAt.toISOString(),
    link: null,
  }));
}

/** Only an owner may hand out or take away the owner role. */
function checkOwnerGrant(ctx: OrgContext, ...roles: string[]) {
  if (roles.includes("owner") && ctx.role !== "owner") throw new AppError("forbidden", "FORBIDDEN");
}

/** The invitation mail's outbox reference, so cancelling the invitation cancels its mail. */
export const invitationRef = (id: string) => `invitation:${id}`;

export async function inviteMember(
  db: Db,
  ctx: OrgContext,
  input: { email: string; role: AccessRole },
  mail: { baseUrl: string; lang: Lang },
) {
  checkOwnerGrant(ctx, input.role);
  const email = input.email.toLowerCase();
  return writeInOrg(db, ctx, async (tx) => {
    const [existing] = await tx
      .select({ id: member.id })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(and(eq(member.organizationId, ctx.orgId), sql`lower(${user.email}) = ${email}`));
    if (existing) throw conflict("ALREADY_MEMBER", "email");
    // A new invitation to the same address replaces the pending one (and its unsent mail).
    const replaced = await tx
      .update(invitation)
      .set({ status: "canceled" })
      .where(
        and(
          eq(invitation.organizationId, ctx.orgId),
          eq(invitation.email, email),
          eq(invitation.status, "pending"),
        ),
      )
      .returning({ id: invitation.id });
    for (const r of replaced)
      await cancelQueuedMail(tx, { orgId: ctx.orgId, ref: invitationRef(r.id) });
    const id = randomUUID();
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
    await tx.insert(invitation).values({
      id,
      tokenHash: hashSecretToken(token),
      organizationId: ctx.orgId,
      email,
      role: input.role,
      status: "pending",
      inviterId: ctx.userId,
      expiresAt,
    });
    await appendAudit(tx, ctx, {
      entity: "invitation",
      entityId: id,
      action: "create",
      changes: { email: { old: null, new: email }, role: { old: null, new: input.role } },
    });
    // The mail with the link, queued with the invitation (sent when SMTP_URL is set).
    const [org] = await tx
      .select({ name: organization.name })
      .from(organization)
      .where(eq(organization.id, ctx.orgId));
    await enqueueMail(tx, {
      orgId: ctx.orgId,
      to: email,
      template: invitationMail,
      lang: mail.lang,
      payload: {
        orgName: org?.name ?? "",
        inviterName: ctx.userName,
        role: input.role,
        expiresOn: todayInJapan(expiresAt),
      },
      secret: invitationLink(mail.baseUrl, id, token),
      secretExpiresAt: expiresAt,
      ref: invitationRef(id),
      fields: { to: "email" },
    });
    return { id, token, expiresAt };
  });
}

export async function cancelInvitation(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const key = and(
      eq(invitation.organizationId, ctx.orgId),
      eq(invitation.id, id),
      eq(invitation.status, "pending"),
    );
    const [row] = await tx.update(invitation).set({ status: "canceled" }).where(key).returning();
    if (!row) throw notFound();
    await cancelQueuedMail(tx, { orgId: ctx.orgId, ref: invitationRef(id) });
    await appendAudit(tx, ctx, {
      entity: "invitation",
      entityId: id,
      action: "cancel",
      changes: { status: { old: "pending", new: "canceled" } },
    });
  });
}

/** A pending invitation whose link secret matches; anything else is the same 404. */
async function pendingInvitation(db: Db, id: string, token: string) {
  const [row] = await db
    .select({ inv: invitation, orgName: organization.name, inviterName: user.name })
    .from(invitation)
    .innerJoin(organization, eq(organization.id, invitation.organizationId))
    .leftJoin(user, eq(user.id, invitation.inviterId))
    .where(eq(invitation.id, id));
  if (
    !row ||
    !secretTokenMatches(row.inv.tokenHash, token) ||
    row.inv.status !== "pending" ||
    row.inv.expiresAt <= new Date()
  ) {
    throw new AppError("not_found", "INVITATION_INVALID");
  }
  return row;
}

export async function previewInvitation(db: Db, id: string, token: string) {
  const { inv, orgName, inviterName } = await pendingInvitation(db, id, token);
  return {
    id: inv.id,
    orgName,
    inviterName: inviterName ?? null,
    email: inv.email,
    role: inv.role,
    status: inv.status,
    expiresAt: inv.expiresAt.toISOString(),
  };
}

/**
 * The signed-in user accepts an invitation with its link's secret, and only when it is
 * addressed to their own e-mail address.
 */
export async function acceptInvitation(
  db: Db,
  actor: { id: string; name: string; email: string },
  id: string,
  token: string,
) {
  const { inv } = await pendingInvitation(db, id, token);
  if (inv.email.toLowerCase() !== actor.email.toLowerCase())
    throw new AppError("forbidden", "INVITATION_EMAIL_MISMATCH");
  const ctx: OrgContext = {
    orgId: inv.organizationId,
    userId: actor.id,
    userName: actor.name,
    role: inv.role as AccessRole,
  };
  await writeInOrg(db, ctx, async (tx) => {
    const [claimed] = await tx
      .update(invitation)
      .set({ status: "accepted" })
      .where(and(eq(invitation.id, id), eq(invitation.status, "pending")))
      .returning();
    if (!claimed) throw new AppError("not_found", "INVITATION_INVALID");
    const memberId = randomUUID();
    const inserted = await tx
      .insert(member)
      .values({
        id: memberId,
        organizationId: inv.organizationId,
        userId: actor.id,
        role: inv.role,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted.length) throw conflict("ALREADY_MEMBER");
    await appendAudit(tx, ctx, {
      entity: "member",
      entityId: memberId,
      action: "join",
      changes: { userId: { old: null, new: actor.id }, role: { old: null, new: inv.role } },
    });
    // Owners and admins learn who joined (not the newcomer, even when joining as one).
    await notifyRoles(tx, ctx, {
      roles: ["owner", "admin"],
      kind: memberJoined,
      payload: { memberName: actor.name, role: inv.role },
      exceptUserIds: [actor.id],
    });
  });
  return { orgId: inv.organizationId };
}

/**
 * Serialises changes of members within one organization: without it two owners demoting or
 * removing each other at the same time each count two owners and leave none. "No key update"
 * does not block the key-share locks every insert referencing the organization takes.
 */
async function lockMembers(tx: Tx, orgId: string) {
  await tx
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.id, orgId))
    .for("no key update");
}

async function ownerCount(db: Db | Tx, orgId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(member)
    .where(and(eq(member.organizationId, orgId), eq(member.role, "owner")));
  return row?.n ?? 0;
}

export async function changeMemberRole(
  db: Db,
  ctx: OrgContext,
  memberId: string,
  role: AccessRole,
) {
  await writeInOrg(db, ctx, async (tx) => {
    await lockMembers(tx, ctx.orgId);
    const key = and(eq(member.organizationId, ctx.orgId), eq(member.id, memberId));
    const [before] = await tx.select().from(member).where(key).for("update");
    if (!before) throw notFound();
    checkOwnerGrant(ctx, role, before.role);
    if (before.role === "owner" && role !== "owner" && (await ownerCount(tx, ctx.orgId)) <= 1) {
      throw conflict("LAST_OWNER", "role");
    }
    await tx.update(member).set({ role }).where(key);
    await appendAudit(tx, ctx, {
      entity: "member",
      entityId: memberId,
      action: "update",
      changes: { role: { old: before.role, new: role } },
    });
  });
}

export async function removeMember(db: Db, ctx: OrgContext, memberId: string) {
  await writeInOrg(db, ctx, async (tx) => {
    await lockMembers(tx, ctx.orgId);
    const key = and(eq(member.organizationId, ctx.orgId), eq(member.id, memberId));
    const [before] = await tx.select().from(member).where(key).for("update");
    if (!before) throw notFound();
    checkOwnerGrant(ctx, before.role);
    if (before.role === "owner" && (await ownerCount(tx, ctx.orgId)) <= 1)
      throw conflict("LAST_OWNER");
    await tx.delete(member).where(key);
    await appendAudit(tx, ctx, {
      entity: "member",
      entityId: memberId,
      action: "delete",
      changes: { userId: { old: before.userId, new: null }, role: { old: before.role, new: null } },
    });
  });
}
