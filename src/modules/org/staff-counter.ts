// What the organization capability needs to know about the people register. The people
// capability depends on departments, so it supplies these counts (people.counts.ts) and the
// routes pass them in: org never imports people.
import type { Db, Tx } from "../../db/client.ts";

export type StaffCounter = {
  /** People in office on `today` (YYYY-MM-DD, Japan). */
  currentStaff(db: Db | Tx, orgId: string, today: string): Promise<number>;
  /** People per department id. */
  byDepartment(db: Db | Tx, orgId: string): Promise<Map<string, number>>;
};
