import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";

export async function exportPeopleXlsx(_db: Db, _ctx: OrgContext): Promise<Buffer> {
  throw new Error("not implemented");
}
