// Telling a named approver that a record waits for them: when a record naming them is created,
// when they are named on an existing one, and when an approval given is withdrawn by a change
// (the day, the kind) or by someone else. Sent inside the write's transaction, so the notice
// exists exactly when the change commits. The text is made when read, in the reader's language.
import { activityKind, isActivityKind } from "../../core/activities/index.ts";
import { formatSeireki, isIsoDate } from "../../core/wareki.ts";
import type { Tx } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { defineNotificationKind, notifyUsers } from "../notifications/index.ts";
import type { ActivityRow } from "./activities.present.ts";

export type ApprovalRequestedPayload = {
  recordId: string;
  /** core/activities/kinds.ts key. */
  kind: string;
  /** YYYY-MM-DD: the day the activity was done. */
  performedOn: string;
  /** Who asked (named the approver, or changed the record). */
  requestedBy: string;
};

const kindText = (kind: string, lang: Lang) =>
  isActivityKind(kind) ? activityKind(kind).label[lang] : String(kind);
const dayText = (iso: string, lang: Lang) =>
  lang === "ja" && isIsoDate(iso) ? formatSeireki(iso) : String(iso);

export const approvalRequested = defineNotificationKind<ApprovalRequestedPayload>({
  id: "activity.approval_requested",
  title: (lang) =>
    lang === "ja" ? "実施記録の承認のお願い" : "An activity record awaits your approval",
  body: (lang, p) =>
    lang === "ja"
      ? `${p.requestedBy} さんが、${dayText(p.performedOn, lang)}の「${kindText(p.kind, lang)}」の記録の承認者にあなたを指名しています。内容を確かめて承認してください。`
      : `${p.requestedBy} names you as approver of the record "${kindText(p.kind, lang)}" of ${dayText(p.performedOn, lang)}. Check it and approve it.`,
  // The approver may lack the activities page (a member): their own list is always theirs.
  link: () => "approvals",
});

/** Tells the record's approver that it waits for them, unless they made the change themself. */
export async function askApprover(tx: Tx, ctx: OrgContext, row: ActivityRow) {
  if (!row.approverUserId || row.approvedAt) return;
  await notifyUsers(tx, ctx, {
    userIds: [row.approverUserId],
    exceptUserIds: [ctx.userId],
    kind: approvalRequested,
    payload: {
      recordId: row.id,
      kind: row.kind,
      performedOn: row.performedOn,
      requestedBy: ctx.userName,
    },
  });
}

/** Whether a change makes the record wait for an approver it did not wait for before. */
export function newlyAwaiting(before: ActivityRow, after: ActivityRow): boolean {
  if (!after.approverUserId || after.approvedAt) return false;
  return before.approverUserId !== after.approverUserId || before.approvedAt !== null;
}
