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
    ja: "承認者は、この事業者のメンバーで承認の権限（所有者・管理者・部門管理者）を持つ方から選んでください。",
    en: "Choose an approver among the organization's members who may approve (owner, admin or manager).",
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
