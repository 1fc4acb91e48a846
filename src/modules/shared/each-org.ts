// Scheduled work that acts in several organizations: one write per organization, as the system
// (its own transaction and audit events), so each organization's work is committed before the
// next one's starts and a failure later on never undoes it.
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { type OrgContext, systemContext } from "../../server/org-context.ts";

/** Runs `work` in each organization in turn; returns the sum of what the runs return. */
export async function sumInEachOrg(
  db: Db,
  orgIds: readonly string[],
  work: (tx: Tx, ctx: OrgContext, orgId: string) => Promise<number>,
): Promise<number> {
  let total = 0;
  for (const orgId of orgIds) {
    const ctx = systemContext(orgId);
    total += await writeInOrg(db, ctx, (tx) => work(tx, ctx, orgId));
  }
  return total;
}
