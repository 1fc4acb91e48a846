// 本人用リンク (personal links): zod contracts shared by the API and the web pages.
import { z } from "zod";
import {
  issuedByHand,
  MAX_LINK_DAYS,
  personalLinkPurposeKeys,
} from "../../core/personal-links/purposes.ts";
import { listQuery, listResult } from "../shared/contract-helpers.ts";

export const MAX_LINKS_PER_ISSUE = 5000;
export { MAX_LINK_DAYS };

const purpose = z.enum(personalLinkPurposeKeys, { error: "invalid_value" });
const refId = z.string({ error: "invalid_type" }).min(1, { error: "required" }).max(64);

/**
 * Whom to issue for: chosen people, the staff of one department (its own members, not its
 * sub-departments'), or everyone in office. People who have left are never issued for.
 */
export const issueInput = z
  .strictObject({
    // A course's links come with its assignment (education), one per course.
    purpose: purpose.refine(issuedByHand, { error: "personal_link_purpose_elsewhere" }),
    scope: z.enum(["people", "department", "all"], { error: "invalid_value" }),
    personIds: z
      .array(refId, { error: "invalid_type" })
      .max(MAX_LINKS_PER_ISSUE, { error: "too_many_items" })
      .transform((ids) => [...new Set(ids)])
      .optional(),
    departmentId: refId.optional(),
    /** Days until the link expires; the instance's default (PERSONAL_LINK_DAYS) when absent. */
    days: z
      .number({ error: "invalid_type" })
      .int({ error: "not_integer" })
      .min(1, { error: "too_small" })
      .max(MAX_LINK_DAYS, { error: "too_big" })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.scope === "people" && !v.personIds?.length)
      ctx.addIssue({ code: "custom", message: "required", path: ["personIds"] });
    if (v.scope === "department" && !v.departmentId)
      ctx.addIssue({ code: "custom", message: "required", path: ["departmentId"] });
  });
export type IssueInput = z.infer<typeof issueInput>;

export const linkStatuses = ["active", "expired", "revoked"] as const;

export const personalLinkListQuery = listQuery.extend({
  purpose: purpose.optional(),
  status: z.enum(linkStatuses).optional(),
  personId: z.string().max(64).optional(),
  /** Newest first (default), or by the person's reading. */
  sort: z.enum(["-createdAt", "name"]).default("-createdAt"),
});
export type PersonalLinkListQuery = z.infer<typeof personalLinkListQuery>;

export const personalLinkOut = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  departmentName: z.string().nullable(),
  purpose: z.string(),
  /** What the link is for within its purpose (a course's id), or null. */
  subjectId: z.string().nullable(),
  status: z.enum(linkStatuses),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  useCount: z.number().int(),
});
export type PersonalLinkOut = z.infer<typeof personalLinkOut>;
export const personalLinkList = listResult(personalLinkOut);

/** One issued link: the URL is in this answer only (the database keeps its hash). */
export const issuedLinkOut = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  departmentName: z.string().nullable(),
  purpose: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export type IssuedLinkOut = z.infer<typeof issuedLinkOut>;
export const issueResult = z.object({
  items: z.array(issuedLinkOut),
  /** Earlier live links of the same people and purpose, revoked by this issue. */
  revoked: z.number().int(),
});
export type IssueResult = z.infer<typeof issueResult>;

export const personalLinkParams = z.object({ token: z.string() });

/** What the person's page shows: nothing more. */
export const publicLinkOut = z.object({
  organization: z.string(),
  personName: z.string(),
  purpose: z.string(),
  expiresAt: z.string(),
});
export type PublicLinkOut = z.infer<typeof publicLinkOut>;
