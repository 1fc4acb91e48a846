// Messages of the public page (公開ページ), its 公表事項 and the inquiries it receives.
// Spread into errorMessages.
import type { Text } from "./messages.ts";

export const publicPageMessages = {
  phone_invalid: {
    ja: "電話番号は数字とハイフンなどで入力してください（例：03-1234-5678）。",
    en: "Enter a phone number in digits, with hyphens if you like (e.g. 03-1234-5678).",
  },
  slug_invalid: {
    ja: "3〜40文字の半角英小文字・数字・ハイフンで入力してください（先頭と末尾はハイフン以外）。",
    en: "Use 3 to 40 lower-case letters, digits and hyphens (not a hyphen at either end).",
  },
  slug_reserved: {
    ja: "このアドレスは予約されているため使えません。別のものを入力してください。",
    en: "This address is reserved. Choose another one.",
  },
  SLUG_TAKEN: {
    ja: "このアドレスはすでにほかの事業者が使っています。別のものを入力してください。",
    en: "Another organization already uses this address. Choose another one.",
  },
  DISCLOSURE_UNDER_APPROVAL: {
    ja: "公表事項は承認待ちか承認済みのため、作り直せません。差し戻すか公開してから作り直してください。",
    en: "The disclosure is waiting for approval or approved, so it cannot be regenerated now. Send it back or publish it first.",
  },
  DISCLOSURE_ARCHIVED: {
    ja: "公表事項の文書が廃止されています。文書管理で元に戻してから作り直してください。",
    en: "The disclosure document is archived. Restore it in the document register first.",
  },
  inquiry_contact_required: {
    ja: "メールアドレスか電話番号のどちらかを入力してください。",
    en: "Enter an e-mail address or a phone number.",
  },
  inquiry_consent_required: {
    ja: "お問い合わせ内容の取扱いに同意してください。",
    en: "Please agree to how your inquiry will be handled.",
  },
} satisfies Record<string, Text>;
