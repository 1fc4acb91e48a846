// The default work plan (作業計画) from a start day: construction of the PMS in about three
// months with the consultant's sessions every week or every two weeks, then the first PDCA
// cycle (operation for at least a month, the internal audit, the management review), the
// application, and the grant expected about six months after it (docs/domain.md, "The work
// plan"). Pure: every day is computed from the inputs, so a test can count them by hand.
// Sessions, deadlines and the application fall on working days: not a weekend, not a public
// holiday (core/calendar/japanese-holidays.ts) and not the year-end closing 12/29–1/3 most
// offices keep, the client's and the consultant's alike (1/1 is the only public holiday in
// it). A step's planned period is not moved: it is a span, not a meeting.
import { isBusinessDay, isYearEndClosure } from "../calendar/japanese-holidays.ts";
import type { Bilingual } from "../i18n-text.ts";
import { addDays, daysInMonth } from "../obligations/dates.ts";

export const SESSION_CADENCES = ["weekly", "fortnightly", "none"] as const;
export type SessionCadence = (typeof SESSION_CADENCES)[number];

export interface DefaultPlanInput {
  startsOn: string;
  cadence: SessionCadence;
  /** Months of construction (steps 1–10) before operation starts; about 3 is usual. */
  constructionMonths?: number;
  /** Months of operation before the internal audit; at least 1 (some bodies ask for it). */
  operationMonths?: number;
}

export interface PlannedStep {
  step: number;
  plannedStart: string;
  plannedEnd: string;
}

export interface PlannedTask {
  step: number;
  title: Bilingual;
  owner: "client" | "consultant";
  dueOn: string;
}

export interface DefaultPlan {
  startsOn: string;
  cadence: SessionCadence;
  steps: PlannedStep[];
  tasks: PlannedTask[];
  /** The day the application is planned (a working day). */
  applicationOn: string;
  /** The grant expected six months after the application (an estimate, not a weekday rule). */
  grantOn: string;
}

export const DEFAULT_CONSTRUCTION_MONTHS = 3;
export const DEFAULT_OPERATION_MONTHS = 1;
/** From the application to the grant decision, about six months (docs/domain.md). */
export const APPLICATION_TO_GRANT_MONTHS = 6;
const AUDIT_DAYS = 21;
const MOCK_AUDIT_DAYS_BEFORE_APPLICATION = 14;

/**
 * Steps 1–10 over a 12-week template, in weeks [from, to) from the start (stretched when
 * construction is planned longer than three months). Several run side by side, as they do:
 * the register is drawn up while the policy is being made known, the rules while risks are
 * analysed; education comes last, on the finished rules.
 */
const CONSTRUCTION_WEEKS: readonly [step: number, from: number, to: number][] = [
  [1, 0, 2],
  [2, 0, 1],
  [3, 0, 2],
  [4, 2, 4],
  [5, 1, 5],
  [6, 3, 6],
  [7, 4, 8],
  [8, 6, 8],
  [9, 5, 10],
  [10, 10, 12],
];
const TEMPLATE_WEEKS = 12;

