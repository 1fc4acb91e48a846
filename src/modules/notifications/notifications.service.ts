// The caller's own notifications in one organization: the list, the unread count, marking read,
// and the preference. Every query names both the organization and the caller, so another
// user's notification, like another organization's, is simply not found (404).
import { and, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields, recordNoChange } from "../audit/index.ts";
import { notificationText } from "./notification-kinds.ts";
import type {
  NotificationListQuery,
  NotificationOut,
  NotificationPreferenceInput,
  NotificationPreferenceOut,
} from "./notifications.contract.ts";
import { notification, notificationPreference } from "./notifications.tables.ts";

const N = notification;
const mine = (ctx: OrgContext, ...more: SQL[]) =>
  and(eq(N.orgId, ctx.orgId), eq(N.userId, ctx.userId), ...more);

export async function listMyNotifications(
  db: Db,
  ctx: OrgContext,
  query: NotificationListQuery,
  lang: Lang,
) {
  const where = query.unread ? mine(ctx, isNull(N.readAt)) : mine(ctx);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(N)
      .where(where)
      .orderBy(desc(N.createdAt), desc(N.id))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ n: count() }).from(N).where(where),
  ]);
  const items: NotificationOut[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    ...notificationText(r.kind, r.payload, lang),
    link: r.link,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  }));
  return { items, total: total?.n ?? 0, nextCursor: null };
}

/** One count over the partial index of unread rows. */
export async function countMyUnread(db: Db, ctx: OrgContext) {
  const [row] = await db
    .select({ n: count() })
    .from(N)
    .where(mine(ctx, isNull(N.readAt)));
  return { count: row?.n ?? 0 };
}

// Marking read is the reader's own view of their inbox: it changes no record of the PMS and
// nobody else's data, and recording every click of the bell would bury the audit trail's
// real events. So these writes go through writeInOrg (one organization, one transaction) and
// say recordNoChange instead of appending an event.

/** Marks one of the caller's notifications read (again: keeps the first moment). */
export async function markNotificationRead(db: Db, ctx: OrgContext, id: string) {
  await writeInOrg(db, ctx, async (tx) => {
    const [row] = await tx
      .select({ readAt: N.readAt })
      .from(N)
      .where(mine(ctx, eq(N.id, id)))
      .for("update");
    if (!row) throw notFound();
    if (!row.readAt)
      await tx
        .update(N)
        .set({ readAt: new Date() })
        .where(mine(ctx, eq(N.id, id)));
    await recordNoChange(tx, ctx);
  });
}

export async function markAllMyNotificationsRead(db: Db, ctx: OrgContext) {
  return writeInOrg(db, ctx, async (tx) => {
    const updated = await tx
      .update(N)
      .set({ readAt: new Date() })
      .where(mine(ctx, isNull(N.readAt)))
      .returning({ id: N.id });
    await recordNoChange(tx, ctx);
    return { updated: updated.length };
  });
}

const P = notificationPreference;
const myPreference = (ctx: OrgContext) => and(eq(P.orgId, ctx.orgId), eq(P.userId, ctx.userId));
/** No row yet: mail too, in Japanese. */
const DEFAULT_PREFERENCE: NotificationPreferenceOut = { channel: "mail", lang: null };

const presentPreference = (row: { channel: string; lang: string | null } | undefined) =>
  row
    ? ({ channel: row.channel, lang: row.lang } as NotificationPreferenceOut)
    : DEFAULT_PREFERENCE;

export async function getMyNotificationPreference(db: Db, ctx: OrgContext) {
  const [row] = await db.select().from(P).where(myPreference(ctx));
  return presentPreference(row);
}

/**
 * Audited: whether someone gets mail about due duties is part of how the PMS reaches its
 * people (the trail can show when a manager turned reminders by mail off).
 */
export async function setMyNotificationPreference(
  db: Db,
  ctx: OrgContext,
  input: NotificationPreferenceInput,
) {
  return writeInOrg(db, ctx, async (tx) => {
    const [stored] = await tx.select().from(P).where(myPreference(ctx)).for("update");
    const before = presentPreference(stored);
    const after: NotificationPreferenceOut = { channel: input.channel, lang: input.lang ?? null };
    await tx
      .insert(P)
      .values({ orgId: ctx.orgId, userId: ctx.userId, ...after })
      .onConflictDoUpdate({
        target: [P.orgId, P.userId],
        set: { ...after, updatedAt: new Date() },
      });
    await appendAudit(tx, ctx, {
      entity: "notification_preference",
      entityId: ctx.userId,
      action: "update",
      changes: diffFields(before, after),
    });
    return after;
  });
}
