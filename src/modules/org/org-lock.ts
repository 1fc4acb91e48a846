import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { orgProfile } from "./org.tables.ts";

/**
 * Serialises changes to an organization's PMS structure (departments, appointments) by locking
 * its profile row: rule checks that read the whole structure and the writes that follow never
 * interleave with another transaction's (no cycles in the tree, one PMS manager at a time).
 */
export async function lockOrgStructure(tx: Tx, orgId: string): Promise<void> {
  await tx
    .select({ orgId: orgProfile.orgId })
    .from(orgProfile)
    .where(eq(orgProfile.orgId, orgId))
    .for("update");
}
