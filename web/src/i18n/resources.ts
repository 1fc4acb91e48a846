// The UI's strings: every feature keeps its own in `features/<name>/locales/{ja,en}.json`
// (shared shell strings — navigation, common buttons, errors of the UI — in features/shell),
// each file under top-level keys no other file defines, and the API's error messages
// (src/i18n/messages.ts) under `errors`, so both sides say the same thing. No DOM here: the
// unit tests read the same resources.
import { errorMessages } from "@src/i18n/messages.ts";

export const languages = ["ja", "en"] as const;
export type Language = (typeof languages)[number];

export type Tree = { [key: string]: string | Tree };

/** Every locale file, by path (`../features/people/locales/ja.json`). */
export const localeFiles = import.meta.glob<Tree>("../features/*/locales/*.json", {
  eager: true,
  import: "default",
});

/** The API's error messages ({max} placeholders become i18next's {{max}}), one source. */
function errorsIn(lang: Language): Tree {
  const out: Tree = {};
  for (const [code, text] of Object.entries(errorMessages)) {
    out[code] = text[lang].replace(/\{(\w+)\}/g, "{{$1}}");
  }
  return out;
}

/** One language's strings: the feature files merged, plus `errors`. */
export function translations(lang: Language, files: Record<string, Tree> = localeFiles): Tree {
  const out: Tree = { errors: errorsIn(lang) };
  for (const [path, tree] of Object.entries(files)) {
    if (!path.endsWith(`/${lang}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in out) throw new Error(`i18n: ${path} redefines "${key}"`);
      out[key] = value;
    }
  }
  return out;
}

export const resources = {
  ja: { translation: translations("ja") },
  en: { translation: translations("en") },
};
