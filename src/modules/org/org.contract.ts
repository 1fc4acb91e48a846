import { z } from "zod";
import { isValidCorporateNumber, normalizeCorporateNumber } from "../../core/corporate-number.ts";
import { isPlausiblePhone } from "../../core/public-page/contact.ts";
import { optionalText, requiredLine, requiredText, text } from "../shared/contract-helpers.ts";

export const industries = ["manufacturing_other", "wholesale", "retail", "service"] as const;
export type Industry = (typeof industries)[number];

export const createOrgInput = z.strictObject({
  name: requiredLine(200),
  /** Fill the new organization with the demo company (株式会社サンプル商事) instead of leaving it empty. */
  demo: z.boolean().optional().default(false),
});

export const orgSummary = z.object({ id: z.string(), name: z.string(), role: z.string() });

const corporateNumber = z
  .union([z.string().max(40, { error: "corporate_number_invalid" }), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === null || v.trim() === "") return null;
    const normalized = normalizeCorporateNumber(v);
    if (!normalized || !isValidCorporateNumber(normalized)) {
      ctx.addIssue({ code: "custom", message: "corporate_number_invalid" });
      return z.NEVER;
    }
    return normalized;
  });

/**
 * A field that came later than the profile's other callers (the complaints desk, the fee):
 * left out of a PUT, it stays as it is; empty or null clears it.
 */
const kept = <T extends z.ZodType<string>>(schema: T) =>
  z
    .union([schema, z.null()])
    .optional()
    .transform((v) => (v === "" ? null : v));

const deskPhone = text(30, "single").refine((v) => v === "" || isPlausiblePhone(v), {
  error: "phone_invalid",
});
const deskEmail = z
  .string({ error: "invalid_type" })
  .trim()
  .max(254, { error: "too_long" })
  .pipe(z.union([z.literal(""), z.email({ error: "invalid_email" })]));

/** 苦情・相談窓口 and what APPI Art. 32 asks to make public besides (accredited body, fee). */
export const deskFields = {
  deskName: kept(text(100, "single")),
  deskAddress: kept(text(300)),
  deskPhone: kept(deskPhone),
  deskEmail: kept(deskEmail),
  deskHours: kept(text(200)),
  accreditedOrgName: kept(text(200, "single")),
  requestFee: kept(text(200)),
};

export const office = z.object({ address: requiredText(300), business: text(500).default("") });

export const profileInput = z
  .strictObject({
    name: requiredLine(200),
    corporateNumber,
    representative: optionalText(100),
    headOffice: optionalText(300),
    industry: z.enum(industries, { error: "invalid_value" }).nullable().optional().default(null),
    capital: z
      .number({ error: "invalid_type" })
      .int({ error: "not_integer" })
      .min(0, { error: "too_small" })
      .max(10_000_000_000_000, { error: "too_big" })
      .nullable()
      .optional()
      .default(null),
    /**
     * No registered capital (合名・合資会社, 一般社団・財団法人, 個人事業): the size class goes by
     * staff alone. With capital null and noCapital false, capital is simply not entered yet.
     */
    noCapital: z.boolean({ error: "invalid_type" }).optional().default(false),
    employeeCount: z
      .number({ error: "invalid_type" })
      .int({ error: "not_integer" })
      .min(0, { error: "too_small" })
      .max(10_000_000, { error: "too_big" })
      .nullable()
      .optional()
      .default(null),
    offices: z.array(office).max(500, { error: "too_many_items" }).default([]),
    scope: optionalText(4000),
    ...deskFields,
  })
  .refine((p) => !(p.noCapital && p.capital !== null), {
    error: "capital_with_no_capital",
    path: ["capital"],
  });
export type ProfileInput = z.infer<typeof profileInput>;

const feeBreakdown = z.object({
  application: z.number(),
  examination: z.number(),
  registration: z.number(),
  total: z.number(),
});

export const profileOut = z.object({
  name: z.string(),
  corporateNumber: z.string().nullable(),
  representative: z.string().nullable(),
  headOffice: z.string().nullable(),
  industry: z.enum(industries).nullable(),
  capital: z.number().nullable(),
  noCapital: z.boolean(),
  employeeCount: z.number().nullable(),
  offices: z.array(z.object({ address: z.string(), business: z.string() })),
  scope: z.string().nullable(),
  deskName: z.string().nullable(),
  deskAddress: z.string().nullable(),
  deskPhone: z.string().nullable(),
  deskEmail: z.string().nullable(),
  deskHours: z.string().nullable(),
  accreditedOrgName: z.string().nullable(),
  requestFee: z.string().nullable(),
  updatedAt: z.string(),
  /** Staff counted from the people register (in office today), beside the declared figure. */
  staffInRegister: z.number(),
  sizeClass: z
    .object({
      sizeClass: z.enum(["small", "medium", "large", "ineligible"]),
      rule: z.object({ ja: z.string(), en: z.string() }),
      fees: z
        .object({
          newApplication: feeBreakdown,
          renewal: feeBreakdown,
          /** The day the fee table took effect. */
          asOf: z.string(),
          /** Fees charged only in some cases; amountYen null = ask the examination body. */
          extras: z.array(
            z.object({
              key: z.string(),
              label: z.object({ ja: z.string(), en: z.string() }),
              amountYen: z.number().nullable(),
              verified: z.boolean(),
            }),
          ),
        })
        .nullable(),
    })
    .nullable(),
});
export type ProfileOut = z.infer<typeof profileOut>;

export const departmentInput = z.strictObject({
  name: requiredLine(100),
  parentId: z.string().max(64).nullable().optional().default(null),
  sortOrder: z.number().int().min(0).max(100_000).optional().default(0),
});
export const departmentPatch = z.strictObject({
  name: requiredLine(100).optional(),
  parentId: z.string().max(64).nullable().optional(),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export const departmentOut = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  sortOrder: z.number(),
  peopleCount: z.number(),
});
export type DepartmentOut = z.infer<typeof departmentOut>;
