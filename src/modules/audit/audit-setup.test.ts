// Getting the audit trail ready at start: the key (AUDIT_KEY, else DATA_DIR/audit.key made on
// first use, mode 0600), old unkeyed chains verified and re-made with the key (a broken one
// left as it is and reported), and a keyed trail never re-keyed with a new key: not after a
// restore onto a machine without the key, and not when a keyed chain is turned back into the
// old form.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase } from "../../db/backup.ts";
import type { Database } from "../../db/client.ts";
import { restoreDatabase } from "../../db/restore.ts";
import { emptyTarget } from "../../db/test-fixtures.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../server/config.ts";
import { dbKinds, openTestDatabase } from "../../test/harness.ts";
import { appendAudit } from "./audit.service.ts";
import { makeAuditKey } from "./audit-hash.ts";
import { AUDIT_KEY_FILE, AuditKeyError, auditKeyPath } from "./audit-key.ts";
import { prepareAuditTrail } from "./audit-setup.ts";
import {
  OTHER_AUDIT_KEY,
  oldSha256,
  type RawEvent,
  rawEvents,
  rawHead,
  TEST_AUDIT_KEY,
} from "./audit-test-support.ts";
import { verifyChain } from "./audit-verify.ts";

const GENESIS = "0".repeat(64);
const key = makeAuditKey(TEST_AUDIT_KEY);
const ctx = (orgId: string) => ({
  orgId,
  userId: "u-1",
  userName: "監査 太郎",
  role: "owner" as const,
});

async function organization(database: Database, orgId: string) {
  await database.query("insert into organization (id, name, slug) values ($1, $2, $1)", [
    orgId,
    `組織 ${orgId}`,
  ]);
}

/** An old chain as the previous version wrote it: plain SHA-256, no MACs, head without MAC. */
async function oldChain(database: Database, orgId: string, n: number) {
  await organization(database, orgId);
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const e: RawEvent = {
      org_id: orgId,
      seq,
      actor_user_id: "u-old",
      actor_name: "旧 太郎",
      entity: "department",
      entity_id: `d${seq}`,
      action: "create",
      changes: { name: { old: null, new: `部${seq}` } },
      at: new Date(Date.UTC(2024, 3, seq, 1, 2, 3, 4)),
      prev_hash: prev,
      hash: "",
      content_mac: null,
      actor_mac: null,
    };
    e.hash = oldSha256(prev, e);
    await database.query(
      `insert into audit_event (org_id, seq, actor_user_id, actor_name, entity, entity_id, action,
         changes, at, prev_hash, hash) values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)`,
      [
        orgId,
        seq,
        e.actor_user_id,
        e.actor_name,
        e.entity,
        e.entity_id,
        e.action,
        JSON.stringify(e.changes),
        e.at.toISOString(),
        e.prev_hash,
        e.hash,
      ],
    );
    prev = e.hash;
  }
  await database.query("insert into audit_head (org_id, seq, hash) values ($1, $2, $3)", [
    orgId,
    n,
    prev,
  ]);
}

const shown = (events: RawEvent[]) =>
  events.map(({ prev_hash: _p, hash: _h, content_mac: _c, actor_mac: _a, ...e }) => e);

