// PDCA calendar: where each recurring obligation stands. The duties done by hand (education,
// internal audit, management review …) are dated by activity records (src/modules/activities).
import {
  type LastDone,
  OBLIGATIONS,
  type ObligationState,
  obligationStates,
} from "../../core/obligations/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import type { ObligationOut } from "./obligations.contract.ts";
import { loadLastDone } from "./obligations.sources.ts";

/** Every obligation of the organization on `today`, never done first, then by due day. */
export async function obligationStatesOf(
  db: Db,
  orgId: string,
  today: string,
): Promise<ObligationState[]> {
  const found = await loadLastDone(db, orgId, today);
  const byKey: Record<string, LastDone> = {};
  for (const def of OBLIGATIONS) {
    byKey[def.key] =
      def.source === "record"
        ? { lastDone: found.records[def.key] ?? null }
        : found.derived[def.source];
  }
  return obligationStates(byKey, today);
}

export const presentObligation = (s: ObligationState): ObligationOut => ({
  key: s.key,
  title: s.def.title,
  rhythmMonths: s.def.rhythmMonths,
  lastDone: s.lastDone,
  source: s.def.source === "record" ? "record" : "derived",
  nextDue: s.nextDue,
  status: s.status,
  daysUntilDue: s.daysUntilDue,
  dueFrom: s.dueFrom,
  rows: s.rows,
  fixPath: s.def.fixPath,
});

export async function listObligations(db: Db, ctx: OrgContext, now = new Date()) {
  const today = todayInJapan(now);
  const states = await obligationStatesOf(db, ctx.orgId, today);
  return { today, items: states.map(presentObligation) };
}
