// The register list's total per filter, kept while the register does not change. Counting
// 10,000 rows on every page costs more than the page itself; the write path bumps the
// organization's inventory_item change counter with every write to a register row (it is the
// only writer, inventory.writer.ts), so a total stored with the counter it was counted under
// is exact until the counter moves — in every process, since the counter is in the database.
import type { Db } from "../../db/client.ts";
import { readChangeCounter } from "../../db/write-path.ts";
import { REGISTER_ENTITY } from "./inventory.writer.ts";

/** Filters of a few hundred users' lists; least recently used first. */
const CAPACITY = 2000;
const totals = new Map<string, { counter: number; total: Totals }>();

/** What a filter adds up to: the row count, and the sum of 件数 read as numbers. */
export interface Totals {
  total: number;
  countSum: { value: number; rows: number };
}

/** The organization's register change counter (0 before its first register write). */
export const registerCounter = (db: Db, orgId: string): Promise<number> =>
  readChangeCounter(db, orgId, REGISTER_ENTITY);

/**
 * The total for `filterKey` (which must include the day when a filter depends on it) under
 * `counter`, read BEFORE counting: a write committing in between moves the counter, so a
 * total counted after it is stored under the older counter and never served for the newer.
 */
export async function cachedTotal(
  orgId: string,
  filterKey: string,
  counter: number,
  count: () => Promise<Totals>,
): Promise<Totals> {
  const key = `${orgId}\u0000${filterKey}`;
  const hit = totals.get(key);
  if (hit && hit.counter === counter) {
    totals.delete(key);
    totals.set(key, hit);
    return hit.total;
  }
  const total = await count();
  totals.delete(key);
  totals.set(key, { counter, total });
  while (totals.size > CAPACITY) {
    const oldest = totals.keys().next();
    if (oldest.done) break;
    totals.delete(oldest.value);
  }
  return total;
}

/** Tests: forget every stored total. */
export function clearRegisterTotals(): void {
  totals.clear();
}
