// The rows behind each obligation: the capabilities whose records date a duty say how
// (their readiness providers' `duties`, one aggregate statement each), and the duties done by
// hand are dated by the activity records of the same kind (実施記録, one statement) — a fixed
// number of statements whatever the size of the registers (see core/obligations/catalogue.ts
// and basis.ts).
import {
  countBounds,
  type LastDone,
  lastDoneOf,
  OBLIGATIONS,
  type ObligationSource,
} from "../../core/obligations/index.ts";
import type { Db } from "../../db/client.ts";
import { lastActivityDays } from "../activities/index.ts";
import { readinessProviders } from "../readiness/index.ts";

/** Derived sources by kind, plus the latest activity record of each recorded duty by key. */
export interface FoundDates {
  derived: Record<Exclude<ObligationSource, "record">, LastDone>;
  records: Record<string, string>;
}

export async function loadLastDone(db: Db, orgId: string, today: string): Promise<FoundDates> {
  const bounds = countBounds(today);
  const duties = readinessProviders().flatMap((p) => p.duties ?? []);
  const [summaries, records] = await Promise.all([
    Promise.all(duties.map(async (d) => [d.source, await d.summary(db, orgId, bounds)] as const)),
    lastActivityDays(db, orgId, today),
  ]);
  const derived = Object.fromEntries(
    summaries.map(([source, rows]) => [source, lastDoneOf(source, rows)]),
  );
  // A wiring mistake, not the user's: every derived duty needs a capability that dates it.
  for (const { source } of OBLIGATIONS)
    if (source !== "record" && !derived[source])
      throw new Error(`no capability dates the ${source} duties`);
  return {
    derived: derived as FoundDates["derived"],
    records,
  };
}
