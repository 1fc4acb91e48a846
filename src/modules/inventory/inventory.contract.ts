// 個人情報管理台帳 (inventory): zod contracts shared by the API and the web forms. The
// fields and their enum values come from core/registers/inventory-fields.ts.
import { z } from "zod";
import { getInventoryField, LIFECYCLE_PHASES } from "../../core/registers/inventory-fields.ts";
import { COUNT_QUALIFIERS, MAX_RECORD_COUNT } from "../../core/registers/record-count.ts";
import {
  isoDate,
  listQuery,
  optionalIsoDate,
  optionalText,
  requiredLine,
  requiredText,
} from "../shared/contract-helpers.ts";

function enumValues(key: "infoType" | "medium" | "acquisition" | "status") {
  const values = (getInventoryField(key).values ?? []).map((v) => v.value);
  return values as [string, ...string[]];
}
export const infoTypes = enumValues("infoType");
export const media = enumValues("medium");
export const acquisitionMethods = enumValues("acquisition");
export const inventoryStatuses = enumValues("status");
export const lifecyclePhases = LIFECYCLE_PHASES.map((p) => p.key) as [string, ...string[]];

const choice = (values: [string, ...string[]]) => z.enum(values, { error: "invalid_value" });
const textList = (max: number) =>
  z.array(requiredLine(max), { error: "invalid_type" }).max(100, { error: "too_many_items" });
const yesNo = z.boolean({ error: "invalid_type" }).nullable().optional();

export const dataItem = z.strictObject({
  name: requiredLine(100),
  category: optionalText(100),
  sensitive: z.boolean({ error: "invalid_type" }).default(false),
  /** 特定個人情報 (My Number data): its own flag, not 要配慮. */
  myNumber: z.boolean({ error: "invalid_type" }).default(false),
});

const itemFields = {
  // Multi-line: register workbooks often break a long name inside its cell (Alt+Enter).
  name: requiredText(200),
  departmentId: z.string().max(64).nullable().optional(),
  subjectCategories: textList(100),
  dataItems: z.array(dataItem, { error: "invalid_type" }).max(200, { error: "too_many_items" }),
  infoType: choice(infoTypes),
  count: optionalText(50),
  medium: choice(media).nullable().optional(),
  acquisition: z
    .array(choice(acquisitionMethods), { error: "invalid_type" })
    .max(acquisitionMethods.length),
  purpose: optionalText(2000),
  noticeMethod: optionalText(500),
  consentRequired: yesNo,
  consentBasis: optionalText(500),
  storageLocation: optionalText(500),
  storageMethod: optionalText(500),
  accessHolders: textList(200),
  usePeriod: optionalText(200),
  retentionPeriod: optionalText(200),
  disposalMethod: optionalText(500),
  outsourced: yesNo,
  outsourcee: optionalText(500),
  thirdPartyProvision: yesNo,
  recipients: optionalText(500),
  jointUse: yesNo,
  foreignRecipient: yesNo,
  foreignCountry: optionalText(200),
  retainedPersonalData: yesNo,
  sensitive: yesNo,
  identifiedOn: optionalIsoDate,
  lastReviewedOn: optionalIsoDate,
  status: choice(inventoryStatuses),
};

export const inventoryItemInput = z.strictObject({
  ...itemFields,
  departmentId: itemFields.departmentId.default(null),
  subjectCategories: itemFields.subjectCategories.default([]),
  dataItems: itemFields.dataItems.default([]),
  infoType: itemFields.infoType.default("personal"),
  medium: itemFields.medium.default(null),
  acquisition: itemFields.acquisition.default([]),
  accessHolders: itemFields.accessHolders.default([]),
  consentRequired: yesNo.default(null),
  outsourced: yesNo.default(null),
  thirdPartyProvision: yesNo.default(null),
  jointUse: yesNo.default(null),
  foreignRecipient: yesNo.default(null),
  retainedPersonalData: yesNo.default(null),
  sensitive: yesNo.default(null),
  status: itemFields.status.default("active"),
});
export type InventoryItemInput = z.infer<typeof inventoryItemInput>;

// No defaults here: zod applies defaults inside optional properties, which would reset
// fields a PATCH does not mention.
export const inventoryItemPatch = z.strictObject(itemFields).partial();
export type InventoryItemPatch = z.infer<typeof inventoryItemPatch>;

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

/**
 * `lacking`: rows where a field is blank, as the readiness rules judge it (`required` = any
 * required field), so a rule's fix link lists exactly the rows it found lacking.
 */
export const inventoryLacking = [
  "required",
  "consentBasis",
  "outsourcee",
  "recipients",
  "foreignCountry",
  // What the 特定個人情報 rule asks of an item (register.my_number): a blank 利用目的, 保管方法
  // or アクセス権を有する者, or 第三者提供 / 共同利用 recorded.
  "myNumber",
] as const;
export type InventoryLacking = (typeof inventoryLacking)[number];

