import type { Bilingual } from "../i18n-text.ts";
import { isIsoDate } from "../wareki.ts";

/** PMS roles (体制). These are domain appointments, not access-control roles. */
export const APPOINTMENT_ROLES = [
  "top_management",
  "pms_manager",
  "audit_lead",
  "dept_manager",
  "internal_auditor",
  "complaints_desk",
  "education_lead",
] as const;
export type AppointmentRole = (typeof APPOINTMENT_ROLES)[number];

export const APPOINTMENT_ROLE_LABELS: Readonly<Record<AppointmentRole, Bilingual>> = {
  top_management: { ja: "トップマネジメント（代表者）", en: "Top management" },
  pms_manager: { ja: "個人情報保護管理者", en: "PMS manager" },
  audit_lead: { ja: "個人情報保護監査責任者", en: "Audit lead" },
  dept_manager: { ja: "部門管理者", en: "Department manager" },
  internal_auditor: { ja: "内部監査員", en: "Internal auditor" },
  complaints_desk: { ja: "苦情・相談窓口", en: "Complaints and enquiries desk" },
  education_lead: { ja: "教育責任者", en: "Education lead" },
};

/** Inclusive period of ISO dates; `to: null` means open-ended. */
export interface Period {
  from: string;
  to: string | null;
}

export interface Appointment extends Period {
  id: string;
  role: AppointmentRole;
  personId: string;
  departmentId?: string | null;
}

export type AppointmentErrorCode =
  | "PMS_MANAGER_ALREADY_APPOINTED"
  | "AUDIT_LEAD_ALREADY_APPOINTED"
  | "MANAGER_AND_AUDITOR_SAME_PERSON"
  | "DEPT_MANAGER_NEEDS_DEPARTMENT"
  | "PERIOD_INVALID";

export type AppointmentCheck =
  | { ok: true }
  | { ok: false; code: AppointmentErrorCode; conflictingId?: string };

export const APPOINTMENT_ERROR_MESSAGES: Readonly<Record<AppointmentErrorCode, Bilingual>> = {
  PMS_MANAGER_ALREADY_APPOINTED: {
    ja: "この期間には既に別の個人情報保護管理者が任命されています。前任の任期を終えてから任命してください。",
    en: "Another PMS manager is already appointed for part of this period. End the previous appointment first.",
  },
  AUDIT_LEAD_ALREADY_APPOINTED: {
    ja: "この期間には既に別の個人情報保護監査責任者が任命されています。前任の任期を終えてから任命してください。",
    en: "Another audit lead is already appointed for part of this period. End the previous appointment first.",
  },
  MANAGER_AND_AUDITOR_SAME_PERSON: {
    ja: "個人情報保護管理者と個人情報保護監査責任者は、同じ期間に同じ人が兼任できません。",
    en: "The same person cannot be PMS manager and audit lead in overlapping periods.",
  },
  DEPT_MANAGER_NEEDS_DEPARTMENT: {
    ja: "部門管理者には担当する部門を指定してください。",
    en: "A department manager needs a department.",
  },
  PERIOD_INVALID: {
    ja: "任期が正しくありません。開始日と終了日を確認してください（終了日は開始日以降）。",
    en: "The period is not valid. Check the dates (the end may not be before the start).",
  },
};

/** Lexical order of YYYY-MM-DD strings is date order, so plain string comparison is used. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStartsBeforeBEnds = b.to === null || a.from <= b.to;
  const bStartsBeforeAEnds = a.to === null || b.from <= a.to;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

function periodIsValid(p: Period): boolean {
  if (!isIsoDate(p.from)) return false;
  if (p.to === null) return true;
  return isIsoDate(p.to) && p.from <= p.to;
}

/** Roles with at most one holder at any time in the organisation. */
const SINGLE_HOLDER_ROLES: Partial<Record<AppointmentRole, AppointmentErrorCode>> = {
  pms_manager: "PMS_MANAGER_ALREADY_APPOINTED",
  audit_lead: "AUDIT_LEAD_ALREADY_APPOINTED",
};

/** The role that must not be held by the same person at the same time (separation of duties). */
const SEPARATED_FROM: Partial<Record<AppointmentRole, AppointmentRole>> = {
  pms_manager: "audit_lead",
  audit_lead: "pms_manager",
};

/**
 * Check a new or edited appointment against the organisation's existing appointments.
 * An existing entry with the candidate's id is the candidate's old version and is ignored.
 * Checks run in this order and the first failure is returned: period, department,
 * single holder of the role, separation of PMS manager and audit lead.
 * Existing appointments are assumed to be valid already.
 */
export function checkAppointment(
  candidate: Appointment,
  existing: readonly Appointment[],
): AppointmentCheck {
  if (!periodIsValid(candidate)) return { ok: false, code: "PERIOD_INVALID" };

  if (candidate.role === "dept_manager" && !candidate.departmentId?.trim()) {
    return { ok: false, code: "DEPT_MANAGER_NEEDS_DEPARTMENT" };
  }

  const others = existing.filter((e) => e.id !== candidate.id && periodsOverlap(e, candidate));

  const singleCode = SINGLE_HOLDER_ROLES[candidate.role];
  if (singleCode !== undefined) {
    const clash = others.find((e) => e.role === candidate.role);
    if (clash !== undefined) return { ok: false, code: singleCode, conflictingId: clash.id };
  }

  const separated = SEPARATED_FROM[candidate.role];
  if (separated !== undefined) {
    const clash = others.find((e) => e.role === separated && e.personId === candidate.personId);
    if (clash !== undefined) {
      return { ok: false, code: "MANAGER_AND_AUDITOR_SAME_PERSON", conflictingId: clash.id };
    }
  }

  return { ok: true };
}

/** Appointments in force on the given day (inclusive at both ends), in input order. */
export function currentHolders<T extends Appointment>(
  appointments: readonly T[],
  onDate: string,
): T[] {
  if (!isIsoDate(onDate)) throw new RangeError(`not a valid YYYY-MM-DD date: ${onDate}`);
  return appointments.filter((a) => a.from <= onDate && (a.to === null || onDate <= a.to));
}
