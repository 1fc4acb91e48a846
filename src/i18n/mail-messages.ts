// Messages of mail: recipients refused before queuing, the outbox page's refusals. Spread into
// errorMessages.
import type { Text } from "./messages.ts";

export const mailMessages = {
  mail_name_control: {
    ja: "名前に改行や制御文字は使えません。",
    en: "The name must not contain line breaks or control characters.",
  },
  MAIL_NOT_RETRYABLE: {
    ja: "送信に失敗したメールだけを再送できます。",
    en: "Only a mail that failed can be sent again.",
  },
  MAIL_NOT_CANCELLABLE: {
    ja: "送信待ちのメールだけを取り消せます。",
    en: "Only a mail still waiting to be sent can be cancelled.",
  },
  MAIL_LINK_GONE: {
    ja: "このメールのリンクは期限切れか復元で失われたため、再送できません。招待し直してください。",
    en: "This mail's link has expired or was lost in a restore, so it cannot be sent again. Invite again.",
  },
  RESET_LINK_INVALID: {
    ja: "パスワード再設定のリンクが無効か、期限切れです。もう一度お手続きください。",
    en: "This password-reset link is not valid or has expired. Please ask for a new one.",
  },
} satisfies Record<string, Text>;
