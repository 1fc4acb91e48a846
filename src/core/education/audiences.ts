// Who a course is for. Every worker takes the general course each year (officers, part-time,
// contract and dispatched staff included); new hires take it within a set number of days of
// joining; role courses go to the holders of a PMS appointment; "chosen" is a hand-picked list.
import type { AppointmentRole } from "../appointments/appointment-rules.ts";
import type { Bilingual } from "../i18n-text.ts";

export const COURSE_AUDIENCES = [
  "all_staff",
  "new_hires",
  "pms_manager",
  "internal_auditor",
  "dept_manager",
  "complaints_desk",
  "chosen",
] as const;
export type CourseAudience = (typeof COURSE_AUDIENCES)[number];

export const COURSE_AUDIENCE_LABELS: Readonly<Record<CourseAudience, Bilingual>> = {
  all_staff: { ja: "全従業者", en: "All staff" },
  new_hires: { ja: "新規入社者", en: "New hires" },
  pms_manager: { ja: "個人情報保護管理者", en: "PMS manager" },
  internal_auditor: { ja: "内部監査員・監査責任者", en: "Internal auditors and audit lead" },
  dept_manager: { ja: "部門管理者", en: "Department managers" },
  complaints_desk: { ja: "苦情・相談窓口担当", en: "Complaints desk" },
  chosen: { ja: "個別に指定", en: "Chosen people" },
};

/** The appointments whose holders (on the day of assigning) a role course goes to. */
export const AUDIENCE_ROLES: Partial<Record<CourseAudience, readonly AppointmentRole[]>> = {
  pms_manager: ["pms_manager"],
  internal_auditor: ["internal_auditor", "audit_lead"],
  dept_manager: ["dept_manager"],
  complaints_desk: ["complaints_desk"],
};

/**
 * Whether completing a course of this audience is the yearly education of every worker (the
 * readiness rules and the PDCA calendar count these); role courses come on top of it.
 */
export const countsAsYearlyEducation = (audience: string): boolean =>
  audience === "all_staff" || audience === "new_hires" || audience === "chosen";

export const DELIVERY_KINDS = ["e_learning", "classroom", "remote", "mixed"] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/** How a completion was recorded. */
export const COMPLETION_VIAS = ["e_learning", "classroom", "remote", "paper"] as const;
export type CompletionVia = (typeof COMPLETION_VIAS)[number];
