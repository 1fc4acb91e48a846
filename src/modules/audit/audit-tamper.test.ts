// Tampering with the audit trail directly in the database, one kind at a time, and what
// verification says about each: content changed, actor changed, an event removed in the
// middle, the tail removed (head left, or head moved back: only an anchor catches that), the
// chain recomputed without the key (plain SHA-256 or another key), the anchored event
// rewritten by someone holding the key, and an edited anchor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import {
  type AnchorFile,
  anchorSignatureValid,
  checkAnchoredHead,
  currentHeads,
  signAnchor,
} from "./audit-anchor.ts";
import { makeAuditKey } from "./audit-hash.ts";
import {
  auditEnv,
  OTHER_AUDIT_KEY,
  rawEvents,
  rawHead,
  recomputeChain,
  TEST_AUDIT_KEY,
} from "./audit-test-support.ts";
import { type AuditProblem, verifyChain } from "./audit-verify.ts";

const key = makeAuditKey(TEST_AUDIT_KEY);
const brief = (ps: AuditProblem[]) =>
  ps.map((p) => ({ kind: p.kind, code: p.code, from: p.from, to: p.to, params: p.params }));

describe.each(dbKinds)("audit chain tampering (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  const sql = (text: string, params: unknown[] = []) => t.database.query(text, params);

  /** A fresh organization with 5 events: the organization and 4 departments. */
  async function chain(name: string): Promise<string> {
    const orgId = await t.createOrg(owner, name);
    for (const d of ["一", "二", "三", "四"]) {
      const res = await t.as(owner).post(`/api/v1/orgs/${orgId}/departments`, { name: d });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(await verifyChain(t.database.db, orgId, key)).toMatchObject({ ok: true, events: 5 });
    return orgId;
  }
  const problems = async (orgId: string) =>
    brief((await verifyChain(t.database.db, orgId, key)).problems);
  const anchorOf = async (orgId: string) =>
    signAnchor(key, await currentHeads(t.database.db, [orgId]));
  const againstAnchor = async (anchor: AnchorFile) => {
    const found: AuditProblem[] = [];
    for (const h of anchor.heads) found.push(...(await checkAnchoredHead(t.database.db, h)));
    return brief(found);
  };

  beforeAll(async () => {
    t = await startTestApp(kind, auditEnv);
    owner = await t.signUp("改ざん 検査");
  });
  afterAll(() => t.close());

  it("covers every shown column with the key: no plain hash, the actor inside", async () => {
    const orgId = await chain("株式会社かぎ");
    const [first] = await rawEvents(t.database, orgId);
    expect(first?.content_mac).toMatch(/^[0-9a-f]{64}$/);
    expect(first?.actor_mac).toMatch(/^[0-9a-f]{64}$/);
    expect(await rawHead(t.database, orgId)).toMatchObject({ seq: 5, key_id: key.id });
    // the key itself is nowhere in the database
    const dump = JSON.stringify(await sql("select * from audit_event, audit_head"));
    expect(dump).not.toContain(TEST_AUDIT_KEY);
  });

  it("names a change of the content (changes) of one event", async () => {
    const orgId = await chain("株式会社ないよう");
    await sql(
      `update audit_event set changes = '{"name":{"old":null,"new":"改ざん"}}'::jsonb
        where org_id = $1 and seq = 3`,
      [orgId],
    );
    expect(await problems(orgId)).toEqual([
      { kind: "content_changed", code: "AUDIT_CONTENT_CHANGED", from: 3, to: 3, params: undefined },
    ]);
  });

  it("names a change of the actor's name, which the UI shows", async () => {
    const orgId = await chain("株式会社そうさしゃ");
    await sql("update audit_event set actor_name = '別人 花子' where org_id = $1 and seq = 2", [
      orgId,
    ]);
    expect(await problems(orgId)).toEqual([
      { kind: "actor_changed", code: "AUDIT_ACTOR_CHANGED", from: 2, to: 2, params: undefined },
    ]);
  });

  it("names an event removed in the middle", async () => {
    const orgId = await chain("株式会社とちゅう");
    await sql("delete from audit_event where org_id = $1 and seq = 3", [orgId]);
    expect(await problems(orgId)).toEqual([
      { kind: "event_removed", code: "AUDIT_EVENT_REMOVED", from: 3, to: 3, params: undefined },
    ]);
  });

  it("names the tail removed when the head still says more", async () => {
    const orgId = await chain("株式会社まつび");
    await sql("delete from audit_event where org_id = $1 and seq >= 4", [orgId]);
    expect(await problems(orgId)).toEqual([
      {
        kind: "tail_removed",
        code: "AUDIT_TAIL_REMOVED",
        from: undefined,
        to: undefined,
        params: { head: 5, last: 3 },
      },
    ]);
  });

  it("names a head moved back without the key", async () => {
    const orgId = await chain("株式会社さきがしら");
    const events = await rawEvents(t.database, orgId);
    await sql("delete from audit_event where org_id = $1 and seq >= 4", [orgId]);
    await sql("update audit_head set seq = 3, hash = $2 where org_id = $1", [
      orgId,
      events[2]?.hash,
    ]);
    expect((await problems(orgId)).map((p) => p.kind)).toEqual(["head_rewritten"]);
    // and a later append does not sign the moved head anew
    await t.as(owner).post(`/api/v1/orgs/${orgId}/departments`, { name: "五" });
    expect((await problems(orgId)).map((p) => p.kind)).toEqual(["head_rewritten"]);
  });

  it("only an anchor catches the tail removed with an older genuine head put back", async () => {
    const orgId = await chain("株式会社まきもどし");
    const [old] = await sql("select * from audit_head where org_id = $1", [orgId]);
    await t.as(owner).post(`/api/v1/orgs/${orgId}/departments`, { name: "五" });
    await t.as(owner).post(`/api/v1/orgs/${orgId}/departments`, { name: "六" });
    const anchor = await anchorOf(orgId);
    expect(anchor.heads).toMatchObject([{ orgId, seq: 7 }]);
    expect(await againstAnchor(anchor)).toEqual([]);

    await sql("delete from audit_event where org_id = $1 and seq > 5", [orgId]);
    await sql("update audit_head set seq = $2, hash = $3, mac = $4 where org_id = $1", [
      orgId,
      old?.seq,
      old?.hash,
      old?.mac,
    ]);
    expect(await problems(orgId)).toEqual([]); // the chain alone looks whole
    expect(await againstAnchor(anchor)).toEqual([
      {
        kind: "anchor_shorter",
        code: "AUDIT_ANCHOR_SHORTER",
        from: undefined,
        to: undefined,
        params: { anchor: 7, last: 5 },
      },
    ]);
  });

  it("names a chain rewritten and recomputed with plain SHA-256 (the old algorithm)", async () => {
    const orgId = await chain("株式会社しゃにごろく");
    await sql(
      `update audit_event set changes = '{"name":{"old":null,"new":"改ざん"}}'::jsonb
        where org_id = $1 and seq = 3`,
      [orgId],
    );
    await recomputeChain(t.database, orgId, 3, { sha256: true });
    expect(await problems(orgId)).toEqual([
      {
        kind: "recomputed",
        code: "AUDIT_RECOMPUTED_SHA256",
        from: 3,
        to: 5,
        params: undefined,
      },
      { kind: "content_changed", code: "AUDIT_CONTENT_CHANGED", from: 3, to: 3, params: undefined },
      {
        kind: "head_rewritten",
        code: "AUDIT_HEAD_REWRITTEN",
        from: undefined,
        to: undefined,
        params: undefined,
      },
    ]);
  });

  it("names a chain rewritten and recomputed with another key", async () => {
    const orgId = await chain("株式会社べつのかぎ");
    await sql("update audit_event set actor_name = '別人' where org_id = $1 and seq = 2", [orgId]);
    await recomputeChain(t.database, orgId, 2, { key: OTHER_AUDIT_KEY });
    expect((await problems(orgId)).map((p) => [p.kind, p.code, p.from, p.to])).toEqual([
      ["recomputed", "AUDIT_RECOMPUTED_OTHER_KEY", 2, 5],
      ["head_rewritten", "AUDIT_HEAD_REWRITTEN", undefined, undefined],
    ]);
  });

  it("with the key itself a rewrite verifies, but not against an anchor taken before", async () => {
    const orgId = await chain("株式会社うちがわ");
    const anchor = await anchorOf(orgId);
    await sql(
      `update audit_event set changes = '{"name":{"old":null,"new":"改ざん"}}'::jsonb
        where org_id = $1 and seq = 2`,
      [orgId],
    );
    await recomputeChain(t.database, orgId, 2, { key: TEST_AUDIT_KEY });
    expect(await problems(orgId)).toEqual([]);
    expect(await againstAnchor(anchor)).toEqual([
      {
        kind: "anchor_rewritten",
        code: "AUDIT_ANCHOR_REWRITTEN",
        from: undefined,
        to: undefined,
        params: { anchor: 5 },
      },
    ]);
  });

  it("refuses an edited anchor (its signature no longer matches)", async () => {
    const orgId = await chain("株式会社しょめい");
    const anchor = await anchorOf(orgId);
    expect(anchorSignatureValid(key, anchor)).toBe(true);
    const edited = structuredClone(anchor);
    const head = edited.heads[0];
    if (head) head.seq = 3;
    expect(anchorSignatureValid(key, edited)).toBe(false);
    expect(anchorSignatureValid(makeAuditKey(OTHER_AUDIT_KEY), anchor)).toBe(false);
  });
});
