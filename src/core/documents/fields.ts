// The fields a document's text can take from the organization's data (差し込み項目). A draft
// shows today's values, so a new representative appears in every draft at once; approval
// freezes the values into the version. A field without data is shown as a highlighted
// placeholder (its label in 【】), never as a blank.
import type { Bilingual } from "../i18n-text.ts";

export interface DocumentField {
  key: string;
  label: Bilingual;
  /** Where the value comes from, for the editor's field menu. */
  source: Bilingual;
}

const profile: Bilingual = { ja: "事業者情報", en: "Organization profile" };
const structure: Bilingual = { ja: "体制（任命）", en: "Appointments" };
const desk: Bilingual = { ja: "公開ページの窓口情報", en: "Public page: contact desk" };
const version: Bilingual = { ja: "この文書の版", en: "This document's version" };

export const DOCUMENT_FIELDS = [
  { key: "org.name", label: { ja: "事業者名", en: "Business name" }, source: profile },
  { key: "org.representative", label: { ja: "代表者", en: "Representative" }, source: profile },
  { key: "org.headOffice", label: { ja: "本社所在地", en: "Head office" }, source: profile },
  {
    key: "org.corporateNumber",
    label: { ja: "法人番号", en: "Corporate number" },
    source: profile,
  },
  { key: "org.departments", label: { ja: "部門一覧", en: "Departments" }, source: profile },
  {
    key: "pms.manager",
    label: { ja: "個人情報保護管理者", en: "PMS manager" },
    source: structure,
  },
  {
    key: "pms.auditLead",
    label: { ja: "個人情報保護監査責任者", en: "Audit lead" },
    source: structure,
  },
  {
    key: "pms.complaintsDesk",
    label: { ja: "苦情・相談窓口の担当者", en: "Complaints desk (person)" },
    source: structure,
  },
  { key: "desk.name", label: { ja: "窓口の名称", en: "Desk name" }, source: desk },
  { key: "desk.address", label: { ja: "窓口の所在地", en: "Desk address" }, source: desk },
  { key: "desk.phone", label: { ja: "窓口の電話番号", en: "Desk phone" }, source: desk },
  { key: "desk.email", label: { ja: "窓口のメールアドレス", en: "Desk e-mail" }, source: desk },
  { key: "desk.hours", label: { ja: "受付時間", en: "Opening hours" }, source: desk },
  { key: "doc.number", label: { ja: "文書番号", en: "Document number" }, source: version },
  { key: "doc.version", label: { ja: "版", en: "Version" }, source: version },
  {
    key: "doc.establishedOn",
    label: { ja: "制定日", en: "First established" },
    source: version,
  },
  { key: "doc.effectiveOn", label: { ja: "施行日", en: "Effective from" }, source: version },
] as const satisfies readonly DocumentField[];

export type DocumentFieldKey = (typeof DOCUMENT_FIELDS)[number]["key"];

export function documentField(key: string): DocumentField | undefined {
  return DOCUMENT_FIELDS.find((f) => f.key === key);
}

/** The placeholder shown for a field with no data: its label in 【】. */
export function fieldPlaceholder(key: string, lang: "ja" | "en" = "ja"): string {
  const label = documentField(key)?.label[lang] ?? key;
  return lang === "ja" ? `【${label}：未入力】` : `[${label}: not entered]`;
}
