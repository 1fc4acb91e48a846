// Messages of attached files (src/modules/files). Spread into errorMessages.
import type { Text } from "./messages.ts";

export const fileMessages = {
  ATTACHMENT_EMPTY: { ja: "ファイルが空です（0 バイト）。", en: "The file is empty (0 bytes)." },
  ATTACHMENT_TOO_LARGE: {
    ja: "ファイルが大きすぎます（1ファイルの上限 {max} MB）。",
    en: "The file is too large (at most {max} MB per file).",
  },
  ORG_FILES_QUOTA_EXCEEDED: {
    ja: "この事業者の添付ファイルの合計が上限（{max} MB）を超えます。不要なファイルを削除してから追加してください。",
    en: "The organization's attached files would exceed their limit ({max} MB in total). Delete files no longer needed first.",
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    ja: "添付できない種類のファイルです。PDF、Excel（xlsx）、Word（docx）、PowerPoint（pptx）、PNG、JPEG、HEIC、CSV、テキスト、メール（eml）を選んでください。",
    en: "This kind of file cannot be attached. Choose a PDF, Excel (xlsx), Word (docx), PowerPoint (pptx), PNG, JPEG, HEIC, CSV, text or mail (eml) file.",
  },
  ATTACHMENT_TYPE_NOT_ALLOWED_ZIP: {
    ja: "添付できない種類のファイルです。PDF、Excel（xlsx）、Word（docx）、PowerPoint（pptx）、PNG、JPEG、HEIC、CSV、テキスト、メール（eml）、ZIP を選んでください。",
    en: "This kind of file cannot be attached. Choose a PDF, Excel (xlsx), Word (docx), PowerPoint (pptx), PNG, JPEG, HEIC, CSV, text, mail (eml) or ZIP file.",
  },
  ATTACHMENT_TYPE_MISMATCH: {
    ja: "ファイル名の拡張子（.{ext}）と中身（{kindJa}）が一致しません。正しい拡張子のファイルを選んでください。",
    en: "The file name's extension (.{ext}) does not match its content ({kindEn}). Choose the file with its right extension.",
  },
  ATTACHMENT_UNREADABLE: {
    ja: "ファイルが壊れているため読み取れません。",
    en: "The file is damaged and cannot be read.",
  },
  ATTACHMENT_OWNER_UNKNOWN: {
    ja: "ファイルを添付できない記録の種類です。",
    en: "Files cannot be attached to this kind of record.",
  },
} satisfies Record<string, Text>;
