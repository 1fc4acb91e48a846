// 公開ページの設定: its address (slug) and whether it is on, and what the settings page shows
// beside them (the documents the page would show, the desk fields still empty).
import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields } from "../audit/index.ts";
import { orgProfile } from "../org/index.ts";
import type { PublicPageInput, PublicPageOut } from "./public-page.contract.ts";
import { pageDocumentStates } from "./public-page.documents.ts";
import { publicPage as T } from "./public-page.tables.ts";

export const PUBLIC_PAGE_ENTITY = "public_page";

type Row = typeof T.$inferSelect;

const audited = (r: Row | null) => (r ? { slug: r.slug, enabled: r.enabled } : null);

/** The desk fields the page and 公表事項 print; the settings page lists the empty ones. */
const DESK_FIELDS = ["deskName", "deskAddress", "deskPhone", "deskEmail", "deskHours"] as const;

export const publicPageUrl = (baseUrl: string, slug: string) => `${baseUrl}/p/${slug}`;

export async function getPublicPage(
  db: Db,
  ctx: OrgContext,
  baseUrl: string,
): Promise<PublicPageOut> {
  const [[row], [profile], documents] = await Promise.all([
    db.select().from(T).where(eq(T.orgId, ctx.orgId)),
    db.select().from(orgProfile).where(eq(orgProfile.orgId, ctx.orgId)),
    pageDocumentStates(db, ctx.orgId),
  ]);
  return {
    slug: row?.slug ?? null,
    enabled: row?.enabled ?? false,
    publishedAt: row?.publishedAt?.toISOString() ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    url: row ? publicPageUrl(baseUrl, row.slug) : null,
    ...documents,
    missingDeskFields: DESK_FIELDS.filter((f) => !profile?.[f]?.trim()),
  };
}

/** Sets the address and turns the page on or off; 409 SLUG_TAKEN when another has it. */
export async function setPublicPage(
  db: Db,
  ctx: OrgContext,
  input: PublicPageInput,
  baseUrl: string,
  now = new Date(),
): Promise<PublicPageOut> {
  await writeInOrg(db, ctx, async (tx) => {
    const [before] = await tx.select().from(T).where(eq(T.orgId, ctx.orgId)).for("update");
    const [taken] = await tx
      .select({ orgId: T.orgId })
      .from(T)
      .where(and(sql`lower(${T.slug}) = ${input.slug}`, ne(T.orgId, ctx.orgId)));
    // Two organizations claiming one slug at once: the unique index refuses the second (409).
    if (taken) throw conflict("SLUG_TAKEN", "slug");
    const publishedAt = input.enabled ? (before?.enabled ? before.publishedAt : now) : null;
    const values = { slug: input.slug, enabled: input.enabled, publishedAt, updatedAt: now };
    const [after] = before
      ? await tx.update(T).set(values).where(eq(T.orgId, ctx.orgId)).returning()
      : await tx
          .insert(T)
          .values({ orgId: ctx.orgId, ...values })
          .returning();
    await appendAudit(tx, ctx, {
      entity: PUBLIC_PAGE_ENTITY,
      entityId: ctx.orgId,
      action: before ? "update" : "create",
      changes: diffFields(audited(before ?? null), audited(after ?? null)),
    });
  });
  return getPublicPage(db, ctx, baseUrl);
}

/** The organization behind an enabled page's slug, or null (off, unknown). */
export async function findEnabledPage(db: Db, slug: string) {
  const [row] = await db
    .select({ orgId: T.orgId, slug: T.slug })
    .from(T)
    .where(and(sql`lower(${T.slug}) = ${slug.toLowerCase()}`, eq(T.enabled, true)));
  return row ?? null;
}
