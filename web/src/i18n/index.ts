// i18next: Japanese by default, English on request; the choice is kept in localStorage.

import { errorMessages } from "@src/i18n/messages.ts";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import ja from "./ja.json";

export const languages = ["ja", "en"] as const;
export type Language = (typeof languages)[number];
const STORAGE_KEY = "mamori.lang";

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "ja";
  } catch {
    return "ja";
  }
}

type Tree = { [key: string]: string | Tree };

/** The API's error messages ({max} placeholders become i18next's {{max}}), one source. */
function errorsIn(lang: Language): Tree {
  const out: Tree = {};
  for (const [code, text] of Object.entries(errorMessages)) {
    out[code] = text[lang].replace(/\{(\w+)\}/g, "{{$1}}");
  }
  return out;
}

/**
 * Each feature may keep its own strings in `features/<name>/locales/{ja,en}.json` (top-level
 * key = the feature's namespace), so features do not edit one shared file.
 */
const featureFiles = import.meta.glob<Tree>("../features/*/locales/*.json", {
  eager: true,
  import: "default",
});

function merged(base: Tree, lang: Language): Tree {
  const out: Tree = { ...base, errors: errorsIn(lang) };
  for (const [path, tree] of Object.entries(featureFiles)) {
    if (!path.endsWith(`/${lang}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in out) throw new Error(`i18n: ${path} redefines "${key}"`);
      out[key] = value;
    }
  }
  return out;
}

void i18n.use(initReactI18next).init({
  resources: {
    ja: { translation: merged(ja, "ja") },
    en: { translation: merged(en, "en") },
  },
  lng: storedLanguage(),
  fallbackLng: "ja",
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;

export function setLanguage(lang: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
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
