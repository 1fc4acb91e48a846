import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../db/client.ts";
import { type Seeded, seedThroughApp } from "../db/test-fixtures.ts";
import { writeInOrg } from "../db/write-path.ts";
import { appendAudit } from "../modules/audit/audit.service.ts";
import { type AnchorFile, currentHeads, signAnchor } from "../modules/audit/audit-anchor.ts";
import { makeAuditKey } from "../modules/audit/audit-hash.ts";
import { auditEnv, OTHER_AUDIT_KEY, TEST_AUDIT_KEY } from "../modules/audit/audit-test-support.ts";
import { dbKinds, startTestApp, type TestApp } from "../test/harness.ts";
import { restoredKeyNotice, verifyAuditChains } from "./audit.ts";
import { CliError } from "./errors.ts";
import { runCliProcess } from "./test-process.ts";

const key = makeAuditKey(TEST_AUDIT_KEY);
const CONTENT = "記録の内容（対象・操作・変更内容・日時）が書き換えられています";

describe.each(dbKinds)("mamori audit verify (%s)", (kind) => {
  let t: TestApp;
  let s: Seeded;
  let events: number;

  const verify = async (orgId?: string, anchor?: AnchorFile) => {
    const lines: string[] = [];
    const result = await verifyAuditChains(
      t.database,
      {
        ...(orgId ? { orgId } : {}),
        ...(anchor ? { anchor: { file: anchor, path: "a.json" } } : {}),
      },
      (l) => lines.push(l),
    );
    return { ...result, lines };
  };
  const sqlQuery = (text: string, params: unknown[]) => t.database.query(text, params);

  beforeAll(async () => {
    t = await startTestApp(kind, auditEnv);
    s = await seedThroughApp(t);
    const [row] = await t.database.query<{ n: number }>(
      "select count(*)::int as n from audit_event where org_id = $1",
      [s.orgId],
    );
    events = row?.n ?? 0;
  });
  afterAll(() => t.close());

  it("reports OK for every untouched chain", async () => {
    expect(events).toBeGreaterThan(5);
    const r = await verify();
    expect(r.ok).toBe(true);
    expect(r.lines).toContain(`OK ${s.orgId} ${events} events`);
    expect(r.lines.some((l) => l.startsWith(`OK ${s.otherOrgId} `))).toBe(true);
    expect(r.lines.at(-1)).toMatch(/All audit chains are intact \(2 organizations\)/);
  });

  it("checks only the organization given with --org, and refuses an unknown one", async () => {
    const r = await verify(s.otherOrgId);
    expect(r.checks.map((c) => c.orgId)).toEqual([s.otherOrgId]);
    await expect(verify("no-such-org")).rejects.toBeInstanceOf(CliError);
  });

  it("names an event whose changes were edited with raw SQL, in Japanese and English", async () => {
    const [original] = await t.database.query<{ changes: unknown }>(
      "select changes from audit_event where org_id = $1 and seq = 3",
      [s.orgId],
    );
    await sqlQuery(
      `update audit_event set changes = changes || '{"note": {"old": null, "new": "改ざん"}}' where org_id = $1 and seq = 3`,
      [s.orgId],
    );
    try {
      const r = await verify();
      expect(r.ok).toBe(false);
      expect(r.lines).toContain(
        `BROKEN ${s.orgId} at event #3: ${CONTENT} / the content of the event (subject, action, changes, time) was changed`,
      );
      expect(r.lines.some((l) => l.startsWith(`OK ${s.otherOrgId} `))).toBe(true);
      expect(r.lines.at(-1)).toMatch(/Tampering or missing events found \(1 organizations\)/);
    } finally {
      await sqlQuery("update audit_event set changes = $2 where org_id = $1 and seq = 3", [
        s.orgId,
        JSON.stringify(original?.changes),
      ]);
    }
    expect((await verify()).ok).toBe(true);
  });

  it("names an actor whose name was edited", async () => {
    await sqlQuery("update audit_event set actor_name = '別人' where org_id = $1 and seq = 2", [
      s.otherOrgId,
    ]);
    try {
      expect((await verify(s.otherOrgId)).lines).toEqual([
        `BROKEN ${s.otherOrgId} at event #2: 記録の操作者が書き換えられています / the actor of the event was changed`,
        "監査ログの改ざんまたは欠落を検出しました（1 組織） / Tampering or missing events found (1 organizations)",
      ]);
    } finally {
      await sqlQuery("update audit_event set actor_name = $2 where org_id = $1 and seq = 2", [
        s.otherOrgId,
        s.member.name,
      ]);
    }
  });

  it("checks against an anchor, and reports an edited one", async () => {
    const anchor = signAnchor(key, await currentHeads(t.database.db));
    const good = await verify(undefined, anchor);
    expect(good.ok).toBe(true);
    expect(good.lines.at(-1)).toMatch(/checked against the anchor/);

    const edited = structuredClone(anchor);
    for (const h of edited.heads) h.seq -= 1;
    const bad = await verify(undefined, edited);
    expect(bad.ok).toBe(false);
    expect(bad.lines[0]).toBe(
      "BROKEN anchor a.json: アンカーファイルの署名が一致しません（ファイルが編集されたか、別の鍵で署名されています） / the anchor file's signature does not match (the file was edited, or signed with another key)",
    );
  });

  it("accepts a one-organization anchor, and says when it lacks the organization asked for", async () => {
    const mine = signAnchor(key, await currentHeads(t.database.db, [s.orgId]));
    expect((await verify(s.orgId, mine)).ok).toBe(true);
    expect((await verify(undefined, mine)).ok).toBe(true);
    const other = await verify(s.otherOrgId, mine);
    expect(other.lines[0]).toBe(
      `BROKEN ${s.otherOrgId} against the anchor: アンカーにこの組織の先頭がありません / the anchor has no head for this organization`,
    );
  });

  it("names a deleted event in the middle and deleted last events", async () => {
    const [middle] = await t.database.query<Record<string, unknown>>(
      "select * from audit_event where org_id = $1 and seq = 2",
      [s.orgId],
    );
    await sqlQuery("delete from audit_event where org_id = $1 and seq = 2", [s.orgId]);
    expect((await verify(s.orgId)).lines[0]).toBe(
      `BROKEN ${s.orgId} at event #2: 途中の記録が削除されています / events were removed from the middle of the chain`,
    );
    await sqlQuery(
      "insert into audit_event select * from json_populate_record(null::audit_event, $1)",
      [JSON.stringify(middle)],
    );
    expect((await verify(s.orgId)).ok).toBe(true);

    await sqlQuery("delete from audit_event where org_id = $1 and seq = $2", [s.orgId, events]);
    const r = await verify(s.orgId);
    expect(r.ok).toBe(false);
    expect(r.lines[0]).toBe(
      `BROKEN ${s.orgId} at the head: 末尾の記録が削除されています（先頭は #${events}、記録は #${events - 1} まで） / the last events were removed (the head says #${events}, the events end at #${events - 1})`,
    );
  });

  it("tells a restore onto a machine without the key, or with another one, where the key goes", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "mamori-nokey-"));
    try {
      const missing = await restoredKeyNotice(t.database, { dataDir });
      expect(missing).toContain(key.id);
      expect(missing).toMatch(/before starting, put the key kept apart from the backup/);
      expect(await restoredKeyNotice(t.database, { dataDir, auditKey: OTHER_AUDIT_KEY })).toMatch(
        /audit\.key or in AUDIT_KEY/,
      );
      expect(await restoredKeyNotice(t.database, { dataDir, auditKey: TEST_AUDIT_KEY })).toBeNull();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("keeps working for chains appended after a check", async () => {
    // appendAudit is what every mutation uses; a fresh append on the other org stays verifiable
    await writeInOrg(t.database.db, { orgId: s.otherOrgId }, (tx) =>
      appendAudit(
        tx,
        { orgId: s.otherOrgId, userId: s.member.id, userName: "佐藤 次郎", role: "owner" },
        {
          entity: "test",
          entityId: "x",
          action: "create",
          changes: { a: { old: null, new: 1 } },
        },
      ),
    );
    expect((await verify(s.otherOrgId)).ok).toBe(true);
  });
});