/** The same day `months` later, or the month's last day when it is shorter (1-31 + 1 → 2-28). */
export function addMonthsClamped(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const day = Math.min(d, daysInMonth(ty, tm));
  return `${String(ty).padStart(4, "0")}-${String(tm).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** A business day outside the year-end closing: a day the plan may put work on. */
export const isWorkingDay = (iso: string): boolean => isBusinessDay(iso) && !isYearEndClosure(iso);

/** The day itself, or the next working day (sessions, the application, a start). */
export function workingDayOnOrAfter(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The day itself, or the working day before it (deadlines at a period's end). */
export function workingDayOnOrBefore(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

const t = (ja: string, en: string): Bilingual => ({ ja, en });

export function defaultPlan(input: DefaultPlanInput): DefaultPlan {
  const c = input.constructionMonths ?? DEFAULT_CONSTRUCTION_MONTHS;
  const o = input.operationMonths ?? DEFAULT_OPERATION_MONTHS;
  if (!Number.isInteger(c) || c < 1 || c > 12) throw new RangeError(`construction months: ${c}`);
  if (!Number.isInteger(o) || o < 1 || o > 6) throw new RangeError(`operation months: ${o}`);
  const start = input.startsOn;
  // A template week lasts 7 days at three months of construction, proportionally more beyond.
  const week = (w: number) => addDays(start, Math.round((w * 7 * c) / DEFAULT_CONSTRUCTION_MONTHS));
  const steps: PlannedStep[] = CONSTRUCTION_WEEKS.map(([step, from, to]) => ({
    step,
    plannedStart: week(from),
    plannedEnd: addDays(week(to), -1),
  }));

  // Months are counted from the start day each time, so one short month does not shift the rest.
  const operationStart = addMonthsClamped(start, c);
  const auditStart = addMonthsClamped(start, c + o);
  const cycleEnd = addMonthsClamped(start, c + o + 1);
  const reviewStart = addDays(auditStart, AUDIT_DAYS);
  steps.push(
    { step: 11, plannedStart: operationStart, plannedEnd: addDays(auditStart, -1) },
    { step: 12, plannedStart: auditStart, plannedEnd: addDays(reviewStart, -1) },
    { step: 13, plannedStart: reviewStart, plannedEnd: addDays(cycleEnd, -1) },
  );
  const applicationOn = workingDayOnOrAfter(cycleEnd);

  const tasks: PlannedTask[] = [
    ...sessions(start, input.cadence, steps, week(TEMPLATE_WEEKS)),
    {
      step: 11,
      title: t("運用の開始を全従業者に知らせる", "Tell all staff that operation starts"),
      owner: "client",
      dueOn: workingDayOnOrAfter(operationStart),
    },
    {
      step: 12,
      title: t("内部監査を行い、結果を代表者に報告する", "Audit and report to top management"),
      owner: "client",
      dueOn: workingDayOnOrBefore(addDays(reviewStart, -1)),
    },
    {
      step: 13,
      title: t("マネジメントレビューを行う", "Hold the management review"),
      owner: "client",
      dueOn: workingDayOnOrBefore(addDays(cycleEnd, -1)),
    },
    {
      step: 13,
      title: t("模擬審査を受け、申請書類をそろえる", "Mock audit; gather the application papers"),
      owner: "consultant",
      dueOn: workingDayOnOrBefore(addDays(cycleEnd, -MOCK_AUDIT_DAYS_BEFORE_APPLICATION)),
    },
    {
      step: 13,
      title: t("審査機関に申請する", "Apply to the examination body"),
      owner: "client",
      dueOn: applicationOn,
    },
  ];
  return {
    startsOn: start,
    cadence: input.cadence,
    steps,
    tasks,
    applicationOn,
    grantOn: addMonthsClamped(applicationOn, APPLICATION_TO_GRANT_MONTHS),
  };
}

/**
 * The consultant's sessions during construction, numbered, each under the step that started
 * most recently by its day (what the session is mostly about).
 */
function sessions(
  start: string,
  cadence: SessionCadence,
  steps: readonly PlannedStep[],
  constructionEnd: string,
): PlannedTask[] {
  if (cadence === "none") return [];
  const every = cadence === "weekly" ? 7 : 14;
  const out: PlannedTask[] = [];
  let previous = "";
  for (let day = start, n = 1; day < constructionEnd; day = addDays(day, every), n++) {
    // A long closing can push a session onto the next one's day: that one then moves on a day.
    let on = workingDayOnOrAfter(day);
    if (on <= previous) on = workingDayOnOrAfter(addDays(previous, 1));
    previous = on;
    const topic = steps
      .filter((s) => s.step <= 10 && s.plannedStart <= on)
      .reduce((a, b) => (b.plannedStart > a.plannedStart ? b : a));
    out.push({
      step: topic.step,
      title: t(`コンサルタントとの定例（第${n}回）`, `Session with the consultant (no. ${n})`),
      owner: "consultant",
      dueOn: on,
    });
  }
  return out;
}
