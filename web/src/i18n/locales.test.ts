// Every locale file: Japanese and English say the same things (the same keys, plural forms
// aside), none is empty, no two files define one top-level key; and every key the code asks
// i18next for (t("…"), i18n.t("…"), the navigation's labels) exists in Japanese.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { localeFiles, type Tree, translations } from "./resources.ts";

const webSrc = fileURLToPath(new URL("..", import.meta.url));

/** Leaf keys of a tree, as dotted paths. */
function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** i18next's plural forms (`count_one`, `count_other`) stand for one key (`count`). */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const keyOf = (path: string) => path.replace(PLURAL, "");
const keySet = (tree: Tree) => new Set([...leaves(tree).keys()].map(keyOf));

/** The value at a dotted path: a string, a subtree, or undefined. */
function lookup(tree: Tree, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return node;
}

const ja = translations("ja");

/** A key resolves when it names a string, or its plural forms exist. */
function resolves(key: string): boolean {
  if (typeof lookup(ja, key) === "string") return true;
  return ["one", "other"].some((form) => typeof lookup(ja, `${key}_${form}`) === "string");
}

const features = [...new Set(Object.keys(localeFiles).map((p) => p.split("/")[2]))].sort();

describe("locale files", () => {
  it("are found for the features that have strings, the shell among them", () => {
    expect(features).toContain("shell");
    expect(features).toContain("people");
    expect(features).toContain("risks");
    // Every feature has both languages.
    for (const f of features) {
      expect(localeFiles[`../features/${f}/locales/ja.json`], f).toBeDefined();
      expect(localeFiles[`../features/${f}/locales/en.json`], f).toBeDefined();
    }
  });

  it.each(features)("%s: ja and en have the same keys", (feature) => {
    const jaTree = localeFiles[`../features/${feature}/locales/ja.json`] as Tree;
    const enTree = localeFiles[`../features/${feature}/locales/en.json`] as Tree;
    const jaKeys = keySet(jaTree);
    const enKeys = keySet(enTree);
    expect(
      [...jaKeys].filter((k) => !enKeys.has(k)),
      "missing in en",
    ).toEqual([]);
    expect(
      [...enKeys].filter((k) => !jaKeys.has(k)),
      "missing in ja",
    ).toEqual([]);
  });

  it.each(features)("%s: no value is empty", (feature) => {
    for (const lang of ["ja", "en"]) {
      const tree = localeFiles[`../features/${feature}/locales/${lang}.json`] as Tree;
      const empty = [...leaves(tree)].filter(([, v]) => v.trim() === "").map(([k]) => k);
      expect(empty, `${feature}/${lang}`).toEqual([]);
    }
  });

  it("merge without two files defining one top-level key", () => {
    expect(() => translations("ja")).not.toThrow();
    expect(() => translations("en")).not.toThrow();
    const twice = {
      "../features/a/locales/ja.json": { x: "1" },
      "../features/b/locales/ja.json": { x: "2" },
    };
    expect(() => translations("ja", twice)).toThrow(/redefines "x"/);
  });

  it("carry the API's error messages under errors, placeholders in i18next's form", () => {
    expect(lookup(ja, "errors.required")).toBe("必須項目です。");
    expect(lookup(ja, "errors.too_long")).toBe("{{max}}文字以内で入力してください。");
    expect(lookup(translations("en"), "errors.required")).toBe("This field is required.");
  });
});

/** Source files of the web app (tests aside). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The argument text of each `t(` / `i18n.t(` call, up to its closing parenthesis. */
function tCalls(text: string): string[] {
  const calls: string[] = [];
  const start = /(?<![\w$])t\(/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    let depth = 1;
    let i = m.index + m[0].length;
    let quote: string | null = null;
    for (; i < text.length && depth > 0; i++) {
      const c = text[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
    }
    calls.push(text.slice(m.index + m[0].length, i - 1));
  }
  return calls;
}

const namespaces = new Set(Object.keys(ja));
const looksLikeKey = (s: string) =>
  /^[A-Za-z][\w-]*(\.[\w-]+)+$/.test(s) && namespaces.has(s.split(".")[0] ?? "");

describe("keys used in web/src", () => {
  const files = sources(webSrc);
  const used: { file: string; key: string; prefix: boolean }[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const name = relative(webSrc, file);
    for (const args of tCalls(text)) {
      for (const m of args.matchAll(/"([^"\\]*)"|'([^'\\]*)'/g)) {
        const s = m[1] ?? m[2] ?? "";
        if (looksLikeKey(s)) used.push({ file: name, key: s, prefix: false });
      }
      // `employmentTypes.${e}`: the static part must name a group of keys.
      for (const m of args.matchAll(/`([A-Za-z][\w.-]*)\.\$\{/g)) {
        if (m[1] && namespaces.has(m[1].split(".")[0] ?? ""))
          used.push({ file: name, key: m[1], prefix: true });
      }
    }
    if (name.endsWith("navigation.ts")) {
      for (const m of text.matchAll(/label: "([^"]+)"/g))
        if (m[1]) used.push({ file: name, key: m[1], prefix: false });
    }
  }

  it("are found (the scan reads the calls)", () => {
    expect(used.length).toBeGreaterThan(300);
    expect(used.some((u) => u.key === "common.save")).toBe(true);
    expect(used.some((u) => u.key === "nav.dashboard")).toBe(true);
    expect(used.some((u) => u.key === "employmentTypes" && u.prefix)).toBe(true);
  });

  it("exist in Japanese", () => {
    const missing = used
      .filter((u) => (u.prefix ? typeof lookup(ja, u.key) !== "object" : !resolves(u.key)))
      .map((u) => `${u.file}: ${u.key}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
