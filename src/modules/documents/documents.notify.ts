// Telling the member named as a version's approver that it waits for them (承認を依頼), inside
// the write's transaction, so the notice exists exactly when the request does. The text is
// made when read, in the reader's language; the link opens the version with 承認する, which a
// member without the register's read permission may open too.
import type { Tx } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { defineNotificationKind, notifyUsers } from "../notifications/index.ts";

export type DocumentApprovalPayload = {
  documentId: string;
  versionId: string;
  number: string;
  title: string;
  versionNo: number;
  /** Who asked. */
  requestedBy: string;
};

export const documentApprovalRequested = defineNotificationKind<DocumentApprovalPayload>({
  id: "document.approval_requested",
  title: (lang) => (lang === "ja" ? "文書の承認のお願い" : "A document awaits your approval"),
  body: (lang, p) =>
    lang === "ja"
      ? `${p.requestedBy} さんが「${p.number} ${p.title}」第${p.versionNo}版の承認者にあなたを指名しています。内容を確かめて承認してください。`
      : `${p.requestedBy} names you as approver of version ${p.versionNo} of "${p.number} ${p.title}". Read it and approve it.`,
  link: (p) =>
    `documents?approve=${encodeURIComponent(p.documentId)}&version=${encodeURIComponent(p.versionId)}`,
});

/** Asks the approver, unless they sent it for review themself. */
export async function askDocumentApprover(
  tx: Tx,
  ctx: OrgContext,
  approverUserId: string,
  payload: Omit<DocumentApprovalPayload, "requestedBy">,
) {
  await notifyUsers(tx, ctx, {
    userIds: [approverUserId],
    exceptUserIds: [ctx.userId],
    kind: documentApprovalRequested,
    payload: { ...payload, requestedBy: ctx.userName },
  });
}
