// The organization's part of readiness: the profile fields the rules read, and the rules of
// the PMS's frame (scope, representative, the appointed roles, staff in the register).
import { eq } from "drizzle-orm";
import { ORGANIZATION_RULES } from "../../core/readiness/index.ts";
import type { ReadinessProvider } from "../readiness/index.ts";
import { orgProfile } from "./org.tables.ts";

export const orgReadiness: ReadinessProvider = {
  id: "org",
  reads: ["org_profile"],
  rules: ORGANIZATION_RULES,
  async load(db, ctx) {
    const [row] = await db
      .select({ scope: orgProfile.scope, representative: orgProfile.representative })
      .from(orgProfile)
      .where(eq(orgProfile.orgId, ctx.orgId));
    return (snapshot) => {
      snapshot.profile = { scope: row?.scope ?? null, representative: row?.representative ?? null };
    };
  },
};
