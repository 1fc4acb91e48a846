import type { Db } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";

/** Placeholder until the import work lands: validates every row, writes all or nothing. */
export async function importPeopleFile(
  _db: Db,
  _ctx: OrgContext,
  _file: { buffer: Buffer; filename: string; lang: Lang },
): Promise<{ created: number; updated: number; total: number }> {
  throw new Error("not implemented");
}
