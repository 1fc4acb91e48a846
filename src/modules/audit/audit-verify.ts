// Verification of an organization's audit chain: every kind of tampering is named on its
// own (one problem per kind and run of consecutive events), not just the first broken link.
import { and, asc, count, eq, gt, max } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { auditMessages } from "../../i18n/audit-messages.ts";
import { auditEvent, auditHead } from "./audit.tables.ts";
import {
  type AuditKey,
  actorMac,
  chainHash,
  contentMac,
  GENESIS_HASH,
  headMac,
  legacyEventHash,
  sameMac,
} from "./audit-hash.ts";
import { currentAuditKey } from "./audit-key.ts";

export type AuditProblemKind =
  | "content_changed"
  | "actor_changed"
  | "event_removed"
  | "link_broken"
  | "tail_removed"
  | "head_rewritten"
  | "head_missing"
  | "recomputed"
  | "other_key"
  | "unkeyed"
  | "anchor_shorter"
  | "anchor_rewritten"
  | "anchor_missing"
  | "anchor_signature";

export type AuditMessageKey = keyof typeof auditMessages;

export type AuditProblem = {
  kind: AuditProblemKind;
  /** The message (src/i18n/audit-messages.ts). */
  code: AuditMessageKey;
  orgId: string | null;
  /** The events concerned, from–to (one event: from = to); none for the head. */
  from?: number;
  to?: number;
  params?: Record<string, string | number>;
};

export type ChainCheck = {
  ok: boolean;
  orgId: string;
  /** Events present. */
  events: number;
  /** Seq of the last event present (0 when none). */
  lastSeq: number;
  problems: AuditProblem[];
};

const PAGE = 2000;

type EventRow = typeof auditEvent.$inferSelect;

/** An organization's events in seq order, read a page at a time. */
export async function* eventsOf(db: Db | Tx, orgId: string): AsyncGenerator<EventRow> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.orgId, orgId), gt(auditEvent.seq, after)))
      .orderBy(asc(auditEvent.seq))
      .limit(PAGE);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last.seq;
  }
}

/** Problems of one chain; consecutive events with the same problem become one range. */
class Problems {
  readonly list: AuditProblem[] = [];
  constructor(private readonly orgId: string) {}

  event(kind: AuditProblemKind, code: AuditMessageKey, from: number, to = from) {
    const open = this.list.findLast((p) => p.kind === kind && p.code === code);
    if (open?.to !== undefined && open.to === from - 1) open.to = to;
    else this.list.push({ kind, code, orgId: this.orgId, from, to });
  }

  other(kind: AuditProblemKind, code: AuditMessageKey, params?: AuditProblem["params"]) {
    this.list.push({ kind, code, orgId: this.orgId, ...(params ? { params } : {}) });
  }
}

/**
 * Checks every event and the head of one organization's chain with `key` (the loaded key by
 * default). For each event: the link to the one before (seq and prev hash), the chain hash
 * over its stored MACs (authentic only with the key), and each MAC against its fields. A
 * chain hash that does not authenticate while both MACs fail too means the event was re-made
 * with another key: its fields cannot be checked, so only "recomputed" is said of it.
 */
