// PDCA calendar: where each recurring obligation stands, and the days recorded by hand for the
// obligations no capability records yet (education, internal audit, management review …).
import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import {
  getObligation,
  type LastDone,
  OBLIGATIONS,
  type ObligationDef,
  type ObligationState,
  obligationStates,
} from "../../core/obligations/index.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import type { ObligationOut, RecordInput, RecordOut } from "./obligations.contract.ts";
import { loadLastDone } from "./obligations.sources.ts";
import { obligationRecord } from "./obligations.tables.ts";

const ENTITY = "obligation_record";
const R = obligationRecord;

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

function knownObligation(key: string): ObligationDef {
  const def = getObligation(key);
  if (!def) throw new AppError("not_found", "OBLIGATION_NOT_FOUND", {}, { key });
  return def;
}

/** Obligations derived from another capability's records take no records of their own. */
function recordedObligation(key: string): ObligationDef {
  const def = knownObligation(key);
  if (def.source !== "record") {
    throw new AppError("validation", "OBLIGATION_DERIVED", {}, { key });
  }
  return def;
}

const present = (r: typeof R.$inferSelect): RecordOut => ({
  id: r.id,
  obligation: r.obligation,
  doneOn: r.doneOn,
  note: r.note,
  recordedByName: r.recordedByName,
  createdAt: r.createdAt.toISOString(),
});

/** The obligation's records, latest day first. */
export async function listRecords(db: Db, ctx: OrgContext, key: string) {
  knownObligation(key);
  const rows = await db
    .select()
    .from(R)
    .where(and(eq(R.orgId, ctx.orgId), eq(R.obligation, key)))
    .orderBy(desc(R.doneOn), desc(R.createdAt), desc(R.id))
    .limit(500);
  return { items: rows.map(present) };
}

export async function createRecord(
  db: Db,
  ctx: OrgContext,
  key: string,
  input: RecordInput,
  now = new Date(),
) {
  recordedObligation(key);
  // A day still to come would show the obligation as done before it is.
  if (input.doneOn > todayInJapan(now)) throw invalidField("doneOn", "date_in_future");
  return writeInOrg(db, ctx, async (tx) => {
    const id = randomUUID();
    const [row] = await tx
      .insert(R)
      .values({
        orgId: ctx.orgId,
        id,
        obligation: key,
        doneOn: input.doneOn,
        note: input.note,
        recordedBy: ctx.userId,
        recordedByName: ctx.userName,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const { orgId: _o, createdAt: _c, ...audited } = row;
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: "create",
      changes: diffFields(null, audited),
    });
    return { id };
  });
}

export async function deleteRecord(db: Db, ctx: OrgContext, key: string, id: string) {
  recordedObligation(key);
  await writeInOrg(db, ctx, async (tx) => {
    const where = and(eq(R.orgId, ctx.orgId), eq(R.obligation, key), eq(R.id, id));
    const [before] = await tx.select().from(R).where(where).for("update");
    if (!before) throw notFound();
    await tx.delete(R).where(where);
    const { orgId: _o, createdAt: _c, ...audited } = before;
    await appendAudit(tx, ctx, {
      entity: ENTITY,
      entityId: id,
      action: "delete",
      changes: diffFields(audited, null),
    });
  });
}
