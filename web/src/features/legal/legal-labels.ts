import { LAW_KIND_LABELS, LAW_KINDS } from "@src/core/registers/law-catalogue.ts";
import { isReviewOverdue } from "@src/core/review-cycle.ts";
import { todayInJapan } from "@src/core/today-in-japan.ts";
import { bi, currentLanguage } from "../../i18n/index.ts";
import type { LawEntry, LegalEntry } from "./useLegal.ts";

export const pick = bi;

/** The name in the UI language (the server's `name` follows the language of the request). */
export const entryName = (e: LegalEntry) =>
  e.ownName ?? (currentLanguage() === "en" ? e.nameEn : e.nameJa);

export function kindLabel(kind: string): string {
  return pick(LAW_KIND_LABELS[kind as keyof typeof LAW_KIND_LABELS]) || kind;
}

export const kindOptions = () => LAW_KINDS.map((k) => ({ value: k, label: kindLabel(k) }));

const STATUTES = new Set(["law", "cabinet_order", "ordinance"]);

/** An article number as written in a statute: 17 → 第17条, 2(3) → 第2条第3項 (Art. 2(3)). */
function articleRef(ref: string, kind: string): string {
  const m = /^(\d+(?:–\d+)?)(?:\((\d+)\))?$/.exec(ref);
  if (!m || !STATUTES.has(kind)) return ref;
  if (currentLanguage() === "en") return `Art. ${ref}`;
  return `第${m[1]}条${m[2] ? `第${m[2]}項` : ""}`;
}

/** A catalogue article as one line: "第17条 利用目的の特定"; clauses of standards as given. */
export const articleLine = (a: LawEntry["articles"][number], kind: string) =>
  `${articleRef(a.ref, kind)} ${pick(a.title)}`;

/** The catalogue's articles as text for the articles field (one per line). */
export const articlesText = (law: LawEntry) =>
  law.articles.map((a) => articleLine(a, law.kind)).join("\n");

export const todayJst = () => todayInJapan();

/** Never checked, or last checked more than 12 months ago (the server's rule). */
export const checkOverdue = isReviewOverdue;