export const inventoryListQuery = listQuery.extend({
  departmentId: z.string().max(64).optional(),
  status: z.enum(inventoryStatuses).optional(),
  sensitive: flag.optional(),
  /** 特定個人情報: true, rows with a data item flagged My Number data; false, the others. */
  myNumber: flag.optional(),
  outsourced: flag.optional(),
  thirdPartyProvision: flag.optional(),
  jointUse: flag.optional(),
  foreignRecipient: flag.optional(),
  lacking: z.enum(inventoryLacking).optional(),
  medium: z.enum(media).optional(),
  infoType: z.enum(infoTypes).optional(),
  /**
   * true: the last review (or, never reviewed, the identification day) is more than 12 months
   * before today (JST), or neither is recorded.
   */
  reviewOverdue: flag.optional(),
  /** 件数 read as a number (count_value) at least / at most this; rows without one are left out. */
  countMin: z.coerce
    .number({ error: "invalid_type" })
    .int({ error: "not_integer" })
    .min(0, { error: "too_small" })
    .max(MAX_RECORD_COUNT, { error: "too_big" })
    .optional(),
  countMax: z.coerce
    .number({ error: "invalid_type" })
    .int({ error: "not_integer" })
    .min(0, { error: "too_small" })
    .max(MAX_RECORD_COUNT, { error: "too_big" })
    .optional(),
  sort: z
    .enum(["name", "-name", "lastReviewedOn", "department", "count", "-count"])
    .default("name"),
});
export type InventoryListQuery = z.infer<typeof inventoryListQuery>;

export const inventoryItemOut = z.object({
  id: z.string(),
  name: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  subjectCategories: z.array(z.string()),
  dataItems: z.array(
    z.object({
      name: z.string(),
      category: z.string().nullable().optional(),
      sensitive: z.boolean(),
      myNumber: z.boolean().optional(),
    }),
  ),
  infoType: z.string(),
  /** 件数 as typed, and read as a number with its qualifier (null when the text is not one). */
  count: z.string().nullable(),
  countValue: z.number().nullable(),
  countQualifier: z.enum(COUNT_QUALIFIERS).nullable(),
  medium: z.string().nullable(),
  acquisition: z.array(z.string()),
  purpose: z.string().nullable(),
  noticeMethod: z.string().nullable(),
  consentRequired: z.boolean().nullable(),
  consentBasis: z.string().nullable(),
  storageLocation: z.string().nullable(),
  storageMethod: z.string().nullable(),
  accessHolders: z.array(z.string()),
  usePeriod: z.string().nullable(),
  retentionPeriod: z.string().nullable(),
  disposalMethod: z.string().nullable(),
  outsourced: z.boolean().nullable(),
  outsourcee: z.string().nullable(),
  thirdPartyProvision: z.boolean().nullable(),
  recipients: z.string().nullable(),
  jointUse: z.boolean().nullable(),
  foreignRecipient: z.boolean().nullable(),
  foreignCountry: z.string().nullable(),
  retainedPersonalData: z.boolean().nullable(),
  sensitive: z.boolean().nullable(),
  identifiedOn: z.string().nullable(),
  lastReviewedOn: z.string().nullable(),
  status: z.string(),
  updatedAt: z.string(),
});
export type InventoryItemOut = z.infer<typeof inventoryItemOut>;

/** The list, with 件数 added up over every row the filters match (not only the page). */
export const inventoryListOut = z.object({
  items: z.array(inventoryItemOut),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  /** Sum of the rows' 件数 that read as a number, and how many such rows there are. */
  countSum: z.object({ value: z.number(), rows: z.number().int() }),
});

export const markReviewedInput = z.strictObject({
  ids: z
    .array(z.string().min(1).max(64), { error: "invalid_type" })
    .min(1, { error: "required" })
    .max(500, { error: "too_many_items" }),
  reviewedOn: isoDate,
});
export type MarkReviewedInput = z.infer<typeof markReviewedInput>;
export const markReviewedResult = z.object({ updated: z.number().int() });

export const flowStep = z.strictObject({
  phase: choice(lifecyclePhases),
  who: optionalText(200),
  what: optionalText(500),
  where: optionalText(200),
  medium: optionalText(100),
});
export const flowInput = z.strictObject({
  steps: z.array(flowStep, { error: "invalid_type" }).max(50, { error: "too_many_items" }),
});
export type FlowInput = z.infer<typeof flowInput>;
export const flowOut = z.object({
  steps: z.array(
    z.object({
      phase: z.string(),
      who: z.string().nullable(),
      what: z.string().nullable(),
      where: z.string().nullable(),
      medium: z.string().nullable(),
    }),
  ),
});
export type FlowOut = z.infer<typeof flowOut>;
