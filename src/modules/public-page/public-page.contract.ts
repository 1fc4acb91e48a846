// 公開ページ (the organization's public page at /p/<slug>): the settings the PMS office
// changes, what the settings page shows (the state of the external policy and of 公表事項),
// and the answer of regenerating 公表事項.
import { z } from "zod";
import { slugProblem } from "../../core/public-page/slug.ts";

/** The slug as typed: trimmed and lower-cased, then checked (core/public-page/slug.ts). */
const slug = z
  .string({ error: "invalid_type" })
  .max(100, { error: "too_long" })
  .transform((s) => s.trim().toLowerCase())
  .superRefine((s, ctx) => {
    const problem = s === "" ? "required" : slugProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const publicPageInput = z.strictObject({
  slug,
  /** On: the page answers at /p/<slug>; off: 404 as if it did not exist. */
  enabled: z.boolean({ error: "invalid_type" }),
});
export type PublicPageInput = z.infer<typeof publicPageInput>;

/** One document the page shows, as it stands in the register. */
export const pageDocumentState = z.object({
  documentId: z.string(),
  number: z.string(),
  title: z.string(),
  /** The version in force (what the page shows); null before anything was published. */
  publishedVersionNo: z.number().nullable(),
  effectiveOn: z.string().nullable(),
  /** A version being written or waiting (draft, in_review, approved), if any. */
  openVersionId: z.string().nullable(),
  openVersionNo: z.number().nullable(),
  openStatus: z.string().nullable(),
});
export type PageDocumentState = z.infer<typeof pageDocumentState>;

export const publicPageOut = z.object({
  slug: z.string().nullable(),
  enabled: z.boolean(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** The page's full address (BASE_URL/p/<slug>); null until a slug is chosen. */
  url: z.string().nullable(),
  /** The external 個人情報保護方針 and 公表事項 in the register; null when there is none. */
  policy: pageDocumentState.nullable(),
  disclosure: pageDocumentState.nullable(),
  /** Desk fields of the profile still empty (deskName …): the page and 公表事項 need them. */
  missingDeskFields: z.array(z.string()),
});
export type PublicPageOut = z.infer<typeof publicPageOut>;

export const disclosureResult = z.object({
  documentId: z.string(),
  versionId: z.string(),
  /** True when the document was created now (else a draft of it was written anew). */
  created: z.boolean(),
});
export type DisclosureResult = z.infer<typeof disclosureResult>;
