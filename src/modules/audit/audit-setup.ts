// Getting the audit trail ready before anything appends to it or checks it (server start, and
// the `mamori audit` commands): find the key, refuse a database whose chains are keyed with
// another key or with no key at hand, and upgrade old unkeyed chains (plain SHA-256) to the
// keyed ones.
//
// The upgrade runs only while no chain of the database is keyed yet (the first start of this
// version, or a restored older backup), in one transaction for all organizations, and records
// nothing else. Each old chain is checked with the old algorithm first; a broken one is left
// exactly as it is and reported (verification keeps naming its events "unkeyed"). Once any
// chain is keyed, an unkeyed chain is never re-made: someone who rewrote a keyed chain into
// the old form must not get it blessed by the key. (Rewriting every chain of the database
// into the old form would still be re-keyed; an anchor taken after the upgrade catches that.)
import { and, eq, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { Database, Tx } from "../../db/client.ts";
import type { Config } from "../../server/config.ts";
import { auditEvent, auditHead } from "./audit.tables.ts";
import {
  type AuditKey,
  actorMac,
  chainHash,
  contentMac,
  GENESIS_HASH,
  headMac,
  legacyEventHash,
} from "./audit-hash.ts";
import {
  AuditKeyError,
  auditKeyPath,
  createAuditKeyFile,
  type FoundKey,
  findAuditKey,
  setAuditKey,
} from "./audit-key.ts";
import { eventsOf } from "./audit-verify.ts";

export type AuditSetup = {
  key: AuditKey;
  /** "AUDIT_KEY" or the key file's path (never the key). */
  source: string;
  /** The key file was created now. */
  created: boolean;
  /** The key file can be read by other users. */
  looseMode: boolean;
  /** Ids of other keys chains of this database are written with. */
  otherKeys: string[];
  /** Old chains re-made with the key now. */
  upgraded: { orgId: string; events: number }[];
  /** Old chains left as they are because they are broken. */
  leftUnkeyed: { orgId: string; brokenAt: number; reason: string }[];
};

/**
 * Loads the key (creating the key file on first use), sets it as the process's audit key and
 * upgrades old chains. `strict` (server start, anchors): a database keyed with another key is
 * refused; otherwise (verify) those chains are left for verification to report.
 */
export async function prepareAuditTrail(
  database: Database,
  config: Pick<Config, "auditKey" | "dataDir">,
  opts: { strict: boolean },
): Promise<AuditSetup> {
  const keyed = await database.query<{ key_id: string | null }>(
    "select distinct key_id from audit_head where mac is not null",
  );
  const keyIds = keyed.map((r) => r.key_id ?? "?");
  const path = auditKeyPath(config, database);
  let found: FoundKey | null = findAuditKey(config, path);
  let created = false;
  if (!found) {
    if (keyIds.length > 0) {
      throw new AuditKeyError(
        `監査ログは鍵（鍵 ID ${keyIds.join(", ")}）で保護されていますが、鍵がありません。バックアップとは別に保管した鍵を AUDIT_KEY に設定するか ${path} に置いてください / The audit trail is keyed (key id ${keyIds.join(", ")}) but no key was found: set AUDIT_KEY or put the key kept apart from the backup at ${path}`,
      );
    }
    found = createAuditKeyFile(path);
    created = true;
  }
  const key = found.key;
  const otherKeys = keyIds.filter((id) => id !== key.id);
  if (otherKeys.length > 0 && opts.strict) {
    throw new AuditKeyError(
      `監査ログは別の鍵（鍵 ID ${otherKeys.join(", ")}）で書かれています。読み込んだ鍵（${found.source}）の ID は ${key.id} です。正しい鍵を AUDIT_KEY か ${path} に置いてください（新しい鍵で書き直すことはしません） / The audit trail was written with another key (key id ${otherKeys.join(", ")}); the key loaded from ${found.source} has id ${key.id}. Put the right key in AUDIT_KEY or ${path} (the trail is never re-keyed with a new key)`,
    );
  }
  setAuditKey(key);
  const { upgraded, leftUnkeyed } =
    keyIds.length === 0
      ? await upgradeUnkeyedChains(database, key)
      : { upgraded: [], leftUnkeyed: [] };
  return {
    key,
    source: found.source,
    created,
    looseMode: found.looseMode ?? false,
    otherKeys,
    upgraded,
    leftUnkeyed,
  };
}

/** At server start (buildApp): prepares the trail and logs what was done, never the key. */
export async function startAuditTrail(
  database: Database,
  config: Pick<Config, "auditKey" | "dataDir">,
  log: Pick<FastifyBaseLogger, "info" | "warn">,
): Promise<void> {
  const setup = await prepareAuditTrail(database, config, { strict: true });
  if (setup.created) log.info({ file: setup.source }, "audit: created the audit key file");
  if (setup.looseMode)
    log.warn({ file: setup.source }, "audit: the key file is readable by other users (chmod 600)");
  for (const u of setup.upgraded)
    log.info(u, "audit: old unkeyed chain verified and re-made with the key");
  for (const b of setup.leftUnkeyed)
    log.warn(b, "audit: old unkeyed chain is broken; left as it is (see mamori audit verify)");
}

/** The old algorithm's check (seq, links, SHA-256 of each event, head) of one chain. */
async function checkOldChain(
  tx: Tx,
  head: typeof auditHead.$inferSelect,
): Promise<{ ok: true; events: number } | { ok: false; brokenAt: number; reason: string }> {
  let prev = GENESIS_HASH;
  let expected = 1;
  for await (const row of eventsOf(tx, head.orgId)) {
    if (row.seq !== expected) return { ok: false, brokenAt: expected, reason: "missing event" };
    if (row.contentMac !== null || row.actorMac !== null)
      return { ok: false, brokenAt: row.seq, reason: "keyed event in an unkeyed chain" };
    if (row.prevHash !== prev)
      return { ok: false, brokenAt: row.seq, reason: "previous hash does not match" };
    if (legacyEventHash(prev, row) !== row.hash)
      return { ok: false, brokenAt: row.seq, reason: "content was changed" };
    prev = row.hash;
    expected++;
  }
  if (head.seq !== expected - 1 || head.hash !== prev)
    return { ok: false, brokenAt: expected, reason: "last events were removed" };
  return { ok: true, events: expected - 1 };
}

/** Re-makes one verified old chain with the key: every event's MACs and hash, then the head. */
async function rekeyChain(tx: Tx, key: AuditKey, orgId: string): Promise<void> {
  let prev = GENESIS_HASH;
  let batch: {
    seq: number;
    prev_hash: string;
    hash: string;
    content_mac: string;
    actor_mac: string;
  }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await tx.execute(sql`
      update ${auditEvent} as e
         set prev_hash = v.prev_hash, hash = v.hash, content_mac = v.content_mac,
             actor_mac = v.actor_mac
        from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
             as v(seq bigint, prev_hash text, hash text, content_mac text, actor_mac text)
       where e.org_id = ${orgId} and e.seq = v.seq`);
    batch = [];
  };
  let seq = 0;
  for await (const row of eventsOf(tx, orgId)) {
    const content = contentMac(key, row);
    const actor = actorMac(key, row);
    const hash = chainHash(key, prev, row.seq, content, actor);
    batch.push({ seq: row.seq, prev_hash: prev, hash, content_mac: content, actor_mac: actor });
    if (batch.length >= 2000) await flush();
    prev = hash;
    seq = row.seq;
  }
  await flush();
  await tx
    .update(auditHead)
    .set({ hash: prev, mac: headMac(key, orgId, seq, prev), keyId: key.id })
    .where(and(eq(auditHead.orgId, orgId), eq(auditHead.seq, seq)));
}

/**
 * Verifies each old unkeyed chain and re-makes the intact ones with the key, all in one
 * transaction holding every head row, so concurrent appends (or a second machine starting
 * on the same PostgreSQL) wait; a machine that finds a chain already keyed does nothing.
 */
async function upgradeUnkeyedChains(database: Database, key: AuditKey) {
  const upgraded: AuditSetup["upgraded"] = [];
  const leftUnkeyed: AuditSetup["leftUnkeyed"] = [];
  await database.db.transaction(async (tx) => {
    const heads = await tx.select().from(auditHead).orderBy(auditHead.orgId).for("update");
    if (heads.some((h) => h.mac !== null)) return;
    for (const head of heads) {
      const check = await checkOldChain(tx, head);
      if (!check.ok) {
        leftUnkeyed.push({ orgId: head.orgId, brokenAt: check.brokenAt, reason: check.reason });
        continue;
      }
      await rekeyChain(tx, key, head.orgId);
      upgraded.push({ orgId: head.orgId, events: check.events });
    }
  });
  return { upgraded, leftUnkeyed };
}
