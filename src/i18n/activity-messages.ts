// Messages of the activity records (実施記録, src/modules/activities). Spread into errorMessages.
import type { Text } from "./messages.ts";

export const activityMessages = {
  ACTIVITY_NOT_APPROVER: {
    ja: "この記録を承認できるのは、記録で承認者に指名された本人だけです。",
    en: "Only the person named as this record's approver can approve it.",
  },
  ACTIVITY_NO_APPROVER: {
    ja: "この記録には承認者が指名されていません。先に承認者を選んでください。",
    en: "This record names no approver. Choose the approver first.",
  },
  ACTIVITY_NOT_APPROVED: {
    ja: "この記録はまだ承認されていないため、取り消す承認がありません。",
    en: "This record is not approved, so there is no approval to withdraw.",
  },
  ACTIVITY_WITHDRAW_NOT_ALLOWED: {
    ja: "承認を取り消せるのは承認者本人だけです（署名済みの文書による承認は、記録を登録できる方も取り消せます）。",
    en: "Only the approver can withdraw the approval (an approval on a signed document also whoever records activities).",
  },
  ACTIVITY_ALREADY_APPROVED: {
    ja: "この記録はすでに承認されています。",
    en: "This record is already approved.",
  },
  activity_performer_required: {
    ja: "実施者を従業者から選ぶか、社外の方なら名前を入力してください。",
    en: "Choose who did it from the staff, or type an outsider's name.",
  },
  activity_approver_required: {
    ja: "この種類の記録には承認者（代表者など）が必要です。",
    en: "This kind of record needs an approver (e.g. top management).",
  },
  activity_approver_not_member: {
    ja: "承認者は、この事業者のメンバーで承認の権限を持つ方（オーナー・管理者・部門責任者・従業者）から選んでください。",
    en: "Choose an approver among the organization's members who may approve (owner, admin, department manager or staff member).",
  },
  activity_person_unknown: {
    ja: "選んだ従業者が見つかりません。",
    en: "The chosen staff member was not found.",
  },
  activity_evidence_unknown: {
    ja: "根拠として選んだ記録が見つかりません。",
    en: "A record chosen as evidence was not found.",
  },
  activity_signed_document_unknown: {
    ja: "署名済みの文書は、この記録に添付したファイルから選んでください。",
    en: "Choose the signed document among the files attached to this record.",
  },
} satisfies Record<string, Text>;
