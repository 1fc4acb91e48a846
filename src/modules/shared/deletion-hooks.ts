// What other capabilities add when a record they point at is deleted. A department or a
// register item is deleted by its own capability, but rows of capabilities built on top of it
// go with it by foreign-key cascade (risk rows, legal links). Those capabilities say here
// what the deleting transaction must record, so the lower capability never imports the higher
// one (no cycle) and the audit trail still shows what went.
//
// Hooks are registered once, by the capability registry (src/modules/capabilities.ts).
import type { Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import type { AuditInput } from "../audit/index.ts";

export type DeletedRecord = "department" | "register_item";

export type DeletionEffects = {
  /** Fields added to the deleted record's own event (e.g. its risk rows). */
  snapshot?: Record<string, unknown>;
  /** Events on other records whose links the cascade drops. */
  events?: AuditInput[];
};

export type DeletionHook = (tx: Tx, ctx: OrgContext, id: string) => Promise<DeletionEffects>;

const hooks = new Map<DeletedRecord, DeletionHook[]>();

export function onDelete(record: DeletedRecord, hook: DeletionHook): void {
  const list = hooks.get(record) ?? [];
  if (!list.includes(hook)) list.push(hook);
  hooks.set(record, list);
}

/** The number of hooks registered for a record kind (the registry's test reads it). */
export function deletionHookCount(record: DeletedRecord): number {
  return hooks.get(record)?.length ?? 0;
}

/**
 * Runs every hook for the record about to be deleted. Call inside the deleting transaction,
 * before the delete (the cascade would leave nothing to read afterwards).
 */
export async function effectsOfDeleting(
  tx: Tx,
  ctx: OrgContext,
  record: DeletedRecord,
  id: string,
): Promise<Required<DeletionEffects>> {
  const snapshot: Record<string, unknown> = {};
  const events: AuditInput[] = [];
  for (const hook of hooks.get(record) ?? []) {
    const effects = await hook(tx, ctx, id);
    Object.assign(snapshot, effects.snapshot);
    events.push(...(effects.events ?? []));
  }
  return { snapshot, events };
}
