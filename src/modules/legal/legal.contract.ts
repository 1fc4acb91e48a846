// 法令等一覧 (legal register): zod contracts shared by the API and the web forms. An entry is
// either picked from the shipped catalogue (lawId; its kind comes from the catalogue) or the
// organization's own (name and kind given).
import { z } from "zod";
import { LAW_KINDS } from "../../core/registers/law-catalogue.ts";
import {
  isoDate,
  listQuery,
  optionalIsoDate,
  optionalText,
  requiredLine,
} from "../shared/contract-helpers.ts";

export const lawKinds = [...LAW_KINDS] as [string, ...string[]];
const kind = z.enum(lawKinds, { error: "invalid_value" });
const refId = z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64);
const idList = z
  .array(refId, { error: "invalid_type" })
  .max(500, { error: "too_many_items" })
  .transform((ids) => [...new Set(ids)]);

const fields = {
  /** A catalogue id (core/registers/law-catalogue.ts); only when creating. */
  lawId: refId.nullable().optional(),
  /** Own entries: the name (required); catalogue entries: an optional local label. */
  name: optionalText(200),
  kind: kind.nullable().optional(),
  articles: optionalText(1000),
  obligations: optionalText(4000),
  checkedBy: optionalText(100),
  checkedOn: optionalIsoDate,
  notes: optionalText(2000),
  itemIds: idList,
  departmentIds: idList,
};

type Shape = { lawId?: string | null; name?: string | null; kind?: string | null };
/** Own entries need a name and a kind; catalogue entries take their kind from the catalogue. */
function checkCreate(v: Shape, ctx: z.RefinementCtx) {
  if (v.lawId) {
    if (v.kind) ctx.addIssue({ code: "custom", message: "law_kind_fixed", path: ["kind"] });
    return;
  }
  if (!v.name) ctx.addIssue({ code: "custom", message: "required", path: ["name"] });
  if (!v.kind) ctx.addIssue({ code: "custom", message: "required", path: ["kind"] });
}

export const legalRequirementInput = z
  .strictObject({
    ...fields,
    itemIds: fields.itemIds.default([]),
    departmentIds: fields.departmentIds.default([]),
  })
  .superRefine(checkCreate);
export type LegalRequirementInput = z.infer<typeof legalRequirementInput>;

// No defaults: zod applies defaults inside optional properties, which would reset fields a
// PATCH does not mention. The catalogue link (lawId) is fixed once created. Whether a name
// or kind may change depends on the stored entry and is checked by the service.
const { lawId: _lawId, ...patchFields } = fields;
export const legalRequirementPatch = z.strictObject(patchFields).partial();
export type LegalRequirementPatch = z.infer<typeof legalRequirementPatch>;

const flag = z.enum(["true", "false"]).transform((v) => v === "true");
const idsParam = z
  .string()
  .max(200 * 65, { error: "too_long" })
  .transform((v) => [...new Set(v.split(",").filter((id) => id !== ""))])
  .refine((ids) => ids.length <= 200 && ids.every((id) => id.length <= 64), {
    error: "too_many_items",
  });

export const legalListQuery = listQuery.extend({
  itemId: z.string().max(64).optional(),
  departmentId: z.string().max(64).optional(),
  kind: z.enum(lawKinds).optional(),
  /** true: never checked, or last checked more than 12 months before today (JST). */
  checkOverdue: flag.optional(),
  /** false: linked to neither a register item nor a department (the readiness rule's test). */
  linked: flag.optional(),
  /** These entries only (comma-separated ids, at most 200): a link to named entries. */
  ids: idsParam.optional(),
  /** catalogue: catalogue entries in catalogue order, then own entries by name. */
  sort: z.enum(["catalogue", "name"]).default("catalogue"),
});
export type LegalListQuery = z.infer<typeof legalListQuery>;

const bilingual = z.object({ ja: z.string(), en: z.string() });
export const lawCatalogueSummary = z.object({
  id: z.string(),
  name: bilingual,
  formalName: bilingual.nullable(),
  kind: z.string(),
  issuer: bilingual,
  articles: z.array(z.object({ ref: z.string(), title: bilingual })),
  appliesWhen: bilingual,
  baseline: z.boolean(),
  /** false: some fact in the entry is not yet confirmed against the official source. */
  verified: z.boolean(),
});

const ref = z.object({ id: z.string(), name: z.string() });
export const legalRequirementOut = z.object({
  id: z.string(),
  lawId: z.string().nullable(),
  /** The name to show: the own name or label, else the catalogue name in the caller's language. */
  name: z.string(),
  nameJa: z.string(),
  nameEn: z.string(),
  /** What the organization typed (own entries' name, or a catalogue entry's label). */
  ownName: z.string().nullable(),
  kind: z.string(),
  articles: z.string().nullable(),
  obligations: z.string().nullable(),
  checkedBy: z.string().nullable(),
  checkedOn: z.string().nullable(),
  notes: z.string().nullable(),
  itemIds: z.array(z.string()),
  items: z.array(ref),
  departmentIds: z.array(z.string()),
  departments: z.array(ref),
  catalogue: lawCatalogueSummary.nullable(),
  updatedAt: z.string(),
});
export type LegalRequirementOut = z.infer<typeof legalRequirementOut>;

export const baselineResult = z.object({ added: z.number().int() });

export const markCheckedInput = z.strictObject({
  ids: z
    .array(z.string().min(1).max(64), { error: "invalid_type" })
    .min(1, { error: "required" })
    .max(500, { error: "too_many_items" }),
  checkedOn: isoDate,
  /** Who checked; the caller's name when absent. */
  checkedBy: requiredLine(100).optional(),
});
export type MarkCheckedInput = z.infer<typeof markCheckedInput>;
export const markCheckedResult = z.object({ updated: z.number().int() });
