import type { Tx } from "../../../db/client.ts";
import type { OrgContext } from "../../../server/org-context.ts";

/** Fills a new organization with the demo company. (Filled in by the demo data work.) */
export async function seedDemoOrganization(_tx: Tx, _ctx: OrgContext): Promise<void> {}
