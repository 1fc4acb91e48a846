import { sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { notFound } from "../../server/app-error.ts";
import { rowsOf } from "../shared/sql-helpers.ts";

/**
 * The departments `ids` and every department below them, in one recursive statement. A
 * department of another organization (or none) among `ids` is 404, as an unknown id is.
 */
export async function departmentsWithin(
  db: Db | Tx,
  orgId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const res = await db.execute(sql`
    with recursive tree(id, asked) as (
      select d.id, true from department d
       where d.org_id = ${orgId}
         and d.id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
      union
      select d.id, false from department d join tree t on d.parent_id = t.id
       where d.org_id = ${orgId}
    )
    select id, bool_or(asked) as asked from tree group by id`);
  const list = rowsOf<{ id: string; asked: boolean }>(res);
  if (list.filter((r) => r.asked).length !== ids.length) throw notFound();
  return list.map((r) => r.id);
}
