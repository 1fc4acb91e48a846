// お問い合わせ: the form a visitor fills in on the public page, and the office's list, detail
// and handling of what arrived. The form's fields go through the same text policy as every
// other field (no markup, no control characters, bounded).
import { z } from "zod";
import { INQUIRY_CATEGORIES, INQUIRY_STATUSES } from "../../core/inquiries/categories.ts";
import { isPlausiblePhone } from "../../core/public-page/contact.ts";
import {
  listQuery,
  listResult,
  requiredLine,
  requiredText,
  text,
} from "../shared/contract-helpers.ts";

export const INQUIRY_MESSAGE_MAX = 4000;

const category = z.enum(INQUIRY_CATEGORIES, { error: "invalid_value" });
const status = z.enum(INQUIRY_STATUSES, { error: "invalid_value" });

const email = z
  .string({ error: "invalid_type" })
  .trim()
  .max(254, { error: "too_long" })
  .pipe(z.union([z.literal(""), z.email({ error: "invalid_email" })]))
  .optional()
  .transform((v) => v || null);

const phone = text(30, "single")
  .refine((v) => v === "" || isPlausiblePhone(v), { error: "phone_invalid" })
  .optional()
  .transform((v) => v || null);

/**
 * What the public form sends (besides its token and the honeypot, which the page checks).
 * One way to answer is needed: an e-mail address or a phone number.
 */
export const inquiryFormInput = z
  .object({
    category,
    name: requiredLine(100),
    email,
    phone,
    message: requiredText(INQUIRY_MESSAGE_MAX),
    /** The consent checkbox: sent as "yes" only when ticked. */
    consent: z.literal("yes", { error: "inquiry_consent_required" }),
  })
  .superRefine((v, ctx) => {
    if (!v.email && !v.phone)
      ctx.addIssue({ code: "custom", path: ["email"], message: "inquiry_contact_required" });
  });
export type InquiryFormInput = z.infer<typeof inquiryFormInput>;

export const inquiryListQuery = listQuery.extend({
  status: status.optional(),
  category: category.optional(),
});
export type InquiryListQuery = z.infer<typeof inquiryListQuery>;

export const inquiryPatch = z.strictObject({
  status: status.optional(),
  /** The office's notes; left as they are when not sent, cleared by "" or null. */
  notes: z
    .union([text(4000), z.null()])
    .optional()
    .transform((v) => (v === "" ? null : v)),
});
export type InquiryPatch = z.infer<typeof inquiryPatch>;

export const inquiryOut = z.object({
  id: z.string(),
  referenceNo: z.string(),
  category,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  message: z.string(),
  receivedAt: z.string(),
  status,
  notes: z.string().nullable(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type InquiryOut = z.infer<typeof inquiryOut>;

export const inquiryList = listResult(inquiryOut);
