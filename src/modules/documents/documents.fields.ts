// The values filled into a document's fields (差し込み項目, core/documents/fields.ts) from the
// organization's data. A stand-in until the full version (departments, appointments, desk, the
// version's own data) lands: only the profile's fields are read here.
import { eq } from "drizzle-orm";
import type { FieldValues } from "../../core/documents/content.ts";
import type { Db, Tx } from "../../db/client.ts";
import { orgProfile } from "../org/index.ts";

/** The version whose doc.* fields are filled (number, 第N版, 施行日). */
export interface FieldVersion {
  documentId: string;
  versionNo: number;
  effectiveOn: string | null;
}

/** Every field's value; null (or missing) when the organization has no data for it yet. */
export async function loadFieldValues(
  db: Db | Tx,
  orgId: string,
  _version?: FieldVersion,
): Promise<Record<string, string | null>> {
  const [profile] = await db
    .select({ name: orgProfile.name, representative: orgProfile.representative })
    .from(orgProfile)
    .where(eq(orgProfile.orgId, orgId));
  const values: FieldValues = {
    "org.name": profile?.name ?? null,
    "org.representative": profile?.representative ?? null,
  };
  return values as Record<string, string | null>;
}
