import { createHash } from "node:crypto";

/** JSON with keys sorted at every level, so the same event always hashes the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export type HashedFields = {
  orgId: string;
  seq: number;
  actorUserId: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: unknown;
  at: Date;
};

export const GENESIS_HASH = "0".repeat(64);

export function eventHash(prevHash: string, e: HashedFields): string {
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
