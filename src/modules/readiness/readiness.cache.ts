// The evaluated readiness report of recently read organizations, so the dashboard, the
// readiness page and the assessments reading it several times per page view cost one small
// statement instead of the nine-statement snapshot and the evaluation.
//
// Exactness rests on the key, read from the database on every call: the organization's audit
// chain head (seq and hash), the day in Japan and the language. Every write to a table the
// snapshot reads runs in one transaction with an audit event of the same organization, which
// advances the head; the dates the rules judge by only change with the day. The head is read
// BEFORE the snapshot, so a stored report is never older than its key (it may be newer, when a
// write commits in between: that write moved the head, so the next read misses anyway). The
// hash guards against a chain that was rebuilt to the same length (a restore into a fresh
// database while this process kept running). Being process-local is enough for several
// server processes too: each compares against the head in the shared database.
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Lang } from "../../i18n/messages.ts";
import { auditHead } from "../audit/index.ts";
import type { ReadinessOut } from "./readiness.contract.ts";

/** What a stored report is valid for, besides its organization and language. */
export type ReadinessKey = { seq: number; hash: string; today: string };

type Entry = ReadinessKey & { report: ReadinessOut };

/** 200 organizations in both languages. One report is about 20 KB. */
export const READINESS_CACHE_CAPACITY = 400;

/** The organization's audit head in one statement; null before its first audited write. */
export async function readAuditHead(
  db: Db,
  orgId: string,
): Promise<{ seq: number; hash: string } | null> {
  const [row] = await db
    .select({ seq: auditHead.seq, hash: auditHead.hash })
    .from(auditHead)
    .where(eq(auditHead.orgId, orgId));
  return row ?? null;
}

const sameKey = (a: ReadinessKey, b: ReadinessKey) =>
  a.seq === b.seq && a.hash === b.hash && a.today === b.today;

/**
 * Least recently used first (a Map keeps insertion order; a hit re-inserts). One entry per
 * organization and language: a newer key replaces the old entry instead of piling up.
 * Reports go in and come out as copies, so a caller changing what it got changes nothing here.
 */
export class ReadinessCache {
  readonly #entries = new Map<string, Entry>();
  /** Benchmarks only: every read misses (and still stores), to time the first read after a write. */
  bypass = false;

  constructor(readonly capacity = READINESS_CACHE_CAPACITY) {}

  get size(): number {
    return this.#entries.size;
  }

  get(orgId: string, lang: Lang, key: ReadinessKey): ReadinessOut | undefined {
    if (this.bypass) return undefined;
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
      seq: key.seq,
      hash: key.hash,
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
