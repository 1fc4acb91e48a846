// Test support for the audit trail: a test key (tests never write a key file into the
// repository), and tampering done the way an attacker with database access would do it, by
// hand: the old plain SHA-256 chain and the keyed scheme are written out here again instead of
// calling the code under test.
import { createHash, createHmac } from "node:crypto";
import type { Database } from "../../db/client.ts";

export const TEST_AUDIT_KEY = "test-audit-key-0123456789abcdef-0123456789abcdef";
export const OTHER_AUDIT_KEY = "an-attackers-key-fedcba9876543210-fedcba9876543210";
/** Environment for startTestApp / loadConfig. */
export const auditEnv = { AUDIT_KEY: TEST_AUDIT_KEY };

export type RawEvent = {
  org_id: string;
  seq: number;
  actor_user_id: string | null;
  actor_name: string | null;
  entity: string;
  entity_id: string;
  action: string;
  changes: unknown;
  at: Date;
  prev_hash: string;
  hash: string;
  content_mac: string | null;
  actor_mac: string | null;
};

export async function rawEvents(database: Database, orgId: string): Promise<RawEvent[]> {
  const rows = await database.query<RawEvent>(
    `select org_id, seq::int as seq, actor_user_id, actor_name, entity, entity_id, action,
            changes, at, prev_hash, hash, content_mac, actor_mac
       from audit_event where org_id = $1 order by seq`,
    [orgId],
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

export async function rawHead(database: Database, orgId: string) {
  const [head] = await database.query<{
    seq: number;
    hash: string;
    mac: string | null;
    key_id: string | null;
  }>("select seq::int as seq, hash, mac, key_id from audit_head where org_id = $1", [orgId]);
  return head;
}

/** JSON with sorted keys at every level. */
export function sortedJson(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v ?? null);
  if (Array.isArray(v)) return `[${v.map(sortedJson).join(",")}]`;
  const keys = Object.keys(v as object)
    .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`).join(",")}}`;
}

/** The old unkeyed event hash: SHA-256 of prev hash and the event without the actor's name. */
export function oldSha256(prevHash: string, e: RawEvent): string {
  const body = sortedJson({
    orgId: e.org_id,
    seq: e.seq,
    actorUserId: e.actor_user_id,
    entity: e.entity,
    entityId: e.entity_id,
    action: e.action,
    changes: e.changes,
    at: e.at.toISOString(),
  });
  return createHash("sha256").update(`${prevHash}\n${body}`).digest("hex");
}

const hmac = (key: string, label: string, body: string) =>
  createHmac("sha256", Buffer.from(key, "utf8"))
    .update(`mamori-audit/v2/${label}\n${body}`)
    .digest("hex");

/** The keyed scheme (see audit-hash.ts) with any key. */
export function keyedMacs(key: string, prevHash: string, e: RawEvent) {
  const content = hmac(
    key,
    "content",
    sortedJson({
      orgId: e.org_id,
      seq: e.seq,
      entity: e.entity,
      entityId: e.entity_id,
      action: e.action,
      changes: e.changes,
      at: e.at.toISOString(),
    }),
  );
  const actor = hmac(
    key,
    "actor",
    sortedJson({
      orgId: e.org_id,
      seq: e.seq,
      actorUserId: e.actor_user_id,
      actorName: e.actor_name,
    }),
  );
  const hash = hmac(key, "chain", `${prevHash}\n${e.seq}\n${content}\n${actor}`);
  return { content, actor, hash };
}

export const keyedHeadMac = (key: string, orgId: string, seq: number, hash: string) =>
  hmac(key, "head", `${orgId}\n${seq}\n${hash}`);

/**
 * Recomputes the chain from event `from` on, as an attacker would after editing an event:
 * "sha256" with the old unkeyed algorithm (the MAC columns left as they are), or with a key
 * (every MAC and the head's MAC made anew). The head is moved to the new last hash.
 */
export async function recomputeChain(
  database: Database,
  orgId: string,
  from: number,
  how: { sha256: true } | { key: string },
): Promise<void> {
  const events = await rawEvents(database, orgId);
  let prev = events.find((e) => e.seq === from - 1)?.hash ?? "0".repeat(64);
  for (const e of events.filter((x) => x.seq >= from)) {
    if ("sha256" in how) {
      const hash = oldSha256(prev, e);
      await database.query(
        "update audit_event set prev_hash = $3, hash = $4 where org_id = $1 and seq = $2",
        [orgId, e.seq, prev, hash],
      );
      prev = hash;
    } else {
      const m = keyedMacs(how.key, prev, e);
      await database.query(
        `update audit_event set prev_hash = $3, hash = $4, content_mac = $5, actor_mac = $6
          where org_id = $1 and seq = $2`,
        [orgId, e.seq, prev, m.hash, m.content, m.actor],
      );
      prev = m.hash;
    }
  }
  const last = events.at(-1)?.seq ?? 0;
  if ("sha256" in how) {
    await database.query("update audit_head set hash = $2 where org_id = $1", [orgId, prev]);
  } else {
    await database.query("update audit_head set hash = $2, mac = $3 where org_id = $1", [
      orgId,
      prev,
      keyedHeadMac(how.key, orgId, last, prev),
    ]);
  }
}
