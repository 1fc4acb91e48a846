import type { AccessRole } from "../core/access/permissions.ts";

/** Who acts, in which organization, with which access role. Services take this, never HTTP. */
export type OrgContext = { orgId: string; userId: string; userName: string; role: AccessRole };

/**
 * The product itself acting in an organization (a scheduled job: reminders, invitation expiry,
 * notices): its audit events name "mamori", and it may do what an owner may.
 */
export const systemContext = (orgId: string): OrgContext => ({
  orgId,
  userId: "system",
  userName: "mamori",
  role: "owner",
});
