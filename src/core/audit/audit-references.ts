// Fields of audit events that hold the id of a record the audit page cannot look up itself (a
// register item among thousands, the record a file is attached to). The server names them with
// each page of events (modules/audit/audit-names.ts); the page shows the name, or 削除済み when
// the record no longer exists.

type Change = { old: unknown; new: unknown };
type Changes = Readonly<Record<string, Change>>;

/** The value a field had on either side of the change (the new one first), when it is text. */
function either(changes: Changes, field: string): string | null {
  const c = changes[field];
  const v = c?.new ?? c?.old;
  return typeof v === "string" && v !== "" ? v : null;
}

/**
 * The kind of record an event's field refers to (an attachment owner kind such as
 * "inventory_item" or "activity_record"), or null when the field holds no such id.
 */
export function auditReferenceKind(entity: string, field: string, changes: Changes): string | null {
  if (entity === "inventory_risk" && field === "itemId") return "inventory_item";
  // An attachment names its owner's kind beside the owner's id (files.service.ts).
  if (entity === "attachment" && field === "ownerId") return either(changes, "ownerKind");
  return null;
}

/** Whether the field's values are ids that the page shows by name (auditReferenceKind). */
export const isAuditReference = (entity: string, field: string): boolean =>
  (entity === "inventory_risk" && field === "itemId") ||
  (entity === "attachment" && field === "ownerId");

/** Every id an event refers to, with its kind (old and new values alike). */
export function auditReferences(e: {
  entity: string;
  changes: Changes;
}): { kind: string; id: string }[] {
  const out: { kind: string; id: string }[] = [];
  for (const [field, change] of Object.entries(e.changes)) {
    const kind = auditReferenceKind(e.entity, field, e.changes);
    if (kind === null) continue;
    for (const v of [change.old, change.new]) {
      if (typeof v === "string" && v !== "") out.push({ kind, id: v });
    }
  }
  return out;
}

/** What the page shows for a referenced record that no longer exists. */
export const DELETED_RECORD = { ja: "削除済み", en: "Deleted" } as const;
