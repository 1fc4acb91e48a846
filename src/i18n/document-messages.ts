// Messages of the PMS documents (文書管理, src/modules/documents). Spread into errorMessages.
import type { Text } from "./messages.ts";

export const documentMessages = {
  DOCUMENT_NUMBER_TAKEN: {
    ja: "この文書番号はすでに使われています。別の番号にしてください。",
    en: "This document number is already in use. Choose another.",
  },
  DOCUMENT_CONTENT_INVALID: {
    ja: "文書の本文を保存できません。使えない書式や大きすぎる内容が含まれています。",
    en: "The document's text cannot be saved: it holds formatting that is not supported, or it is too large.",
  },
  DOCUMENT_SAVE_CONFLICT: {
    ja: "{name}さんが {time} にこの下書きを保存しています。最新の内容を読み込んでから編集してください。",
    en: "{name} saved this draft at {time}. Load the latest text before editing.",
  },
  DOCUMENT_VERSION_LOCKED: {
    ja: "この版は作成中ではないため、本文を変更できません。変更するには新しい版を作成してください。",
    en: "This version is no longer a draft, so its text cannot change. Open a new version to make changes.",
  },
  DOCUMENT_VERSION_OPEN: {
    ja: "作成中または承認待ちの版がすでにあります。先にその版を仕上げてください。",
    en: "A version is already being written or waiting for approval. Finish that version first.",
  },
  DOCUMENT_WRONG_STATUS: {
    ja: "この版の状態では、その操作はできません（画面を再読み込みしてください）。",
    en: "This version's state does not allow that (reload the page).",
  },
  DOCUMENT_NOT_APPROVER: {
    ja: "この版を承認できるのは、承認者に指名された本人だけです。",
    en: "Only the person named as this version's approver can approve it.",
  },
  DOCUMENT_HAS_HISTORY: {
    ja: "承認された版がある文書は削除できません。使わなくなった文書は「廃止」にしてください。",
    en: "A document with an approved version cannot be deleted. Archive it instead.",
  },
  DOCUMENT_ARCHIVED: {
    ja: "この文書は廃止されています。",
    en: "This document is archived.",
  },
  document_number_format: {
    ja: "文書番号は文字・数字と「-」「_」「.」で入力してください（例：R-01）。",
    en: "Use letters, digits and - _ . in the document number (e.g. R-01).",
  },
  document_j_ref_format: {
    ja: "J項番は「J.3.1.1」の形で入力してください。",
    en: "Write J items like J.3.1.1.",
  },
  document_owner_unknown: {
    ja: "選んだ管理責任者が従業者の中に見つかりません。",
    en: "The chosen owner was not found among the staff.",
  },
  document_approver_not_member: {
    ja: "承認者は、この事業者のメンバーで承認の権限を持つ方から選んでください。",
    en: "Choose an approver among the organization's members who may approve.",
  },
  document_effective_before_approval: {
    ja: "施行日は承認日以降の日付にしてください。",
    en: "The effective date cannot come before the approval.",
  },
  document_content_invalid: {
    ja: "本文に使えない要素が含まれています（{path}）。",
    en: "The text holds an element that is not supported ({path}).",
  },
  document_content_too_large: {
    ja: "本文が大きすぎます（2MB まで）。文書を分けてください。",
    en: "The text is too large (2 MB at most). Split the document.",
  },
  document_template_unknown: {
    ja: "このテンプレートは見つかりません。一覧から選んでください。",
    en: "There is no such template. Choose one from the list.",
  },
  document_content_too_deep: {
    ja: "箇条書きや表の入れ子が深すぎます。",
    en: "Lists or tables are nested too deeply.",
  },
} satisfies Record<string, Text>;
