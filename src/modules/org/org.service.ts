// Organizations (tenants) and their profile (事業者情報).
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { estimateFees, PRIVACY_MARK_FEES } from "../../core/fees/fees.ts";
import { classifySize } from "../../core/fees/size-class.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { member, organization } from "../auth/index.ts";
import type { ProfileInput, ProfileOut } from "./org.contract.ts";
import { orgProfile } from "./org.tables.ts";
import type { StaffCounter } from "./staff-counter.ts";

export type Actor = { id: string; name: string };

/** Creates an organization with the actor as its owner, in one transaction with its audit event. */
export async function createOrganization(
  db: Db,
  actor: Actor,
  input: { name: string },
  seed?: (tx: Tx, ctx: OrgContext) => Promise<void>,
): Promise<{ id: string }> {
  const id = randomUUID();
  const ctx: OrgContext = { orgId: id, userId: actor.id, userName: actor.name, role: "owner" };
  await writeInOrg(db, ctx, async (tx) => {
    await tx.insert(organization).values({ id, name: input.name, slug: id });
    await tx
      .insert(member)
      .values({ id: randomUUID(), organizationId: id, userId: actor.id, role: "owner" });
    await tx.insert(orgProfile).values({ orgId: id, name: input.name });
    await appendAudit(tx, ctx, {
      entity: "organization",
      entityId: id,
      action: "create",
      changes: { name: { old: null, new: input.name } },
    });
    if (seed) await seed(tx, ctx);
  });
  return { id };
}

export async function listMyOrganizations(db: Db, userId: string) {
  return db
    .select({ id: organization.id, name: organization.name, role: member.role })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(organization.name);
}

export async function getProfile(
  db: Db,
  ctx: OrgContext,
  staff: StaffCounter,
): Promise<ProfileOut> {
  const [row] = await db.select().from(orgProfile).where(eq(orgProfile.orgId, ctx.orgId));
  if (!row) throw notFound();
  const staffInRegister = await staff.currentStaff(db, ctx.orgId, todayInJapan());
  return presentProfile(row, staffInRegister);
}

function presentProfile(row: typeof orgProfile.$inferSelect, staffInRegister: number): ProfileOut {
  const staff = row.employeeCount ?? staffInRegister;
  const size =
    row.industry && staff > 0
      ? classifySize({
          industry: row.industry as never,
          capitalYen: row.noCapital ? "none" : row.capital,
          employeeCount: staff,
        })
      : null;
  return {
    name: row.name,
    corporateNumber: row.corporateNumber,
    representative: row.representative,
    headOffice: row.headOffice,
    industry: row.industry as ProfileOut["industry"],
    capital: row.capital,
    noCapital: row.noCapital,
    employeeCount: row.employeeCount,
    offices: row.offices,
    scope: row.scope,
    deskName: row.deskName,
    deskAddress: row.deskAddress,
    deskPhone: row.deskPhone,
    deskEmail: row.deskEmail,
    deskHours: row.deskHours,
    accreditedOrgName: row.accreditedOrgName,
    requestFee: row.requestFee,
    updatedAt: row.updatedAt.toISOString(),
    staffInRegister,
    sizeClass: size
      ? {
          sizeClass: size.sizeClass,
          rule: size.rule,
          fees:
            size.sizeClass === "ineligible"
              ? null
              : {
                  ...estimateFees(size.sizeClass),
                  asOf: PRIVACY_MARK_FEES.asOf,
                  extras: PRIVACY_MARK_FEES.extras.map(({ key, label, amountYen, verified }) => ({
                    key,
                    label,
                    amountYen,
                    verified,
                  })),
                },
        }
      : null,
  };
}

export async function updateProfile(
  db: Db,
  ctx: OrgContext,
  staff: StaffCounter,
  input: ProfileInput,
): Promise<ProfileOut> {
  return writeInOrg(db, ctx, async (tx) => {
    const [before] = await tx
      .select()
      .from(orgProfile)
      .where(eq(orgProfile.orgId, ctx.orgId))
      .for("update");
    if (!before) throw notFound();
    const [after] = await tx
      .update(orgProfile)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(orgProfile.orgId, ctx.orgId))
      .returning();
    if (!after) throw notFound();
    if (before.name !== after.name) {
      await tx.update(organization).set({ name: after.name }).where(eq(organization.id, ctx.orgId));
    }
    const changes = diffFields(before, after);
    // An update without changes records nothing (appendAudit leaves it out).
    await appendAudit(tx, ctx, {
      entity: "org_profile",
      entityId: ctx.orgId,
      action: "update",
      changes,
    });
    return presentProfile(after, await staff.currentStaff(tx, ctx.orgId, todayInJapan()));
  });
}
