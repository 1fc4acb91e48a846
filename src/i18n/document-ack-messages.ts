// Messages of making documents known (周知) and pledges (誓約): sending a published version
// to staff, confirming and signing through personal links, reminders, paper records.
// Spread into errorMessages.
import type { Text } from "./messages.ts";

export const documentAckMessages = {
  DOCUMENT_ACK_NOT_PUBLISHED: {
    ja: "公開中の版だけを周知・誓約の依頼に使えます。先に版を公開してください。",
    en: "Only the published version can be sent out for reading or signing. Publish it first.",
  },
  DOCUMENT_ACK_SUPERSEDED: {
    ja: "この文書には新しい版が公開されています。この版では確認できません。新しい版の依頼が届くまでお待ちください（届かない場合は担当の方にお知らせください）。",
    en: "A newer version of this document has been published, so this one can no longer be confirmed. Wait for the request for the new version (or tell the person in charge if it does not come).",
  },
  DOCUMENT_ACK_DONE: {
    ja: "この人はすでに確認（署名）済みです。",
    en: "This person has already confirmed (signed).",
  },
  document_ack_name_mismatch: {
    ja: "お名前が登録されている氏名と一致しません（空白の有無は問いません）。",
    en: "The name does not match the name on record (spaces do not matter).",
  },
  document_ack_signed_future: {
    ja: "署名日に未来の日付は指定できません。",
    en: "The date signed cannot be in the future.",
  },
  document_ack_signed_before_request: {
    ja: "署名日は依頼を受けた日以降の日付にしてください。",
    en: "The date signed cannot come before the request.",
  },
  document_ack_signed_before_publish: {
    ja: "日付は版の公開日以降にしてください。",
    en: "The date cannot come before the version was published.",
  },
  document_ack_due_past: {
    ja: "期限は今日以降の日付にしてください。",
    en: "The due date cannot be in the past.",
  },
} satisfies Record<string, Text>;
