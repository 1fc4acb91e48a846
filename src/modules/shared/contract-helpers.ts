// Building blocks for the zod contracts shared by the API and the web forms.
// Messages are keys of src/i18n/messages.ts, translated where they are shown.
import { z } from "zod";
import { freeTextProblem } from "../../core/text/text-policy.ts";

/**
 * Free text: trimmed, bounded, never markup (it ends up in Excel, PDFs and pages), and no
 * control characters (core/text/text-policy) — tab and line breaks only in multi-line text.
 * Every text field of every contract is built from these, so one policy holds everywhere.
 */
export const text = (max: number, lines: "multi" | "single" = "multi") =>
  z
    .string({ error: "invalid_type" })
    .trim()
    .max(max, { error: "too_long" })
    .superRefine((s, ctx) => {
      const problem = freeTextProblem(s, lines === "multi");
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

export const requiredText = (max: number, lines: "multi" | "single" = "multi") =>
  text(max, lines).pipe(z.string().min(1, { error: "required" }));

/** A name or title: one line. */
export const requiredLine = (max: number) => requiredText(max, "single");

/** Optional free text: empty string and null both mean "not set". */
export const optionalText = (max: number) =>
  z
    .union([text(max), z.null()])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export const isoDate = z
  .string({ error: "invalid_date" })
  .refine(isRealIsoDate, { error: "invalid_date" });
export const optionalIsoDate = z
  .union([isoDate, z.literal(""), z.null()])
  .optional()
  .transform((v) => (v ? v : null));

export const id = z.string().min(1).max(64);

/**
 * An e-mail address that must be given: empty says 「入力してください」 (required), not that
 * its form is wrong.
 */
export const requiredEmail = () =>
  z
    .email({ error: (issue) => (issue.input === "" ? "required" : "invalid_email") })
    .max(254, { error: "too_long" });

/** Query string of every list: paging by page or cursor, sort, and a search term. */
export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  cursor: z.string().max(200).optional(),
  sort: z.string().max(50).optional(),
  q: z.string().trim().max(200).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const listResult = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), nextCursor: z.string().nullable() });

export const idResult = z.object({ id: z.string() });
