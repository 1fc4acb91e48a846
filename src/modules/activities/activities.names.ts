// How the audit page names an activity record a file is attached to: its kind and day, as the
// record's own events are named (core/audit/audit-subject.ts), e.g. 教育（2025-04-01）.
import { and, eq, inArray } from "drizzle-orm";
import { activityKind, isActivityKind } from "../../core/activities/kinds.ts";
import type { AuditNamer } from "../audit/index.ts";
import { activityRecord as A } from "./activities.tables.ts";

export const activityRecordNames: AuditNamer = async (db, orgId, ids, lang) => {
  const rows = await db
    .select({ id: A.id, kind: A.kind, performedOn: A.performedOn })
    .from(A)
    .where(and(eq(A.orgId, orgId), inArray(A.id, [...ids])));
  return new Map(
    rows.map((r) => {
      const label = isActivityKind(r.kind) ? activityKind(r.kind).label[lang] : r.kind;
      return [r.id, `${label}（${r.performedOn}）`];
    }),
  );
};
