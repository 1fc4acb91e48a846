import { z } from "zod";
import { accessRoles } from "../../core/access/permissions.ts";
import { requiredEmail } from "../shared/contract-helpers.ts";

export const inviteInput = z.strictObject({
  email: requiredEmail(),
  role: z.enum(accessRoles, { error: "invalid_value" }),
});
export const roleChangeInput = z.strictObject({
  role: z.enum(accessRoles, { error: "invalid_value" }),
});

export const memberOut = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  createdAt: z.string(),
});
export const invitationOut = z.object({
  id: z.string(),
  email: z.string(),
  role: z.string(),
  status: z.string(),
  expiresAt: z.string(),
  /**
   * Shown once, in the answer to the invitation, when no mail server is configured, so the
   * inviter can pass it on; null everywhere else (only the link secret's hash is kept).
   */
  link: z.string().nullable(),
});
export const invitationPreview = z.object({
  id: z.string(),
  orgName: z.string(),
  inviterName: z.string().nullable(),
  email: z.string(),
  role: z.string(),
  status: z.string(),
  expiresAt: z.string(),
});
