// The register's field definitions (labels, one-line help, enum values) from the core, in the
// UI language; and the review-overdue rule shown as a badge in the table.
import type { Bilingual } from "@src/core/i18n-text.ts";
import {
  getInventoryField,
  INVENTORY_FIELDS,
  type InventoryFieldKey,
  LIFECYCLE_PHASES,
} from "@src/core/registers/inventory-fields.ts";
import { isReviewOverdue } from "@src/core/review-cycle.ts";
import { todayInJapan } from "@src/core/today-in-japan.ts";
import { currentLanguage } from "../../i18n/index.ts";

export type { InventoryFieldKey };

export const pick = (text: Bilingual): string => text[currentLanguage()];

export const fieldLabel = (key: InventoryFieldKey) => pick(getInventoryField(key).label);
export const fieldHelp = (key: InventoryFieldKey) => pick(getInventoryField(key).help);

/** Select options of an enum field, labelled in the UI language. */
export function enumOptions(key: InventoryFieldKey) {
  return (getInventoryField(key).values ?? []).map((v) => ({
    value: v.value,
    label: pick(v.label),
  }));
}

/** The label of one enum value ("—" for none; the raw value when unknown). */
export function enumLabel(key: InventoryFieldKey, value: string | null | undefined): string {
  if (!value) return "—";
  const hit = getInventoryField(key).values?.find((v) => v.value === value);
  return hit ? pick(hit.label) : value;
}

/** Every field as an option, for the column mapping of the import. */
export function fieldOptions() {
  return INVENTORY_FIELDS.map((f) => ({ value: f.key, label: pick(f.label) }));
}

export function isFieldKey(key: string): key is InventoryFieldKey {
  return INVENTORY_FIELDS.some((f) => f.key === key);
}

export function fieldRequired(key: InventoryFieldKey): boolean {
  const f = getInventoryField(key);
  return f.requirement === "required" || f.appRequired === true;
}

export const phases = LIFECYCLE_PHASES;
export type PhaseKey = (typeof LIFECYCLE_PHASES)[number]["key"];

export function phaseLabel(key: string): string {
  const p = LIFECYCLE_PHASES.find((x) => x.key === key);
  return p ? pick(p.label) : key;
}

export function phaseOptions() {
  return LIFECYCLE_PHASES.map((p) => ({ value: p.key, label: pick(p.label) }));
}

/** Today in Japan (deadlines count in JST, like the server). */
export const todayJst = todayInJapan;

/**
 * Never reviewed, or last reviewed more than 12 months ago (the server's rule). Callers pass
 * lastReviewedOn ?? identifiedOn: identifying an item is its first review.
 */
export const reviewOverdue = isReviewOverdue;

export const INVENTORY_FIELD_KEYS: readonly InventoryFieldKey[] = INVENTORY_FIELDS.map(
  (f) => f.key,
);
