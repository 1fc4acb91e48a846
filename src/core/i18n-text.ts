/** A piece of product text in both languages (Japanese is the primary language of the product). */
export interface Bilingual {
  ja: string;
  en: string;
}
