// The evaluated readiness report of recently read organizations, so the dashboard, the
// readiness page and the assessments reading it several times per page view cost one small
// statement instead of the snapshot and the evaluation.
//
// Exactness rests on the key, read from the database on every call: the change counters
// (src/db/write-path.ts) of every entity the readiness providers read, the day in Japan and
// the language. Every write goes through the write path, which bumps the counters of the
// entities its audit events name in the same transaction; the dates the rules judge by only
// change with the day. A download or a write no provider reads (a work-plan task, an
// invitation) leaves the key, and the report, as they are. The counters are read BEFORE the
// snapshot, so a stored report is never older than its key (it may be newer, when a write
// commits in between: that write moved a counter, so the next read misses anyway). Being
// process-local is enough for several server processes too: each compares against the
// counters in the shared database. A restore goes into an empty database, so counters never
// run backwards under a running process.
import type { Lang } from "../../i18n/messages.ts";
import type { ReadinessOut } from "./readiness.contract.ts";

/** What a stored report is valid for, besides its organization and language. */
export type ReadinessKey = {
  /** The counters of every entity the providers read, as one text ("person=3;…"). */
  changes: string;
  today: string;
};

type Entry = ReadinessKey & { report: ReadinessOut };

/** 200 organizations in both languages. One report is about 20 KB. */
export const READINESS_CACHE_CAPACITY = 400;

const sameKey = (a: ReadinessKey, b: ReadinessKey) =>
  a.changes === b.changes && a.today === b.today;

/**
 * Least recently used first (a Map keeps insertion order; a hit re-inserts). One entry per
 * organization and language: a newer key replaces the old entry instead of piling up.
 * Reports go in and come out as copies, so a caller changing what it got changes nothing here.
 */
export class ReadinessCache {
  readonly #entries = new Map<string, Entry>();
  constructor(readonly capacity = READINESS_CACHE_CAPACITY) {}

  get size(): number {
    return this.#entries.size;
  }

  get(orgId: string, lang: Lang, key: ReadinessKey): ReadinessOut | undefined {
    const slot = `${orgId}\u0000${lang}`;
    const entry = this.#entries.get(slot);
    if (entry === undefined) return undefined;
    if (!sameKey(entry, key)) {
      this.#entries.delete(slot);
      return undefined;
    }
    this.#entries.delete(slot);
    this.#entries.set(slot, entry);
    return structuredClone(entry.report);
  }

  set(orgId: string, lang: Lang, key: ReadinessKey, report: ReadinessOut): void {
    const slot = `${orgId}\u0000${lang}`;
    this.#entries.delete(slot);
    this.#entries.set(slot, {
      changes: key.changes,
      today: key.today,
      report: structuredClone(report),
    });
    while (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  /** Drops one organization's entries, or all of them. */
  clear(orgId?: string): void {
    if (orgId === undefined) {
      this.#entries.clear();
      return;
    }
    for (const slot of [...this.#entries.keys()])
      if (slot.startsWith(`${orgId}\u0000`)) this.#entries.delete(slot);
  }
}

/** The process's cache, used by getReadiness. */
export const readinessCache = new ReadinessCache();
