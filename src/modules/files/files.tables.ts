// Attachments (添付ファイル): what is known about each file (`attachment`), and its bytes in the
// database store (`file_content`, see files.store.ts). The two are apart so that another store
// (an S3-compatible bucket) can hold the bytes later while the metadata stays here.
import {
  bigint,
  customType,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

/** PostgreSQL's bytea as a Node Buffer (node-postgres gives Buffers, PGlite Uint8Arrays). */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * One file attached to a record of the organization. The owner is generic (a kind registered
 * by its capability and the record's id), so there is no foreign key to it: the owner's
 * capability removes its attachments when the record goes (deletion hooks).
 */
export const attachment = pgTable(
  "attachment",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    /** The owner kind as registered (registerAttachmentOwner), e.g. "inventory_item". */
    ownerCapability: text("owner_capability").notNull(),
    ownerId: text("owner_id").notNull(),
    /** The original file name, made safe (files.names.ts). */
    name: text("name").notNull(),
    /** The type told by the content (files.detect.ts), never the one the browser sent. */
    mediaType: text("media_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    /** SHA-256 of the content, lowercase hex. */
    sha256: text("sha256").notNull(),
    /** Where the store keeps the bytes (the database store: the file_content row's id). */
    storeKey: text("store_key").notNull(),
    /** Who uploaded it: the user's id, and the name at the time (kept if the user goes). */
    uploadedBy: text("uploaded_by").notNull(),
    uploadedByName: text("uploaded_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("attachment_owner_idx").on(t.orgId, t.ownerCapability, t.ownerId, t.createdAt),
  ],
);

/** The bytes of files kept in the database (the default store, DatabaseFileStore). */
export const fileContent = pgTable(
  "file_content",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    content: bytea("content").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);