// The commands as users run them: real processes, files and exit codes.
describe.each(dbKinds)("mamori audit anchor and verify --anchor (%s)", (kind) => {
  let root: string;
  let s: Seeded;
  let env: Record<string, string>;
  let downloaded: string;
  let lastSeq: number;
  let oldHead: { seq: number; hash: string; mac: string };
  /** The database the commands run on (opened only while no command runs, for PGlite). */
  let open: () => Promise<Database>;
  let done: () => Promise<void>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "mamori-anchor-"));
    const t = await startTestApp(kind, auditEnv);
    s = await seedThroughApp(t);
    [oldHead] = (await t.database.query(
      "select seq::int as seq, hash, mac from audit_head where org_id = $1",
      [s.orgId],
    )) as [typeof oldHead];
    const res = await t.as(s.owner).get(`/api/v1/orgs/${s.orgId}/audit/anchor`);
    expect(res.statusCode, res.body).toBe(200);
    downloaded = join(root, "one-org.json");
    writeFileSync(downloaded, res.body);
    lastSeq = (res.json() as AnchorFile).heads[0]?.seq ?? 0;
    if (kind === "pglite") {
      await t.app.close();
      await t.database.close();
      const dir = join(root, "data");
      cpSync(t.database.location, dir, { recursive: true });
      rmSync(t.database.location, { recursive: true, force: true });
      env = { DATA_DIR: dir };
      open = () => openDatabase({ dataDir: dir });
      done = async () => {};
    } else {
      const url = t.database.location.replace("***", "");
      // DATA_DIR too: where the key file would be looked for (never the repository's ./data).
      env = { DATABASE_URL: url, DATA_DIR: join(root, "pg-data") };
      open = async () => ({ ...t.database, close: async () => {} });
      done = () => t.close();
    }
  });
  afterAll(async () => {
    await done();
    rmSync(root, { recursive: true, force: true });
  });

  const run = (args: string[], withKey = true) =>
    runCliProcess(["audit", ...args], withKey ? { ...env, ...auditEnv } : env);

  it("writes a signed anchor (mode 0600), checks against it, and refuses an edited one", async () => {
    const anchor = join(root, "anchor.json");
    const written = await run(["anchor", anchor]);
    expect(written.code, written.stdout + written.stderr).toBe(0);
    expect(written.stdout).toContain(`ANCHOR ${s.orgId} #${lastSeq} `);
    expect(written.stdout).toMatch(/Anchor written \(2 organizations\)/);
    expect(statSync(anchor).mode & 0o777).toBe(0o600);
    const file = JSON.parse(readFileSync(anchor, "utf8")) as AnchorFile;
    expect(file.heads.map((h) => h.orgId).sort()).toEqual([s.orgId, s.otherOrgId].sort());
    expect(readFileSync(anchor, "utf8")).not.toContain(TEST_AUDIT_KEY);

    const again = await run(["anchor", anchor]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);

    const ok = await run(["verify", "--anchor", anchor]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/All audit chains are intact \(2 organizations, checked against/);
    const one = await run(["verify", "--anchor", downloaded, "--org", s.orgId]);
    expect(one.code, one.stdout + one.stderr).toBe(0);

    const edited = join(root, "edited.json");
    const head = file.heads.find((h) => h.orgId === s.orgId);
    if (head) head.seq -= 1;
    writeFileSync(edited, JSON.stringify(file));
    const bad = await run(["verify", "--anchor", edited]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`BROKEN anchor ${edited}: アンカーファイルの署名が一致しません`);
    expect(bad.stdout).toContain("the anchor file's signature does not match");

    const notAnchor = await run(["verify", "--anchor", join(root, "nothing.json")]);
    expect(notAnchor.code).toBe(1);
    expect(notAnchor.stderr).toMatch(/does not exist/);
  }, 120_000);

  it("catches the last events removed with an older genuine head put back, with the anchor only", async () => {
    const database = await open();
    try {
      // Put back the head row as it was before the download (as someone keeping copies could).
      await database.query("delete from audit_event where org_id = $1 and seq = $2", [
        s.orgId,
        lastSeq,
      ]);
      await database.query(
        "update audit_head set seq = $2, hash = $3, mac = $4 where org_id = $1",
        [s.orgId, oldHead.seq, oldHead.hash, oldHead.mac],
      );
    } finally {
      await database.close();
    }
    const plain = await run(["verify"]);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    const anchored = await run(["verify", "--anchor", downloaded]);
    expect(anchored.code).toBe(1);
    expect(anchored.stdout).toContain(
      `BROKEN ${s.orgId} against the anchor: チェーンがアンカーより短くなっています（アンカーは #${lastSeq}、記録は #${lastSeq - 1} まで） / the chain is shorter than the anchor (anchor #${lastSeq}, the events end at #${lastSeq - 1})`,
    );
  }, 120_000);

  it("refuses to verify a keyed trail without its key, making no new key", async () => {
    const r = await run(["verify"], false);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no key was found/);
    expect(r.stderr).not.toContain(TEST_AUDIT_KEY);
    expect(existsSync(join(env.DATA_DIR ?? "", "audit.key"))).toBe(false);
  }, 60_000);

  it("answers wrong usage with exit code 2", async () => {
    for (const args of [["anchor"], ["anchor", "a", "b"], ["verify", "--anchor"], ["seal"]]) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(2);
    }
  }, 60_000);
});
