// Which activity records count for readiness: a record of the right kind, dated on or before
// today, approved where the kind is top management's act, within the period the rule needs
// (12 months for the yearly work) and in the right order (an internal audit after the PMS
// started operating, a management review after an internal audit). Pure: `today` is passed in.
import { nextDue } from "../obligations/dates.ts";
import { reviewCutoff } from "../review-cycle.ts";
import { type ActivityKind, activityKind } from "./kinds.ts";

/** One activity record, reduced to what the rules read. */
export interface ActivityFact {
  id: string;
  kind: string;
  /** YYYY-MM-DD. */
  performedOn: string;
  performedByName: string | null;
  approverName: string | null;
  /** Approved by its approver in the product, or by a signed document still attached. */
  approved: boolean;
}

/** What a readiness rule needs of a kind's records (a kind not listed: any dated record). */
export interface ActivityRequirement {
  /** Dated within the 12 months before the reference day (today, or the planned application). */
  within12Months?: boolean;
  /**
   * Dated on or after a counting record of another kind: the earliest of them (operation
   * start, the first audit of the period) or the latest (the policy as last approved).
   */
  after?: { kind: ActivityKind; pick: "earliest" | "latest" };
}

export const ACTIVITY_REQUIREMENTS: Partial<Record<ActivityKind, ActivityRequirement>> = {
  // Staff learn the policy as it was last approved; a revised policy is made known again.
  policy_communication: { after: { kind: "policy_approval", pick: "latest" } },
  education: { within12Months: true },
  safety_measure_check: { within12Months: true },
  vendor_review: { within12Months: true },
  operation_check: { within12Months: true, after: { kind: "operation_start", pick: "earliest" } },
  internal_audit: { within12Months: true, after: { kind: "operation_start", pick: "earliest" } },
  management_review: {
    within12Months: true,
    after: { kind: "internal_audit", pick: "earliest" },
  },
};

export interface CountingAt {
  today: string;
  /** The planned application day, when known: yearly work must still be in time on it. */
  plannedApplicationOn?: string | null;
}

export type Counting =
  /** `record`: the latest record that counts; `until`: the last day it counts (yearly work). */
  | { ok: true; record: ActivityFact; until: string | null }
  | { ok: false; why: "none" }
  | { ok: false; why: "future"; record: ActivityFact }
  | { ok: false; why: "unapproved"; record: ActivityFact }
  | { ok: false; why: "too_old"; record: ActivityFact; since: string }
  | { ok: false; why: "no_anchor"; anchorKind: ActivityKind }
  | {
      ok: false;
      why: "before_anchor";
      record: ActivityFact;
      anchorKind: ActivityKind;
      anchorOn: string;
    };

/**
 * The day yearly work is judged on: the planned application day while it is still ahead (the
 * record must still be in time then), else today. `planned` says which, for the reasons.
 */
export function referenceDay(at: CountingAt): { on: string; planned: boolean } {
  const planned = at.plannedApplicationOn;
  return planned && planned > at.today
    ? { on: planned, planned: true }
    : { on: at.today, planned: false };
}

/** The day yearly work must be on or after: 12 months before the reference day. */
export function windowStart(at: CountingAt): string {
  return reviewCutoff(referenceDay(at).on);
}

const latestFirst = (a: ActivityFact, b: ActivityFact) =>
  b.performedOn.localeCompare(a.performedOn) || a.id.localeCompare(b.id);

/** The records of `kind` that count on `at.today`, latest first, or why none does. */
export function countingRecords(
  kind: ActivityKind,
  facts: readonly ActivityFact[],
  at: CountingAt,
): { records: ActivityFact[]; gap: Exclude<Counting, { ok: true }> | null } {
  const ofKind = facts.filter((f) => f.kind === kind).sort(latestFirst);
  if (!ofKind.length) return { records: [], gap: { ok: false, why: "none" } };
  const dated = ofKind.filter((f) => f.performedOn <= at.today);
  const first = ofKind[0] as ActivityFact;
  if (!dated.length) return { records: [], gap: { ok: false, why: "future", record: first } };
  const approved = activityKind(kind).needsApproval ? dated.filter((f) => f.approved) : dated;
  if (!approved.length) {
    return { records: [], gap: { ok: false, why: "unapproved", record: dated[0] as ActivityFact } };
  }
  const need = ACTIVITY_REQUIREMENTS[kind] ?? {};
  let inTime = approved;
  if (need.within12Months) {
    const since = windowStart(at);
    inTime = approved.filter((f) => f.performedOn >= since);
    if (!inTime.length) {
      const record = approved[0] as ActivityFact;
      return { records: [], gap: { ok: false, why: "too_old", record, since } };
    }
  }
  if (need.after) {
    const anchors = countingRecords(need.after.kind, facts, at).records;
    if (!anchors.length) {
      return { records: [], gap: { ok: false, why: "no_anchor", anchorKind: need.after.kind } };
    }
    const days = anchors.map((a) => a.performedOn);
    const anchorOn = need.after.pick === "earliest" ? days[days.length - 1] : days[0];
    const after = inTime.filter((f) => f.performedOn >= (anchorOn as string));
    if (!after.length) {
      const gap = {
        ok: false as const,
        why: "before_anchor" as const,
        record: inTime[0] as ActivityFact,
        anchorKind: need.after.kind,
        anchorOn: anchorOn as string,
      };
      return { records: [], gap };
    }
    inTime = after;
  }
  return { records: inTime, gap: null };
}

/** Whether a record of `kind` counts on `at.today`: the latest that does, or why none does. */
export function countingRecord(
  kind: ActivityKind,
  facts: readonly ActivityFact[],
  at: CountingAt,
): Counting {
  const { records, gap } = countingRecords(kind, facts, at);
  if (gap) return gap;
  const record = records[0] as ActivityFact;
  const until = ACTIVITY_REQUIREMENTS[kind]?.within12Months
    ? nextDue(record.performedOn, 12)
    : null;
  return { ok: true, record, until };
}
