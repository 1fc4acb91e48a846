/**
 * Catalogue for the legal register (法令等一覧): laws, orders, guidelines and standards a
 * PMS typically has to identify (docs/domain.md#legal-register, #appi-articles). Each
 * organisation picks the entries that apply and adds its own. Facts not confirmed by a source
 * on record are kept here with `verified: false` so they can be corrected as data.
 */

import type { Bilingual } from "../i18n-text.ts";
import { APPI_FAMILY } from "./law-catalogue-appi.ts";
import { OTHER_NORMS } from "./law-catalogue-other.ts";

export const LAW_KINDS = ["law", "cabinet_order", "ordinance", "guideline", "standard"] as const;
export type LawKind = (typeof LAW_KINDS)[number];

export const LAW_KIND_LABELS: Readonly<Record<LawKind, Bilingual>> = {
  law: { ja: "法律", en: "Act" },
  cabinet_order: { ja: "政令", en: "Cabinet order" },
  ordinance: { ja: "規則・省令", en: "Rules / ordinance" },
  guideline: { ja: "ガイドライン・指針", en: "Guideline" },
  standard: { ja: "規格", en: "Standard" },
};

export interface LawArticle {
  /** Article or clause number as written in the source: "17", "2(3)", "41–42", "J.8". */
  ref: string;
  /** Short title (titles are facts; the English is our translation). */
  title: Bilingual;
}

export interface LawEntry {
  id: string;
  /** The name used in the register (a common short form where one exists). */
  name: Bilingual;
  /** Full official title where it differs from name. */
  formalName?: Bilingual;
  kind: LawKind;
  /** Who issues or administers it. */
  issuer: Bilingual;
  /** Articles the PMS usually refers to; empty when none are recorded yet. */
  articles: readonly LawArticle[];
  /** When an organisation needs it, in one line of our own. */
  appliesWhen: Bilingual;
  /** Suggested for every organisation (false: only when appliesWhen fits). */
  baseline: boolean;
  /** true only when every fact in the entry is confirmed (docs/domain.md#legal-register). */
  verified: boolean;
  /** For maintainers: what to check against the official source when verified is false. */
  toVerify?: string;
}

export const LAW_CATALOGUE: readonly LawEntry[] = [...APPI_FAMILY, ...OTHER_NORMS];

/** One entry by id, or undefined. */
export function getLawEntry(id: string): LawEntry | undefined {
  return LAW_CATALOGUE.find((e) => e.id === id);
}

/**
 * How a legal-register entry is named: its own name, else its catalogue entry's name in
 * `lang`, else the catalogue id (an entry withdrawn from the catalogue), else its row id.
 */
export function legalEntryName(
  e: { name: string | null; lawId: string | null; id: string },
  lang: "ja" | "en",
): string {
  return e.name ?? (e.lawId ? (getLawEntry(e.lawId)?.name[lang] ?? e.lawId) : e.id);
}

/** Entries suggested for every organisation, in catalogue order. */
export function baselineLawEntries(): LawEntry[] {
  return LAW_CATALOGUE.filter((e) => e.baseline);
}
