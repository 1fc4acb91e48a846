// 公開ページ: one row per organization that chose an address for its public page (/p/<slug>).
import { sql } from "drizzle-orm";
import { boolean, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organization } from "../auth/index.ts";

export const publicPage = pgTable(
  "public_page",
  {
    orgId: text("org_id")
      .primaryKey()
      .references(() => organization.id, { onDelete: "cascade" }),
    /** The page's address: 3–40 of [a-z0-9-] (core/public-page/slug.ts). */
    slug: text("slug").notNull(),
    /** Off until the organization publishes it: a disabled page answers 404. */
    enabled: boolean("enabled").notNull().default(false),
    /** When it was last switched on; null while it is off. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The URL carries only the slug, so the slug alone finds the organization: unique across
    // the instance, without org_id (listed in src/db/schema-keys.test.ts with this reason).
    uniqueIndex("public_page_slug_uq").on(sql`lower(${t.slug})`),
  ],
);