export async function verifyChain(
  db: Db | Tx,
  orgId: string,
  key: AuditKey = currentAuditKey(),
): Promise<ChainCheck> {
  const out = new Problems(orgId);
  const [head] = await db.select().from(auditHead).where(eq(auditHead.orgId, orgId));
  if (head?.keyId && head.mac !== null && head.keyId !== key.id) {
    // Written with another key (e.g. restored without copying the key): every MAC would
    // fail, so nothing else can be said until the right key is loaded.
    const [row] = await db
      .select({ n: count(), last: max(auditEvent.seq) })
      .from(auditEvent)
      .where(eq(auditEvent.orgId, orgId));
    out.other("other_key", "AUDIT_OTHER_KEY", { keyId: head.keyId, currentKeyId: key.id });
    const lastSeq = Number(row?.last ?? 0);
    return { ok: false, orgId, events: row?.n ?? 0, lastSeq, problems: out.list };
  }

  let expected = 1;
  let prev = GENESIS_HASH;
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  let lastKeyed = false;
  let events = 0;
  const unkeyed: number[] = [];
  let legacyBrokenAt: number | null = null;

  for await (const row of eventsOf(db, orgId)) {
    events++;
    const linked = row.seq === expected && row.prevHash === prev;
    if (row.seq > expected)
      out.event("event_removed", "AUDIT_EVENT_REMOVED", expected, row.seq - 1);
    else if (row.prevHash !== prev) out.event("link_broken", "AUDIT_LINK_BROKEN", row.seq);

    if (row.contentMac === null && row.actorMac === null) {
      // An event of the old unkeyed chain (left as it was because it was broken).
      unkeyed.push(row.seq);
      if (legacyBrokenAt === null && !(linked && legacyEventHash(row.prevHash, row) === row.hash))
        legacyBrokenAt = row.seq;
      lastKeyed = false;
    } else {
      const chainOk = sameMac(
        row.hash,
        chainHash(key, row.prevHash, row.seq, row.contentMac ?? "", row.actorMac ?? ""),
      );
      const contentOk = sameMac(row.contentMac, contentMac(key, row));
      const actorOk = sameMac(row.actorMac, actorMac(key, row));
      if (!chainOk) {
        const code =
          legacyEventHash(row.prevHash, row) === row.hash
            ? "AUDIT_RECOMPUTED_SHA256"
            : !contentOk && !actorOk
              ? "AUDIT_RECOMPUTED_OTHER_KEY"
              : "AUDIT_RECOMPUTED";
        out.event("recomputed", code, row.seq);
      }
      if (chainOk || contentOk || actorOk) {
        if (!contentOk) out.event("content_changed", "AUDIT_CONTENT_CHANGED", row.seq);
        if (!actorOk) out.event("actor_changed", "AUDIT_ACTOR_CHANGED", row.seq);
      }
      lastKeyed = true;
    }
    prev = row.hash;
    expected = row.seq + 1;
    lastSeq = row.seq;
    lastHash = row.hash;
  }

  for (const seq of unkeyed) {
    if (legacyBrokenAt === null) out.event("unkeyed", "AUDIT_UNKEYED", seq);
    else out.event("unkeyed", "AUDIT_UNKEYED_BROKEN", seq);
  }
  const unkeyedProblem = out.list.find((p) => p.code === "AUDIT_UNKEYED_BROKEN");
  if (unkeyedProblem && legacyBrokenAt !== null) unkeyedProblem.params = { at: legacyBrokenAt };

  if (!head) {
    if (events > 0) out.other("head_missing", "AUDIT_HEAD_MISSING");
  } else {
    const macOk =
      head.mac === null ? !lastKeyed : sameMac(head.mac, headMac(key, orgId, head.seq, head.hash));
    if (!macOk) out.other("head_rewritten", "AUDIT_HEAD_REWRITTEN");
    if (head.seq > lastSeq)
      out.other("tail_removed", "AUDIT_TAIL_REMOVED", { head: head.seq, last: lastSeq });
    else if (head.seq < lastSeq)
      out.other("head_rewritten", "AUDIT_HEAD_BEHIND", { head: head.seq, last: lastSeq });
    else if (head.hash !== lastHash)
      out.other("head_rewritten", "AUDIT_HEAD_MISMATCH", { last: lastSeq });
  }
  return { ok: out.list.length === 0, orgId, events, lastSeq, problems: out.list };
}

/**
 * A quick check of the head alone, for signing it (the anchor download): keyed with `key`,
 * its MAC right, and its last event there with an authentic chain hash. The full check is
 * verifyChain (`mamori audit verify`).
 */
export async function headIsAuthentic(
  db: Db | Tx,
  key: AuditKey,
  head: typeof auditHead.$inferSelect,
): Promise<boolean> {
  if (head.keyId !== key.id || !sameMac(head.mac, headMac(key, head.orgId, head.seq, head.hash)))
    return false;
  if (head.seq === 0) return head.hash === GENESIS_HASH;
  const [last] = await db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.orgId, head.orgId), eq(auditEvent.seq, head.seq)));
  return (
    last !== undefined &&
    last.hash === head.hash &&
    sameMac(
      last.hash,
      chainHash(key, last.prevHash, last.seq, last.contentMac ?? "", last.actorMac ?? ""),
    )
  );
}
