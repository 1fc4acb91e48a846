// Where an obligation stands on a given day, from the day it was last done.
import type { RowSummary } from "./basis.ts";
import { OBLIGATIONS, type ObligationDef } from "./catalogue.ts";
import { daysBetween, nextDue } from "./dates.ts";

/** A due day this close (or closer) counts as due soon: the dashboard's 60-day window. */
export const DUE_SOON_DAYS = 60;

/**
 * - never: not done even once (no date to count from);
 * - overdue: the due day has passed;
 * - due_soon: due today or within DUE_SOON_DAYS days (doing it today is still in time);
 * - ok: later than that.
 */
export type ObligationStatus = "ok" | "due_soon" | "overdue" | "never";

/**
 * Needs doing now (never done, or past its due day) as opposed to coming up: the PDCA page and
 * home show these apart, and the calendar feed puts them on today.
 */
export const needsActionNow = (status: ObligationStatus): boolean =>
  status === "overdue" || status === "never";

export function dueStatus(due: string | null, today: string): ObligationStatus {
  if (due === null) return "never";
  const days = daysBetween(today, due);
  if (days < 0) return "overdue";
  return days <= DUE_SOON_DAYS ? "due_soon" : "ok";
}

/** What the loaders found for one obligation. */
export interface LastDone {
  /** The day it was last done; null = never. */
  lastDone: string | null;
  /**
   * A due day set explicitly that comes before lastDone + rhythm (a risk row's planned review).
   * Only a day after lastDone counts: a plan on or before the day the work was done was met by it.
   */
  dueBy?: string | null;
  /** Derived obligations: the rows lastDone and dueBy were read from (see basis.ts). */
  rows?: RowSummary;
}

/**
 * What nextDue counts from: rhythm = lastDone + the rhythm; planned = an explicit due day that
 * comes earlier (a risk row's planned review); null when never done.
 */
export type DueFrom = "rhythm" | "planned";

export interface ObligationState {
  key: string;
  def: ObligationDef;
  lastDone: string | null;
  nextDue: string | null;
  status: ObligationStatus;
  /** Days from today to nextDue (negative: overdue); null when never done. */
  daysUntilDue: number | null;
  dueFrom: DueFrom | null;
  /** Derived obligations only: the rows behind lastDone and nextDue. */
  rows: RowSummary | null;
}

export function obligationState(def: ObligationDef, found: LastDone, today: string) {
  const fromRhythm = found.lastDone === null ? null : nextDue(found.lastDone, def.rhythmMonths);
  const explicit = found.dueBy ?? null;
  // nextDue always comes after lastDone, so the two dates on the page never contradict.
  const planned =
    fromRhythm !== null &&
    explicit !== null &&
    found.lastDone !== null &&
    explicit > found.lastDone &&
    explicit < fromRhythm;
  const due = planned ? explicit : fromRhythm;
  return {
    key: def.key,
    def,
    lastDone: found.lastDone,
    nextDue: due,
    status: dueStatus(due, today),
    daysUntilDue: due === null ? null : daysBetween(today, due),
    dueFrom: due === null ? null : planned ? "planned" : "rhythm",
    rows: found.rows ?? null,
  } satisfies ObligationState;
}

/**
 * Every obligation of the catalogue, most urgent first: never done, then by due day, then in
 * catalogue order.
 */
export function obligationStates(
  found: Readonly<Record<string, LastDone>>,
  today: string,
  defs: readonly ObligationDef[] = OBLIGATIONS,
): ObligationState[] {
  const states = defs.map((def, index) => ({
    state: obligationState(def, found[def.key] ?? { lastDone: null }, today),
    index,
  }));
  states.sort((a, b) => {
    const x = a.state.nextDue;
    const y = b.state.nextDue;
    if (x !== y) {
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return a.index - b.index;
  });
  return states.map((s) => s.state);
}
