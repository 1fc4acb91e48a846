/**
 * The リスク分析表 (lifecycle risk analysis) as a spreadsheet: its columns with the header
 * spellings companies use, and readers for the cells that name a phase, a risk kind or a level
 * of the risk matrix. Rows refer to register items by 名称 + 管理部門.
 */

import type { Bilingual } from "../i18n-text.ts";
import type { HeaderField } from "../text/header-match.ts";
import { normalizeHeader, toHalfWidth } from "../text/normalize.ts";
import { LIFECYCLE_PHASES, type LifecyclePhase } from "./inventory-fields.ts";
import { RISK_KIND_LABELS, RISK_KINDS, type RiskKind } from "./risk-library.ts";
import type { RiskMatrix } from "./risk-matrix.ts";

export type RiskFieldKey =
  | "itemName"
  | "department"
  | "phase"
  | "kind"
  | "description"
  | "likelihood"
  | "impact"
  | "inherentLevel"
  | "countermeasure"
  | "residualLikelihood"
  | "residualImpact"
  | "residualLevel"
  | "assessment"
  | "acceptedBy"
  | "acceptedOn"
  | "lastReviewedOn"
  | "lastReviewedBy"
  | "reviewOn";

export interface RiskFieldDef {
  key: RiskFieldKey;
  label: Bilingual;
  /** The import cannot do without the column. */
  required: boolean;
  /** Computed from the matrix on export; ignored on import. */
  computed?: true;
  /**
   * Written on export, ignored on import: a record a file cannot make (the last review and
   * its reviewer are recorded only by 見直し済み; whether a person confirmed the ratings is
   * decided by the import itself, see registers-xlsx/risk-plan.ts).
   */
  exportOnly?: true;
  /** Header spellings besides label.ja, label.en and the key. */
  aliases: readonly string[];
}

/** All columns in the order of an exported row. */
export const RISK_FIELDS: readonly RiskFieldDef[] = [
  {
    key: "itemName",
    label: { ja: "個人情報の名称", en: "Register item" },
    required: true,
    aliases: [
      "台帳名称",
      "名称",
      "個人情報名",
      "業務名",
      "業務/個人情報名",
      "台帳の名称",
      "項目名",
    ],
  },
  {
    key: "department",
    label: { ja: "管理部門", en: "Managing department" },
    required: false,
    aliases: ["部門", "部署", "部署名", "管理部署", "担当部門", "主管部門"],
  },
  {
    key: "phase",
    label: { ja: "フェーズ", en: "Phase" },
    required: true,
    aliases: ["ライフサイクル", "局面", "ライフサイクルの局面", "工程", "段階", "取扱いの局面"],
  },
  {
    key: "kind",
    label: { ja: "リスクの種類", en: "Risk kind" },
    required: false,
    aliases: ["リスク種別", "リスク分類", "リスクの分類", "種類", "種別"],
  },
  {
    key: "description",
    label: { ja: "想定リスク", en: "Risk" },
    required: true,
    aliases: [
      "リスク内容",
      "リスクの内容",
      "想定されるリスク",
      "リスク",
      "脅威",
      "risk description",
    ],
  },
  {
    key: "likelihood",
    label: { ja: "発生可能性", en: "Likelihood" },
    required: true,
    aliases: ["可能性", "発生頻度", "頻度", "起こりやすさ"],
  },
  {
    key: "impact",
    label: { ja: "影響度", en: "Impact" },
    required: true,
    aliases: ["影響", "影響の大きさ", "重大性", "被害の大きさ"],
  },
  {
    key: "inherentLevel",
    label: { ja: "固有リスク", en: "Inherent risk" },
    required: false,
    computed: true,
    aliases: ["リスクレベル", "リスク値", "リスク評価", "固有リスクレベル", "リスクの大きさ"],
  },
  {
    key: "countermeasure",
    label: { ja: "対策", en: "Countermeasure" },
    required: false,
    aliases: ["リスク対策", "対策内容", "管理策", "安全管理措置", "対応策"],
  },
  {
    key: "residualLikelihood",
    label: { ja: "残存発生可能性", en: "Residual likelihood" },
    required: false,
    aliases: ["対策後発生可能性", "残存リスク発生可能性", "対策後の発生可能性", "残存可能性"],
  },
  {
    key: "residualImpact",
    label: { ja: "残存影響度", en: "Residual impact" },
    required: false,
    aliases: ["対策後影響度", "残存リスク影響度", "対策後の影響度", "残存影響"],
  },
  {
    key: "residualLevel",
    label: { ja: "残存リスク", en: "Residual risk" },
    required: false,
    computed: true,
    aliases: ["残存リスクレベル", "残存リスク評価", "対策後リスク", "対策後のリスク"],
  },
  {
    // 評価済み or 未評価 (suggested ratings nobody has confirmed): the levels of a 未評価 row
    // print as （提案）, never as a rating.
    key: "assessment",
    label: { ja: "評価状況", en: "Assessment" },
    required: false,
    exportOnly: true,
    aliases: ["評価の状況", "評価状態"],
  },
  {
    key: "acceptedBy",
    label: { ja: "受容者", en: "Accepted by" },
    required: false,
    aliases: ["承認者", "リスク受容者", "受容した者", "残存リスク承認者"],
  },
  {
    key: "acceptedOn",
    label: { ja: "受容日", en: "Accepted on" },
    required: false,
    aliases: ["承認日", "受容年月日", "リスク受容日", "承認年月日"],
  },
  {
    key: "lastReviewedOn",
    label: { ja: "最終見直し日", en: "Last reviewed on" },
    required: false,
    exportOnly: true,
    aliases: ["前回見直し日", "見直し実施日", "見直し済み日", "最終レビュー日"],
  },
  {
    key: "lastReviewedBy",
    label: { ja: "見直し者", en: "Reviewed by" },
    required: false,
    exportOnly: true,
    aliases: ["最終見直し者", "見直した人", "見直し実施者"],
  },
  {
    // The planned next review. 見直し日 was its label until the last review got a column of its
    // own; files exported before still say so.
    key: "reviewOn",
    label: { ja: "見直し予定日", en: "Next review on" },
    required: false,
    aliases: ["見直し日", "次回見直し日", "レビュー日", "見直し時期", "Review on"],
  },
];

