// Suggestions offered while filling in an item (free entry stays possible everywhere).
import type { Bilingual } from "@src/core/i18n-text.ts";

/** 本人の区分: whose information it is. */
export const SUBJECT_SUGGESTIONS: readonly Bilingual[] = [
  { ja: "顧客", en: "Customers" },
  { ja: "見込み客", en: "Prospective customers" },
  { ja: "従業者", en: "Staff" },
  { ja: "退職者", en: "Former staff" },
  { ja: "採用応募者", en: "Job applicants" },
  { ja: "従業者の家族", en: "Family of staff" },
  { ja: "取引先担当者", en: "Contacts at business partners" },
  { ja: "委託先の担当者", en: "Contractor staff" },
  { ja: "株主", en: "Shareholders" },
  { ja: "問い合わせ者", en: "People who contacted us" },
  { ja: "来訪者", en: "Visitors" },
  { ja: "利用者（会員）", en: "Users (members)" },
];

/** Categories of data items, for grouping them in the register. */
export const DATA_ITEM_CATEGORIES: readonly Bilingual[] = [
  { ja: "基本情報", en: "Basic details" },
  { ja: "連絡先", en: "Contact details" },
  { ja: "識別番号", en: "Identifiers" },
  { ja: "勤務・経歴", en: "Work and career" },
  { ja: "家族", en: "Family" },
  { ja: "金融・決済", en: "Financial and payment" },
  { ja: "取引・履歴", en: "Transactions and history" },
  { ja: "健康・医療", en: "Health and medical" },
  { ja: "画像・音声", en: "Images and voice" },
  { ja: "オンライン識別子", en: "Online identifiers" },
  { ja: "その他", en: "Other" },
];
