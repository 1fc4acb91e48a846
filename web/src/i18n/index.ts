// i18next: Japanese by default, English on request; the choice is kept in localStorage. The
// strings come from the features' locale files (resources.ts).
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { type Language, resources } from "./resources.ts";

export { type Language, languages } from "./resources.ts";

const STORAGE_KEY = "mamori.lang";

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "ja";
  } catch {
    return "ja";
  }
}

/** The page's `lang` attribute (absent when there is no page, as in the unit tests). */
function markPage(lang: string) {
  if (typeof document !== "undefined") document.documentElement.lang = lang;
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: "ja",
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

markPage(i18n.language);

export function setLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  markPage(lang);
  void i18n.changeLanguage(lang);
}

export function currentLanguage(): Language {
  return i18n.language === "en" ? "en" : "ja";
}

/** The text of a bilingual label in the current UI language (Japanese when it is empty). */
export function bi(label: { ja: string; en: string } | undefined | null): string {
  if (!label) return "";
  return label[currentLanguage()] || label.ja;
}

export default i18n;
