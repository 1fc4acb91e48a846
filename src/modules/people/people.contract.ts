import { z } from "zod";
import {
  listQuery,
  optionalIsoDate,
  optionalText,
  requiredLine,
} from "../shared/contract-helpers.ts";

export const employmentTypes = [
  "officer",
  "regular",
  "contract",
  "part_time",
  "dispatched",
] as const;
export type EmploymentType = (typeof employmentTypes)[number];

const email = z
  .union([
    z.email({ error: "invalid_email" }).max(254, { error: "too_long" }),
    z.literal(""),
    z.null(),
  ])
  .optional()
  .transform((v) => (v ? v.toLowerCase() : null));

/** 社員番号: folded (full-width digits and letters to half-width), one line, unique per org. */
const employeeNumber = optionalText(50).transform((v) =>
  v == null ? v : v.normalize("NFKC").trim() || null,
);

const personFields = {
  name: requiredLine(100),
  kana: optionalText(100),
  employeeNumber,
  email,
  departmentId: z.string().max(64).nullable().optional(),
  employmentType: z.enum(employmentTypes, { error: "invalid_value" }),
  joinedOn: optionalIsoDate,
  leftOn: optionalIsoDate,
  userId: z.string().max(64).nullable().optional(),
};

const leftAfterJoined = (p: { joinedOn?: string | null; leftOn?: string | null }) =>
  !p.joinedOn || !p.leftOn || p.leftOn >= p.joinedOn;

export const personInput = z
  .strictObject({
    ...personFields,
    departmentId: personFields.departmentId.default(null),
    userId: personFields.userId.default(null),
  })
  .refine(leftAfterJoined, { error: "date_range_invalid", path: ["leftOn"] });
export type PersonInput = z.infer<typeof personInput>;

// No defaults here: zod applies defaults inside optional properties, which would reset
// fields a PATCH does not mention.
export const personPatch = z
  .strictObject(personFields)
  .partial()
  .refine(leftAfterJoined, { error: "date_range_invalid", path: ["leftOn"] });
export type PersonPatch = z.infer<typeof personPatch>;

export const peopleListQuery = listQuery.extend({
  departmentId: z.string().max(64).optional(),
  employmentType: z.enum(employmentTypes).optional(),
  /** current: not left as of today; left: only those who left; all (default). */
  status: z.enum(["current", "left", "all"]).default("all"),
  sort: z.enum(["kana", "-kana", "joinedOn", "-joinedOn", "department", "email"]).default("kana"),
});
export type PeopleListQuery = z.infer<typeof peopleListQuery>;

export const personOut = z.object({
  id: z.string(),
  name: z.string(),
  kana: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  email: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  employmentType: z.enum(employmentTypes),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  userId: z.string().nullable(),
  updatedAt: z.string(),
});
export type PersonOut = z.infer<typeof personOut>;

export const importRowError = z.object({
  row: z.number(),
  column: z.string(),
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

/** How a file row was matched with a stored person (see people.match.ts); null = a new person. */
export const matchRules = ["employee_number", "email", "name_department_joined"] as const;
export type MatchRule = (typeof matchRules)[number];

export const importResult = z.object({
  created: z.number(),
  updated: z.number(),
  total: z.number(),
  /** Only with ?mode=preview: nothing is written, each row says whom it would update and why. */
  mode: z.literal("preview").optional(),
  unchanged: z.number().optional(),
  matches: z
    .array(
      z.object({
        row: z.number(),
        name: z.string(),
        rule: z.enum(matchRules).nullable(),
        personId: z.string().nullable(),
      }),
    )
    .optional(),
});
export const importQuery = z.object({
  mode: z.enum(["preview", "commit"], { error: "invalid_value" }).default("commit"),
});