export const RISK_FIELD_KEYS: readonly RiskFieldKey[] = RISK_FIELDS.map((f) => f.key);

/** The columns in the shape matchHeaders expects (the Japanese label first). */
export function riskHeaderFields(): HeaderField<RiskFieldKey>[] {
  return RISK_FIELDS.map((f) => ({
    key: f.key,
    aliases: [f.label.ja, f.label.en, ...f.aliases],
    required: f.required,
  }));
}

/** Normalised for comparing choices: like headers, and 取得/入力 equals 取得・入力. */
const fold = (s: string) => normalizeHeader(s).replace(/[・/,、]/g, "");

const PHASE_ALIASES: Record<LifecyclePhase, readonly string[]> = {
  acquisition_input: ["取得", "入力", "収集", "取得入力", "acquisition", "input"],
  transfer: ["移送", "送信", "運搬", "伝送", "移送送信", "transfer"],
  use_processing: ["利用", "加工", "使用", "利用加工", "use", "processing"],
  storage_backup: ["保管", "保存", "バックアップ", "保管保存", "storage", "backup"],
  disposal: ["消去", "廃棄", "削除", "廃棄消去", "disposal", "erasure"],
  outsourcing: ["外部委託", "業務委託", "委託先", "outsourced"],
};

/** Folded spelling → phase, built once. */
const PHASE_BY_WORD = new Map<string, LifecyclePhase>(
  LIFECYCLE_PHASES.flatMap((p) =>
    [p.key, p.label.ja, p.label.en, ...PHASE_ALIASES[p.key]].map((a) => [fold(a), p.key] as const),
  ),
);

/** A lifecycle phase by key, Japanese or English label, or a common short name; else null. */
export function parsePhase(cell: string): LifecyclePhase | null {
  return PHASE_BY_WORD.get(fold(cell)) ?? null;
}

const KIND_ALIASES: Record<RiskKind, readonly string[]> = {
  leak: ["漏洩", "情報漏えい", "情報漏洩", "漏出", "流出"],
  loss: ["紛失", "消失", "喪失"],
  damage: ["毀損", "破損", "改ざん", "改竄", "棄損"],
  misuse: ["目的外使用", "不正利用", "目的外の利用"],
  improper_acquisition: ["不正取得", "不適正な取得", "不正な取得"],
  unlawful_provision: ["不正提供", "違法提供", "不適正な提供", "目的外提供"],
  impact_on_person: ["本人への影響", "権利侵害", "本人の権利侵害"],
  other: ["その他のリスク"],
};

/** Folded spelling → kind, built once. */
const KIND_BY_WORD = new Map<string, RiskKind>(
  RISK_KINDS.flatMap((k) =>
    [k, RISK_KIND_LABELS[k].ja, RISK_KIND_LABELS[k].en, ...KIND_ALIASES[k]].map(
      (a) => [fold(a), k] as const,
    ),
  ),
);

/** A risk kind by key, Japanese or English label, or a common synonym; else null. */
export function parseRiskKind(cell: string): RiskKind | null {
  return KIND_BY_WORD.get(fold(cell)) ?? null;
}

/**
 * The kind a free-text risk names first ("漏えい：郵送中の誤配" → leak), for sheets without a
 * kind column; null when it names none.
 */
export function guessRiskKind(description: string): RiskKind | null {
  const text = toHalfWidth(description);
  let best: { kind: RiskKind; at: number } | null = null;
  for (const k of RISK_KINDS) {
    if (k === "other") continue;
    for (const word of [RISK_KIND_LABELS[k].ja, ...KIND_ALIASES[k]]) {
      const at = text.indexOf(word);
      if (at >= 0 && (best === null || at < best.at)) best = { kind: k, at };
    }
  }
  return best?.kind ?? null;
}

export type Axis = RiskMatrix["likelihood"];

/**
 * A level of a matrix axis: its number ("3", "３", "3（高）") or its label ("高", "High").
 * null when the cell names no level of this axis.
 */
export function parseAxisValue(axis: Axis, cell: string): number | null {
  const text = toHalfWidth(cell).trim();
  const number = /^(-?\d+)(?:\.0+)?(?:\s*[(:：]|$)/.exec(text);
  if (number) {
    const v = Number(number[1]);
    return axis.levels.some((l) => l.value === v) ? v : null;
  }
  const n = fold(text);
  if (n === "") return null;
  const hit = axis.levels.find((l) => fold(l.label.ja) === n || fold(l.label.en) === n);
  return hit?.value ?? null;
}

/** "1（低）, 2（中）, 3（高）": the accepted values of an axis, for messages. */
export function axisChoices(axis: Axis, lang: "ja" | "en"): string {
  return axis.levels
    .map((l) => (lang === "ja" ? `${l.value}（${l.label.ja}）` : `${l.value} (${l.label.en})`))
    .join(", ");
}
