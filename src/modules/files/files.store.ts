// Where the bytes of attached files live. The interface is what an S3-compatible store would
// implement (put / get / delete by key); the metadata stays in the `attachment` table either
// way. The database store keeps the bytes in `file_content` in the caller's transaction, so a
// file and its metadata are written, or rolled back, together, and backups hold both.
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { fileContent } from "./files.tables.ts";

export interface FileStore {
  /** Stores the bytes; returns the key to find them again. */
  put(tx: Tx, orgId: string, bytes: Buffer): Promise<string>;
  /** The bytes under `key`, or null when there are none. */
  get(tx: Tx, orgId: string, key: string): Promise<Buffer | null>;
  /** Removes the bytes under `keys` (missing keys are no error). */
  delete(tx: Tx, orgId: string, keys: readonly string[]): Promise<void>;
}

export const databaseFileStore: FileStore = {
  async put(tx, orgId, bytes) {
    const id = randomUUID();
    await tx.insert(fileContent).values({ orgId, id, content: bytes });
    return id;
  },
  async get(tx, orgId, key) {
    const [row] = await tx
      .select({ content: fileContent.content })
      .from(fileContent)
      .where(and(eq(fileContent.orgId, orgId), eq(fileContent.id, key)));
    return row ? row.content : null;
  },
  async delete(tx, orgId, keys) {
    if (keys.length === 0) return;
    await tx
      .delete(fileContent)
      .where(and(eq(fileContent.orgId, orgId), inArray(fileContent.id, [...keys])));
  },
};
