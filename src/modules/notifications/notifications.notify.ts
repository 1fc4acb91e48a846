// Sending notifications: called inside the caller's write transaction (writeInOrg), so a
// notification exists exactly when the change that causes it commits. One statement writes a
// row for every recipient who is a member of the organization, and returns what the mail part
// needs (address, name, channel, language); members who chose "mail too" get a mail queued in
// the same transaction.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { AccessRole } from "../../core/access/permissions.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { type OrgContext, systemContext } from "../../server/org-context.ts";
import { recordNoChange } from "../audit/index.ts";
import {
  inAppLink,
  isRegisteredKind,
  type NotificationKind,
  type NotificationPayload,
} from "./notification-kinds.ts";
import { queueNotificationMails } from "./notifications.mail.ts";

type Recipients = { userIds: readonly string[] } | { roles: readonly AccessRole[] };

export type NotifyInput<P extends NotificationPayload> = {
  kind: NotificationKind<P>;
  payload: P;
  /** Left out even when listed or holding a role (e.g. the member whose action this is). */
  exceptUserIds?: readonly string[];
};

/** A recipient as the mail part sees them. */
export type Recipient = {
  userId: string;
  email: string;
  name: string;
  channel: "in_app" | "mail";
  lang: Lang;
};

export type NotifyResult = { id: string; recipients: Recipient[]; mailsQueued: number };

/**
 * Notifies the listed users of the organization. Users who are not members (any more) are
 * skipped without error. Every recipient's row shares one id.
 */
export function notifyUsers<P extends NotificationPayload>(
  tx: Tx,
  ctx: Pick<OrgContext, "orgId">,
  input: NotifyInput<P> & { userIds: readonly string[] },
): Promise<NotifyResult> {
  return notify(tx, ctx.orgId, { userIds: input.userIds }, input);
}

/** Notifies every member of the organization whose access role is one of `roles`. */
export function notifyRoles<P extends NotificationPayload>(
  tx: Tx,
  ctx: Pick<OrgContext, "orgId">,
  input: NotifyInput<P> & { roles: readonly AccessRole[] },
): Promise<NotifyResult> {
  return notify(tx, ctx.orgId, { roles: input.roles }, input);
}

/**
 * For scheduled work with no audited change of its own (a reminder, an expired invitation, a
 * failed backup): its own write in the organization, which records no audit event, since a
 * notification changes no record of the PMS.
 */
export function notifyFromJob<P extends NotificationPayload>(
  db: Db,
  orgId: string,
  input: NotifyInput<P> & Recipients,
): Promise<NotifyResult> {
  const ctx = systemContext(orgId);
  return writeInOrg(db, ctx, async (tx) => {
    const result = await notify(tx, orgId, input, input);
    await recordNoChange(tx, ctx);
    return result;
  });
}

type RecipientRow = {
  user_id: string;
  email: string | null;
  name: string | null;
  channel: string | null;
  lang: string | null;
};

async function notify<P extends NotificationPayload>(
  tx: Tx,
  orgId: string,
  who: Recipients,
  input: NotifyInput<P>,
): Promise<NotifyResult> {
  const { kind, payload } = input;
  if (!isRegisteredKind(kind)) throw new Error(`notification kind not defined: ${kind.id}`);
  const link = inAppLink(orgId, kind.link(payload));
  const id = randomUUID();
  const ids = "userIds" in who ? [...new Set(who.userIds)] : [];
  const roles = "roles" in who ? [...new Set(who.roles)] : [];
  const except = [...new Set(input.exceptUserIds ?? [])];
  // Lists travel as one JSON parameter each: the same SQL for any length, empty included.
  const result = await tx.execute(sql`
    with chosen as (
      select m.user_id from member m
       where m.organization_id = ${orgId}
         and (m.user_id in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
              or m.role in (select jsonb_array_elements_text(${JSON.stringify(roles)}::jsonb)))
         and m.user_id not in (select jsonb_array_elements_text(${JSON.stringify(except)}::jsonb))
    ), inserted as (
      insert into notification (org_id, user_id, id, kind, payload, link)
      select ${orgId}, user_id, ${id}, ${kind.id}, ${JSON.stringify(payload)}::jsonb, ${link}
        from chosen
      returning user_id
    )
    select i.user_id, u.email, u.name, p.channel, p.lang
      from inserted i
      join "user" u on u.id = i.user_id
      left join notification_preference p on p.org_id = ${orgId} and p.user_id = i.user_id
     order by i.user_id`);
  const rows = (result as unknown as { rows: RecipientRow[] }).rows;
  const recipients: Recipient[] = rows.map((r) => ({
    userId: r.user_id,
    email: r.email ?? "",
    name: r.name ?? "",
    channel: r.channel === "in_app" ? "in_app" : "mail",
    lang: r.lang === "en" ? "en" : "ja",
  }));
  const mailsQueued = await queueNotificationMails(tx, orgId, kind, payload, link, recipients);
  return { id, recipients, mailsQueued };
}
