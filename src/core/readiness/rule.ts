// The shape of a readiness rule and its result, and small helpers the rule files share.
import type { Bilingual } from "../i18n-text.ts";
import type { ReadinessSnapshot, SnapshotItem } from "./snapshot.ts";

export type ReadinessStatus = "ok" | "gap" | "na";

/**
 * - blocker (申請不可): the application cannot be made while this is open;
 * - finding (指摘リスク): an examiner would very likely raise it;
 * - advice (推奨): good practice, rarely a finding on its own.
 */
export type Severity = "blocker" | "finding" | "advice";
export const SEVERITIES: readonly Severity[] = ["blocker", "finding", "advice"];

/** A construction step of docs/domain.md#construction-steps (1–13). */
export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

/** A record a gap is about (e.g. a register item), with what is wrong with it. */
export interface RecordRef {
  id?: string;
  name: string;
  note?: Bilingual;
  /** Where the record itself opens in the web app, relative to /orgs/:orgId/. */
  path?: string;
}

export interface RuleOutcome {
  status: ReadinessStatus;
  /** One line, with the numbers that led to the status. */
  reason: Bilingual;
  /** Offending records, at most MAX_DETAILS. */
  details?: RecordRef[];
}

export interface ReadinessRule {
  /** Stable id, stored with manual ticks and used by the web app: never rename. */
  id: string;
  title: Bilingual;
  /** Related items of the requirement catalogue (J.1–J.11); may be empty. */
  refs: readonly string[];
  step: StepNumber;
  severity: Severity;
  /**
   * Where to fix it, relative to /orgs/:orgId/ in the web app: the list filtered to exactly
   * the records the rule finds lacking (the same condition as its evaluate), so the link
   * lands on them and on nothing else.
   */
  fixPath: string;
  /**
   * Proved by a dated activity record a person enters (実施記録, core/activities) rather than
   * by a register; the fix path opens that record's form with the kind chosen.
   */
  manual: boolean;
  evaluate(snapshot: ReadinessSnapshot, today: string): RuleOutcome;
}

export const MAX_DETAILS = 20;

export const text = (ja: string, en: string): Bilingual => ({ ja, en });

export const ok = (reason: Bilingual): RuleOutcome => ({ status: "ok", reason });
export const na = (reason: Bilingual): RuleOutcome => ({ status: "na", reason });
export function gap(reason: Bilingual, details?: readonly RecordRef[]): RuleOutcome {
  return details?.length
    ? { status: "gap", reason, details: details.slice(0, MAX_DETAILS) }
    : { status: "gap", reason };
}

/** Blank or missing text counts as not written. */
export const isBlank = (s: string | null | undefined): boolean => !s?.trim();

const activeCache = new WeakMap<ReadinessSnapshot, readonly SnapshotItem[]>();

/** Register items still handled (retired rows are records only); computed once per snapshot. */
export function activeItems(s: ReadinessSnapshot): readonly SnapshotItem[] {
  let items = activeCache.get(s);
  if (items === undefined) {
    items = s.items.filter((i) => i.status === "active");
    activeCache.set(s, items);
  }
  return items;
}

/** Where one register item opens: its page in the register. */
export const itemPath = (id: string): string => `inventory?item=${encodeURIComponent(id)}`;

export const itemRef = (i: SnapshotItem, note?: Bilingual): RecordRef =>
  note === undefined
    ? { id: i.id, name: i.name, path: itemPath(i.id) }
    : { id: i.id, name: i.name, note, path: itemPath(i.id) };

/** Up to MAX_DETAILS refs of the items matching `pred`, and how many match in all. */
export function collect(
  items: readonly SnapshotItem[],
  pred: (i: SnapshotItem) => boolean,
  note?: (i: SnapshotItem) => Bilingual,
): { count: number; refs: RecordRef[] } {
  let count = 0;
  const refs: RecordRef[] = [];
  for (const i of items) {
    if (!pred(i)) continue;
    count++;
    if (refs.length < MAX_DETAILS) refs.push(itemRef(i, note?.(i)));
  }
  return { count, refs };
}
