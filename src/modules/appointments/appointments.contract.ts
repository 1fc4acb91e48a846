import { z } from "zod";
import { isoDate, optionalIsoDate, optionalText } from "../shared/contract-helpers.ts";

export const appointmentRoles = [
  "top_management",
  "pms_manager",
  "audit_lead",
  "dept_manager",
  "internal_auditor",
  "complaints_desk",
  "education_lead",
] as const;
export type AppointmentRole = (typeof appointmentRoles)[number];

const fields = {
  role: z.enum(appointmentRoles, { error: "invalid_value" }),
  personId: z.string({ error: "required" }).min(1, { error: "required" }).max(64),
  departmentId: z.string().max(64).nullable().optional().default(null),
  from: isoDate,
  to: optionalIsoDate,
  note: optionalText(1000),
};

export const appointmentInput = z.strictObject(fields);
export type AppointmentInput = z.infer<typeof appointmentInput>;
// No defaults here: zod 4 applies a default inside .partial(), so `departmentId` would be
// reset to null by every PATCH that does not mention it.
export const appointmentPatch = z
  .strictObject({ ...fields, departmentId: z.string().max(64).nullable() })
  .partial();
export type AppointmentPatch = z.infer<typeof appointmentPatch>;

export const appointmentListQuery = z.object({
  role: z.enum(appointmentRoles).optional(),
  /** Only appointments in force on this date (default: all). */
  on: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  page: z.coerce.number().int().min(1).default(1),
});

export const appointmentOut = z.object({
  id: z.string(),
  role: z.enum(appointmentRoles),
  personId: z.string(),
  personName: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  note: z.string().nullable(),
  current: z.boolean(),
});
export type AppointmentOut = z.infer<typeof appointmentOut>;