describe.each(dbKinds)("audit trail setup (%s)", (kind) => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "mamori-audit-key-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  describe("upgrade of old unkeyed chains", () => {
    let database: Database;
    let cleanup: () => Promise<void>;
    let before: { intact: RawEvent[]; broken: RawEvent[] };
    const log: string[] = [];

    beforeAll(async () => {
      ({ database, cleanup } = await openTestDatabase(kind));
      await oldChain(database, "org-intact", 6);
      await oldChain(database, "org-broken", 4);
      await database.query(
        `update audit_event set changes = '{"name":{"old":null,"new":"改ざん"}}'::jsonb
          where org_id = 'org-broken' and seq = 2`,
      );
      before = {
        intact: await rawEvents(database, "org-intact"),
        broken: await rawEvents(database, "org-broken"),
      };
      // Server start: buildApp gets the trail ready.
      const config = loadConfig({ AUDIT_KEY: TEST_AUDIT_KEY, LOG_LEVEL: "info" });
      const app = await buildApp(database, config, { logStream: { write: (l) => log.push(l) } });
      await app.close();
    });
    afterAll(() => cleanup());

    it("re-makes an intact old chain with the key, changing nothing shown and recording nothing", async () => {
      const after = await rawEvents(database, "org-intact");
      expect(shown(after)).toEqual(shown(before.intact));
      expect(after.every((e) => e.content_mac && e.actor_mac)).toBe(true);
      expect(after.map((e) => e.hash)).not.toEqual(before.intact.map((e) => e.hash));
      expect(await rawHead(database, "org-intact")).toMatchObject({ seq: 6, key_id: key.id });
      expect(await verifyChain(database.db, "org-intact", key)).toMatchObject({
        ok: true,
        events: 6,
      });
      const [n] = await database.query<{ n: number }>("select count(*)::int as n from audit_event");
      expect(n?.n).toBe(10);
    });

    it("leaves a broken old chain exactly as it is and reports it", async () => {
      expect(await rawEvents(database, "org-broken")).toEqual(before.broken);
      expect(await rawHead(database, "org-broken")).toMatchObject({ mac: null, key_id: null });
      const check = await verifyChain(database.db, "org-broken", key);
      expect(check.problems).toEqual([
        {
          kind: "unkeyed",
          code: "AUDIT_UNKEYED_BROKEN",
          orgId: "org-broken",
          from: 1,
          to: 4,
          params: { at: 2 },
        },
      ]);
      const text = log.join("");
      expect(text).toMatch(/"orgId":"org-intact".*old unkeyed chain verified and re-made/);
      expect(text).toMatch(/"orgId":"org-broken".*old unkeyed chain is broken; left as it is/);
      expect(text).not.toContain(TEST_AUDIT_KEY);
    });

    it("keeps reporting the broken old events after new events are appended", async () => {
      await writeInOrg(database.db, { orgId: "org-broken" }, (tx) =>
        appendAudit(tx, ctx("org-broken"), {
          entity: "department",
          entityId: "d5",
          action: "create",
          changes: { name: { old: null, new: "五" } },
        }),
      );
      const check = await verifyChain(database.db, "org-broken", key);
      expect(check.problems.map((p) => [p.kind, p.from, p.to])).toEqual([["unkeyed", 1, 4]]);
      expect(await rawHead(database, "org-broken")).toMatchObject({ seq: 5, key_id: key.id });
    });

    it("does not re-key a keyed chain turned back into the old form", async () => {
      // Someone with database access rewrites event 3 and the chain the old way.
      await database.query(
        `update audit_event set changes = '{"name":{"old":null,"new":"改ざん"}}'::jsonb
          where org_id = 'org-intact' and seq = 3`,
      );
      let prev = GENESIS;
      for (const e of await rawEvents(database, "org-intact")) {
        const hash = oldSha256(prev, e);
        await database.query(
          `update audit_event set prev_hash = $2, hash = $3, content_mac = null, actor_mac = null
            where org_id = 'org-intact' and seq = $1`,
          [e.seq, prev, hash],
        );
        prev = hash;
      }
      await database.query(
        "update audit_head set hash = $1, mac = null, key_id = null where org_id = 'org-intact'",
        [prev],
      );
      const setup = await prepareAuditTrail(
        database,
        { auditKey: TEST_AUDIT_KEY, dataDir: "" },
        { strict: true },
      );
      expect(setup.upgraded).toEqual([]);
      const check = await verifyChain(database.db, "org-intact", key);
      expect(check.problems.map((p) => [p.kind, p.code, p.from, p.to])).toEqual([
        ["unkeyed", "AUDIT_UNKEYED", 1, 6],
      ]);
    });
  });

  describe("the key", () => {
    it("is created in the data folder on first use (mode 0600) and then reused", async () => {
      const { database, cleanup } = await openTestDatabase(kind);
      try {
        const dataDir = tempDir();
        const path = auditKeyPath({ dataDir }, database);
        expect(path).toBe(join(kind === "pglite" ? database.location : dataDir, AUDIT_KEY_FILE));
        expect(existsSync(path)).toBe(false);
        const first = await prepareAuditTrail(database, { dataDir }, { strict: true });
        expect(first).toMatchObject({ created: true, source: path });
        expect(statSync(path).mode & 0o777).toBe(0o600);
        const again = await prepareAuditTrail(database, { dataDir }, { strict: true });
        expect(again).toMatchObject({ created: false, source: path });
        expect(again.key.id).toBe(first.key.id);
        // AUDIT_KEY comes first
        const env = await prepareAuditTrail(
          database,
          { dataDir, auditKey: TEST_AUDIT_KEY },
          { strict: true },
        );
        expect(env).toMatchObject({ source: "AUDIT_KEY", created: false });
        expect(env.key.id).toBe(key.id);
      } finally {
        await cleanup();
      }
    });

    it("refuses an AUDIT_KEY that is too short", async () => {
      const { database, cleanup } = await openTestDatabase(kind);
      try {
        await expect(
          prepareAuditTrail(database, { dataDir: tempDir(), auditKey: "short" }, { strict: true }),
        ).rejects.toBeInstanceOf(AuditKeyError);
      } finally {
        await cleanup();
      }
    });

    it("after a restore without the key, or with another one, refuses to start and re-keys nothing", async () => {
      const source = await openTestDatabase(kind);
      const target = await emptyTarget(kind);
      try {
        await prepareAuditTrail(
          source.database,
          { dataDir: tempDir(), auditKey: TEST_AUDIT_KEY },
          { strict: true },
        );
        await organization(source.database, "org-keyed");
        for (const name of ["一", "二", "三"]) {
          await writeInOrg(source.database.db, { orgId: "org-keyed" }, (tx) =>
            appendAudit(tx, ctx("org-keyed"), {
              entity: "department",
              entityId: name,
              action: "create",
              changes: { name: { old: null, new: name } },
            }),
          );
        }
        const file = join(tempDir(), "backup.jsonl.gz");
        await backupDatabase(source.database, file);
        await restoreDatabase(target.database, file);
        const restored = await rawEvents(target.database, "org-keyed");
        const dataDir = tempDir();
        const silent = { LOG_LEVEL: "silent", DATA_DIR: dataDir };

        // No key on this machine: refused, and no new key file made.
        await expect(
          buildApp(target.database, loadConfig(silent), { logger: false }),
        ).rejects.toThrow(/no key was found/);
        expect(existsSync(auditKeyPath({ dataDir }, target.database))).toBe(false);
        // Another key: refused at start; verification says "another key".
        await expect(
          buildApp(target.database, loadConfig({ ...silent, AUDIT_KEY: OTHER_AUDIT_KEY }), {
            logger: false,
          }),
        ).rejects.toThrow(/written with another key/);
        const other = await prepareAuditTrail(
          target.database,
          { dataDir, auditKey: OTHER_AUDIT_KEY },
          { strict: false },
        );
        expect(other.otherKeys).toEqual([key.id]);
        const check = await verifyChain(target.database.db, "org-keyed", other.key);
        expect(check.problems.map((p) => [p.kind, p.params])).toEqual([
          ["other_key", { keyId: key.id, currentKeyId: other.key.id }],
        ]);
        expect(await rawEvents(target.database, "org-keyed")).toEqual(restored);
        // The key kept with the backup: starts, and the chain verifies.
        const app = await buildApp(
          target.database,
          loadConfig({ ...silent, AUDIT_KEY: TEST_AUDIT_KEY }),
          { logger: false },
        );
        await app.close();
        expect(await verifyChain(target.database.db, "org-keyed", key)).toMatchObject({
          ok: true,
          events: 3,
        });
      } finally {
        await source.cleanup();
        await target.cleanup();
      }
    });
  });
});
