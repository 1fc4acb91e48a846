// The plan form's values and the requests made from them (create and change).
import type { PlanInput, PlanPatch } from "@src/modules/education/education.contract.ts";
import type { PlanOut } from "./useEducation.ts";

export interface PlanValues {
  fiscalYear: number;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
  responsiblePersonId: string | null;
  newHireWithinDays: number;
  notes: string;
}

/** A new plan: the year given, the rest left to the server's defaults (title, period). */
export const newPlanValues = (fiscalYear: number): PlanValues => ({
  fiscalYear,
  title: "",
  periodStart: null,
  periodEnd: null,
  responsiblePersonId: null,
  newHireWithinDays: 30,
  notes: "",
});

export const planValues = (p: PlanOut): PlanValues => ({
  fiscalYear: p.fiscalYear,
  title: p.title,
  periodStart: p.periodStart,
  periodEnd: p.periodEnd,
  responsiblePersonId: p.responsiblePersonId,
  newHireWithinDays: p.newHireWithinDays,
  notes: p.notes ?? "",
});

export const toPlanInput = (v: PlanValues): PlanInput => ({
  fiscalYear: v.fiscalYear,
  ...(v.title.trim() ? { title: v.title } : {}),
  periodStart: v.periodStart,
  periodEnd: v.periodEnd,
  responsiblePersonId: v.responsiblePersonId,
  newHireWithinDays: v.newHireWithinDays,
  notes: v.notes,
});

export const toPlanPatch = (v: PlanValues, revision: number): PlanPatch => ({
  revision,
  title: v.title,
  periodStart: v.periodStart,
  periodEnd: v.periodEnd,
  responsiblePersonId: v.responsiblePersonId,
  newHireWithinDays: v.newHireWithinDays,
  notes: v.notes,
});

/** How a plan reads in a selector: its title, with the year in front unless the title has it. */
export const planLabel = (
  p: { fiscalYear: number; title: string },
  withYear: (year: number, title: string) => string,
) => (p.title.includes(`${p.fiscalYear}年度`) ? p.title : withYear(p.fiscalYear, p.title));
