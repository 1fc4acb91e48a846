/**
 * The 個人情報管理台帳 (personal-information register) described as data: its fields with
 * labels, help texts, requirement level (docs/domain.md#the-register), enum values and the
 * header spellings companies use in Excel. Also the lifecycle phases used by the risk analysis.
 */

import type { Bilingual } from "../i18n-text.ts";
import type { HeaderField } from "../text/header-match.ts";
import { normalizeHeader } from "../text/normalize.ts";
import { HANDLING_FIELDS } from "./inventory-fields-handling.ts";
import { IDENTITY_FIELDS } from "./inventory-fields-identity.ts";

export type InventoryFieldKey =
  | "name"
  | "departmentId"
  | "subjectCategories"
  | "dataItems"
  | "infoType"
  | "count"
  | "medium"
  | "acquisition"
  | "purpose"
  | "noticeMethod"
  | "consentRequired"
  | "consentBasis"
  | "storageLocation"
  | "storageMethod"
  | "accessHolders"
  | "usePeriod"
  | "retentionPeriod"
  | "disposalMethod"
  | "outsourced"
  | "outsourcee"
  | "thirdPartyProvision"
  | "recipients"
  | "jointUse"
  | "foreignRecipient"
  | "foreignCountry"
  | "retainedPersonalData"
  | "sensitive"
  | "identifiedOn"
  | "lastReviewedOn"
  | "status";

/**
 * - required: docs/domain.md#the-register lists the field as required for the register;
 * - recommended: listed there as recommended;
 * - optional: commonly added by companies, or kept by mamori for its own workflow.
 */
export type FieldRequirement = "required" | "recommended" | "optional";

/**
 * - text / longText: free text (one line / several lines);
 * - textList: several entries, one per line or separated by 、 or commas;
 * - count: text read as a number with 約/以上/未満 where it is one (record-count.ts);
 * - boolean: yes/no (see parseYesNo);
 * - enum: one value of `values` (several when `multiple`);
 * - date: a calendar day (see parseJapaneseDate);
 * - department: a reference to a department of the organisation.
 */
export type InventoryValueType =
  | "text"
  | "longText"
  | "textList"
  | "count"
  | "boolean"
  | "enum"
  | "date"
  | "department";

export interface EnumValueDef {
  value: string;
  label: Bilingual;
  /** Spellings seen in spreadsheets besides label.ja and label.en. */
  aliases: readonly string[];
}

export interface InventoryFieldDef {
  key: InventoryFieldKey;
  label: Bilingual;
  help: Bilingual;
  requirement: FieldRequirement;
  /** mamori cannot store a row without it (the row's name), whatever the requirement level. */
  appRequired?: true;
  type: InventoryValueType;
  /** For enum fields: several values may be chosen. */
  multiple?: true;
  values?: readonly EnumValueDef[];
  /** A detail expected when the given yes/no field is yes (e.g. outsourcee of outsourced). */
  detailOf?: InventoryFieldKey;
  /** Pre-filled from another field, but kept as a column the person confirms. */
  derivedFrom?: InventoryFieldKey;
  /** Header spellings seen in companies' registers, besides label.ja, label.en and the key. */
  aliases: readonly string[];
}

/** All fields in the order of a register row. */
export const INVENTORY_FIELDS: readonly InventoryFieldDef[] = [
  ...IDENTITY_FIELDS,
  ...HANDLING_FIELDS,
];

const BY_KEY = new Map(INVENTORY_FIELDS.map((f) => [f.key, f]));

/** The definition of one field. @throws RangeError for an unknown key (e.g. from untyped input). */
export function getInventoryField(key: InventoryFieldKey): InventoryFieldDef {
  const f = BY_KEY.get(key);
  if (f === undefined) throw new RangeError(`unknown inventory field: ${String(key)}`);
  return f;
}

/** Keys docs/domain.md#the-register marks required for the register. */
export const REQUIRED_INVENTORY_FIELDS: readonly InventoryFieldKey[] = INVENTORY_FIELDS.filter(
  (f) => f.requirement === "required",
).map((f) => f.key);

/**
 * The fields in the shape matchHeaders expects: the Japanese label first (what our export
 * writes, an "exact" match), then the English label and the other aliases. Required for the
 * import are the fields docs/domain.md#the-register requires and the row's name.
 */
export function inventoryHeaderFields(): HeaderField<InventoryFieldKey>[] {
  return INVENTORY_FIELDS.map((f) => ({
    key: f.key,
    aliases: [f.label.ja, f.label.en, ...f.aliases],
    required: f.requirement === "required" || f.appRequired === true,
  }));
}

export interface EnumParseResult {
  values: string[];
  /** Parts of the cell that named no known value, as written. */
  unknown: string[];
}

/** Separators between several values in one cell (multiple-choice fields only). */
const VALUE_SEPARATORS = /[、,，;；\n]/;

/**
 * Read an enum cell: each part is compared (after normalizeHeader) with the value key, its
 * labels and aliases. Multiple-choice fields accept several parts; duplicates are dropped.
 * @throws RangeError when the field is not an enum field.
 */
export function parseInventoryEnum(key: InventoryFieldKey, cell: string): EnumParseResult {
  const field = getInventoryField(key);
  if (field.type !== "enum" || field.values === undefined) {
    throw new RangeError(`not an enum field: ${key}`);
  }
  const parts = (field.multiple ? cell.split(VALUE_SEPARATORS) : [cell])
    .map((p) => p.trim())
    .filter((p) => normalizeHeader(p) !== "");
  const values: string[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const n = normalizeHeader(part);
    const hit = field.values.find((v) =>
      [v.value, v.label.ja, v.label.en, ...v.aliases].some((a) => normalizeHeader(a) === n),
    );
    if (hit === undefined) unknown.push(part);
    else if (!values.includes(hit.value)) values.push(hit.value);
  }
  return { values, unknown };
}

export interface LifecyclePhaseDef {
  key: string;
  order: number;
  label: Bilingual;
  /** false for 委託, which many companies add to the five core phases. */
  core: boolean;
}

/** Phases of the lifecycle along which risks are analysed (docs/domain.md#lifecycle-and-risks). */
export const LIFECYCLE_PHASES = [
  {
    key: "acquisition_input",
    order: 1,
    label: { ja: "取得・入力", en: "Acquisition and input" },
    core: true,
  },
  {
    key: "transfer",
    order: 2,
    label: { ja: "移送・送信", en: "Transfer and sending" },
    core: true,
  },
  {
    key: "use_processing",
    order: 3,
    label: { ja: "利用・加工", en: "Use and processing" },
    core: true,
  },
  {
    key: "storage_backup",
    order: 4,
    label: { ja: "保管・バックアップ", en: "Storage and backup" },
    core: true,
  },
  {
    key: "disposal",
    order: 5,
    label: { ja: "消去・廃棄", en: "Erasure and disposal" },
    core: true,
  },
  { key: "outsourcing", order: 6, label: { ja: "委託", en: "Outsourcing" }, core: false },
] as const satisfies readonly LifecyclePhaseDef[];

export type LifecyclePhase = (typeof LIFECYCLE_PHASES)[number]["key"];
