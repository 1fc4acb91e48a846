// お問い合わせ: what a visitor may ask through the public page's form, and where the office's
// handling of it stands. Keys are stored; labels are shown (Japanese first).
import type { Bilingual } from "../i18n-text.ts";

export const INQUIRY_CATEGORIES = ["question", "complaint", "disclosure_request", "other"] as const;
export type InquiryCategory = (typeof INQUIRY_CATEGORIES)[number];

export const INQUIRY_CATEGORY_LABELS: Readonly<Record<InquiryCategory, Bilingual>> = {
  question: { ja: "お問い合わせ", en: "Question" },
  complaint: { ja: "苦情", en: "Complaint" },
  disclosure_request: {
    ja: "開示等の請求",
    en: "Request (disclosure, correction, stopping use …)",
  },
  other: { ja: "その他", en: "Other" },
};

export const INQUIRY_STATUSES = ["new", "in_progress", "closed"] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const INQUIRY_STATUS_LABELS: Readonly<Record<InquiryStatus, Bilingual>> = {
  new: { ja: "未対応", en: "New" },
  in_progress: { ja: "対応中", en: "In progress" },
  closed: { ja: "対応済み", en: "Closed" },
};

export const categoryLabel = (key: string, lang: "ja" | "en"): string =>
  INQUIRY_CATEGORY_LABELS[key as InquiryCategory]?.[lang] ?? key;
