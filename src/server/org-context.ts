import type { AccessRole } from "../core/access/permissions.ts";

/** Who acts, in which organization, with which access role. Services take this, never HTTP. */
export type OrgContext = { orgId: string; userId: string; userName: string; role: AccessRole };
