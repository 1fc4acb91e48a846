// The audit chain's hashes: HMAC-SHA256 under a key kept outside the database.
//
// Why this shape. The old chain was plain SHA-256 over the event, so anyone able to write to
// the database could edit an event and recompute every later hash (and the head); and the
// actor's name was not hashed at all. Now each event carries:
//   content_mac = HMAC(key, "content" ‖ org, seq, entity, entity id, action, changes, time)
//   actor_mac   = HMAC(key, "actor"   ‖ org, seq, actor user id, actor name)
//   hash        = HMAC(key, "chain"   ‖ prev hash ‖ seq ‖ content_mac ‖ actor_mac)
// and the head carries mac = HMAC(key, "head" ‖ org ‖ seq ‖ hash).
// Every shown column is covered. Two MACs instead of one let verification say *what* was
// changed: a stored MAC that still authenticates under the chain hash but no longer matches
// its fields means those fields were edited (content or actor); a chain hash that does not
// authenticate its stored MACs means the chain was recomputed without the key (plain SHA-256,
// the old algorithm, or another key). org and seq are inside both MACs, so a MAC cannot be
// moved to another event. The head MAC catches a head moved back over deleted events by
// someone without the key; a genuine old head row replayed after deleting the tail can only
// be caught by an anchor (audit-anchor.ts), a signed copy of the head kept outside the
// database. Each purpose has its own label, so no value of one kind is valid as another.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** JSON with keys sorted at every level, so the same event always hashes the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export const GENESIS_HASH = "0".repeat(64);

/** The chain key and its public fingerprint (stored in audit_head.key_id and in anchors). */
export type AuditKey = { readonly secret: Buffer; readonly id: string };

/** Shortest key accepted (characters of AUDIT_KEY or of the key file). */
export const MIN_KEY_LENGTH = 32;

export function makeAuditKey(material: string): AuditKey {
  const secret = Buffer.from(material, "utf8");
  return {
    secret,
    id: createHmac("sha256", secret).update("mamori-audit/key-id").digest("hex").slice(0, 16),
  };
}

function mac(key: AuditKey, label: string, body: string): string {
  return createHmac("sha256", key.secret).update(`mamori-audit/v2/${label}\n${body}`).digest("hex");
}

export type ContentFields = {
  orgId: string;
  seq: number;
  entity: string;
  entityId: string;
  action: string;
  changes: unknown;
  at: Date;
};

export type ActorFields = {
  orgId: string;
  seq: number;
  actorUserId: string | null;
  actorName: string | null;
};

export function contentMac(key: AuditKey, e: ContentFields): string {
  return mac(
    key,
    "content",
    canonicalJson({
      orgId: e.orgId,
      seq: e.seq,
      entity: e.entity,
      entityId: e.entityId,
      action: e.action,
      changes: e.changes,
      at: e.at.toISOString(),
    }),
  );
}

export function actorMac(key: AuditKey, e: ActorFields): string {
  return mac(
    key,
    "actor",
    canonicalJson({
      orgId: e.orgId,
      seq: e.seq,
      actorUserId: e.actorUserId,
      actorName: e.actorName,
    }),
  );
}

export function chainHash(
  key: AuditKey,
  prevHash: string,
  seq: number,
  content: string,
  actor: string,
): string {
  return mac(key, "chain", `${prevHash}\n${seq}\n${content}\n${actor}`);
}

export function headMac(key: AuditKey, orgId: string, seq: number, hash: string): string {
  return mac(key, "head", `${orgId}\n${seq}\n${hash}`);
}

/** Signature of an anchor file's body (everything but the signature). */
export function anchorSignature(key: AuditKey, body: unknown): string {
  return mac(key, "anchor", canonicalJson(body));
}

/** Constant-time comparison of two hex MACs (false when either is missing). */
export function sameMac(a: string | null | undefined, b: string | null | undefined): boolean {
  if (typeof a !== "string" || typeof b !== "string" || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The old, unkeyed hash (plain SHA-256, actor name not covered). Only read: to verify an old
 * chain before it is upgraded, and to name a chain recomputed with it.
 */
export function legacyEventHash(
  prevHash: string,
  e: Omit<ContentFields, "seq"> & { seq: number; actorUserId: string | null },
): string {
  const body = canonicalJson({
    orgId: e.orgId,
    seq: e.seq,
    actorUserId: e.actorUserId,
    entity: e.entity,
    entityId: e.entityId,
    action: e.action,
    changes: e.changes,
    at: e.at.toISOString(),
  });
  return createHash("sha256").update(`${prevHash}\n${body}`).digest("hex");
}
