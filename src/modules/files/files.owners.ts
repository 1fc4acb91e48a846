// The kinds of records files may be attached to. A capability registers its kind here through
// the capability registry (src/modules/capabilities.ts), saying how to check that a record
// exists and which actions read and change its attachments; files never imports it, so the
// lower layer stays below the higher (dependency-cruiser checks for cycles).
import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Action } from "../../core/access/permissions.ts";
import type { Db, Tx } from "../../db/client.ts";

export type AttachmentOwner = {
  /** The owner kind stored with each attachment, e.g. "inventory_item" (a-z, _). */
  capability: string;
  /** Whether the record exists in the organization; locks it against a concurrent delete. */
  exists: (tx: Tx | Db, orgId: string, id: string) => Promise<boolean>;
  /** Listing and downloading the record's attachments. */
  readAction: Action;
  /** Uploading and deleting them. */
  writeAction: Action;
};

const owners = new Map<string, AttachmentOwner>();

export function registerAttachmentOwner(owner: AttachmentOwner): void {
  if (!/^[a-z][a-z_]{0,39}$/.test(owner.capability))
    throw new Error(`attachment owner kind ${owner.capability} must be lowercase a-z and _`);
  owners.set(owner.capability, owner);
}

/** The registered owner kind, or undefined. */
export const attachmentOwner = (kind: string): AttachmentOwner | undefined => owners.get(kind);

export const attachmentOwnerKinds = (): string[] => [...owners.keys()];

type OwnerTable = PgTable & { orgId: PgColumn; id: PgColumn };

/**
 * `exists` for a table keyed (org_id, id). Inside a write it takes a share lock on the row, so
 * a delete of the record waits for the upload (and its deletion hook then sees the file).
 */
export function existsIn(table: OwnerTable): AttachmentOwner["exists"] {
  return async (tx, orgId, id) => {
    const rows = await tx
      .select({ id: table.id })
      .from(table as PgTable)
      .where(and(eq(table.orgId, orgId), eq(table.id, id)))
      .for("share");
    return rows.length > 0;
  };
}
