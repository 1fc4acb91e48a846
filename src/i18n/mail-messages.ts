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
} satisfies Record<string, Text>;
