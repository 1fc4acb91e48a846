// Names of the records a page of audit events refers to (core/audit/audit-references.ts): the
// register item of a risk row, the record a file is attached to. The capabilities that own
// those records register a namer per kind through the registry (src/modules/capabilities.ts),
// so audit, the lowest capability, imports none of them. One statement per kind and page.
import { and, eq, inArray } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { auditReferences } from "../../core/audit/audit-references.ts";
import type { Db, Tx } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { FieldChange } from "./audit.tables.ts";

/** The names of those of `ids` that exist in the organization; missing ids are left out. */
export type AuditNamer = (
  db: Db | Tx,
  orgId: string,
  ids: readonly string[],
  lang: Lang,
) => Promise<Map<string, string>>;

const namers = new Map<string, AuditNamer>();

/** Names records of `kind` ("inventory_item", an attachment owner kind) on the audit page. */
export function registerAuditNamer(kind: string, namer: AuditNamer): void {
  namers.set(kind, namer);
}

type NamedTable = PgTable & { orgId: PgColumn; id: PgColumn };

/** A namer for a table keyed (org_id, id) whose records are called by one column. */
export function namesIn(table: NamedTable, name: PgColumn): AuditNamer {
  return async (db, orgId, ids) => {
    const rows = await db
      .select({ id: table.id, name })
      .from(table as PgTable)
      .where(and(eq(table.orgId, orgId), inArray(table.id, [...ids])));
    return new Map(rows.map((r) => [String(r.id), String(r.name)]));
  };
}

/**
 * For every id the events refer to whose kind has a namer: its name, or null when the record
 * no longer exists (the page says 削除済み). Ids of kinds without a namer are not listed.
 */
export async function referenceNames(
  db: Db | Tx,
  orgId: string,
  events: readonly { entity: string; changes: Record<string, FieldChange> }[],
  lang: Lang,
): Promise<Record<string, string | null>> {
  const byKind = new Map<string, Set<string>>();
  for (const e of events) {
    for (const { kind, id } of auditReferences(e)) {
      if (!namers.has(kind)) continue;
      const ids = byKind.get(kind) ?? new Set<string>();
      ids.add(id);
      byKind.set(kind, ids);
    }
  }
  const out: Record<string, string | null> = {};
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const namer = namers.get(kind);
      if (!namer) return;
      const found = await namer(db, orgId, [...ids], lang);
      for (const id of ids) out[id] = found.get(id) ?? null;
    }),
  );
  return out;
}
