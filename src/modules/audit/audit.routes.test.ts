// The audit trail through the real HTTP routes: listing, filters, paging, the keyed chain
// (verified after many changes, concurrent ones included, and broken on purpose), and the
// signed head downloaded from the audit page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { verifyChain } from "./audit.service.ts";
import { type AnchorFile, anchorSignatureValid, checkAnchoredHead } from "./audit-anchor.ts";
import { makeAuditKey } from "./audit-hash.ts";
import { auditEnv, TEST_AUDIT_KEY } from "./audit-test-support.ts";

const key = makeAuditKey(TEST_AUDIT_KEY);
const intact = (orgId: string, events: number) => ({
  ok: true,
  orgId,
  events,
  lastSeq: events,
  problems: [],
});

type Event = {
  seq: number;
  actorUserId: string | null;
  actorName: string | null;
  entity: string;
  entityId: string;
  action: string;
  changes: Record<string, { old: unknown; new: unknown }>;
  at: string;
  hash: string;
};

describe.each(dbKinds)("audit events (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let admin: TestUser;
  let orgId: string;
  let base: string;
  let deptId: string;
  let personId: string;

  async function events(
    query = "",
  ): Promise<{ items: Event[]; total: number; nextCursor: number | null }> {
    const res = await t.as(owner).get(`${base}/audit-events${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const seqs = async (query: string) => (await events(query)).items.map((e) => e.seq);

  beforeAll(async () => {
    t = await startTestApp(kind, auditEnv);
    owner = await t.signUp("監査 太郎");
    admin = await t.signUp("事務局 花子");
    orgId = await t.createOrg(owner, "株式会社かんさ"); // 1 organization create
    base = `/api/v1/orgs/${orgId}`;
    deptId = (await t.as(owner).post(`${base}/departments`, { name: "本社" })).json().id; // 2
    personId = (
      await t.as(owner).post(`${base}/people`, { name: "山田 花子", employmentType: "regular" })
    ).json().id; // 3
    await t.as(owner).patch(`${base}/people/${personId}`, { name: "山田 華子" }); // 4
    await t.addMember(owner, orgId, admin, "admin"); // 5 invitation create, 6 member join
    await t.as(admin).patch(`${base}/departments/${deptId}`, { name: "本店" }); // 7
    await t.as(admin).delete(`${base}/people/${personId}`); // 8
  });
  afterAll(() => t.close());

  it("lists events newest first with actor, entity, action and changes", async () => {
    const { items, total, nextCursor } = await events();
    expect(total).toBe(8);
    expect(nextCursor).toBeNull();
    expect(items.map((e) => [e.seq, e.entity, e.action, e.actorName])).toEqual([
      [8, "person", "delete", "事務局 花子"],
      [7, "department", "update", "事務局 花子"],
      [6, "member", "join", "事務局 花子"],
      [5, "invitation", "create", "監査 太郎"],
      [4, "person", "update", "監査 太郎"],
      [3, "person", "create", "監査 太郎"],
      [2, "department", "create", "監査 太郎"],
      [1, "organization", "create", "監査 太郎"],
    ]);
    const [del, rename, join, invite, update] = items;
    expect(del).toMatchObject({ entityId: personId, actorUserId: admin.id });
    expect(del?.changes.name).toEqual({ old: "山田 華子", new: null });
    expect(del?.changes.employmentType).toEqual({ old: "regular", new: null });
    expect(rename?.changes).toEqual({ name: { old: "本社", new: "本店" } });
    expect(join?.changes).toEqual({
      userId: { old: null, new: admin.id },
      role: { old: null, new: "admin" },
    });
    expect(invite?.changes).toEqual({
      email: { old: null, new: admin.email },
      role: { old: null, new: "admin" },
    });
    expect(update?.changes).toEqual({ name: { old: "山田 花子", new: "山田 華子" } });
    expect(items[7]).toMatchObject({
      entityId: orgId,
      changes: { name: { old: null, new: "株式会社かんさ" } },
    });
    for (const e of items) {
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.now() - Date.parse(e.at)).toBeLessThan(10 * 60_000);
    }
    expect(new Set(items.map((e) => e.hash)).size).toBe(8);
  });

  it("filters by entity, entity id, action and actor", async () => {
    expect(await seqs("?entity=person")).toEqual([8, 4, 3]);
    expect(await seqs(`?entity=department&entityId=${deptId}`)).toEqual([7, 2]);
    expect(await seqs("?action=update")).toEqual([7, 4]);
    expect(await seqs("?entity=person&action=create")).toEqual([3]);
    expect(await seqs(`?actor=${admin.id}`)).toEqual([8, 7, 6]);
    expect((await events("?entity=person")).total).toBe(3);
    expect(await seqs("?entity=nothing")).toEqual([]);
  });

  it("filters by date, from and to being whole days in Japan time", async () => {
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    const shift = (days: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    expect(await seqs(`?from=${shift(-1)}&to=${shift(1)}`)).toHaveLength(8);
    expect(await seqs(`?to=${shift(-2)}`)).toEqual([]);
    expect(await seqs(`?from=${shift(2)}`)).toEqual([]);

    // Exact boundaries: events of a separate organization moved to chosen instants.
    const other = await t.createOrg(owner, "株式会社ひづけ"); // seq 1
    const url = `/api/v1/orgs/${other}`;
    for (const name of ["一", "二", "三"]) await t.as(owner).post(`${url}/departments`, { name });
    const instants: Record<number, string> = {
      1: "2025-03-30T00:00:00.000Z", // 2025-03-30 09:00 JST
      2: "2025-03-31T14:59:59.999Z", // 2025-03-31 23:59:59.999 JST
      3: "2025-03-31T15:00:00.000Z", // 2025-04-01 00:00 JST
      4: "2025-04-01T14:59:59.999Z", // 2025-04-01 23:59:59.999 JST
    };
    for (const [seq, at] of Object.entries(instants)) {
      await t.database.query("update audit_event set at = $1 where org_id = $2 and seq = $3", [
        at,
        other,
        Number(seq),
      ]);
    }
    const list = async (q: string) =>
      ((await t.as(owner).get(`${url}/audit-events${q}`)).json().items as Event[]).map(
        (e) => e.seq,
      );
    expect(await list("?from=2025-04-01")).toEqual([4, 3]);
    expect(await list("?to=2025-03-31")).toEqual([2, 1]);
    expect(await list("?from=2025-03-31&to=2025-03-31")).toEqual([2]);
    expect(await list("?from=2025-04-01&to=2025-04-01")).toEqual([4, 3]);
    expect(await list("?from=2025-04-02")).toEqual([]);
    const bad = await t.as(owner).get(`${url}/audit-events?from=2025-13-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("from");
  });

  it("pages by page number and by cursor", async () => {
    const p2 = await events("?limit=3&page=2");
    expect(p2.items.map((e) => e.seq)).toEqual([5, 4, 3]);
    expect(p2.total).toBe(8);
    expect(await seqs("?limit=3&page=3")).toEqual([2, 1]);
    expect(await seqs("?limit=3&page=4")).toEqual([]);

    const first = await events("?limit=3");
    expect(first.items.map((e) => e.seq)).toEqual([8, 7, 6]);
    expect(first.nextCursor).toBe(5);
    const second = await events(`?limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((e) => e.seq)).toEqual([5, 4, 3]);
    expect(second.nextCursor).toBe(2);
    const last = await events(`?limit=3&cursor=${second.nextCursor}`);
    expect(last.items.map((e) => e.seq)).toEqual([2, 1]);
    expect(last.nextCursor).toBeNull();

    const bad = await t.as(owner).get(`${base}/audit-events?limit=500`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("limit");
  });

  it("shows one organization's events only", async () => {
    const stranger = await t.signUp("他社 三郎");
    const otherOrg = await t.createOrg(stranger, "他社株式会社");
    const res = await t.as(stranger).get(`/api/v1/orgs/${otherOrg}/audit-events`);
    expect(res.json().total).toBe(1);
    expect(res.body).not.toContain(personId);
    expect(res.body).not.toContain("監査 太郎");
    const mine = await t.as(stranger).get(`${base}/audit-events`);
    expect(mine.statusCode).toBe(404);
  });

  it("keeps the chain whole after many changes, concurrent ones included", async () => {
    expect(await verifyChain(t.database.db, orgId)).toEqual(intact(orgId, 8));

    const creations = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.as(i % 2 ? owner : admin).post(`${base}/people`, {
          name: `並行 ${i + 1}`,
          email: `parallel${i + 1}@example.jp`,
          employmentType: "regular",
        }),
      ),
    );
    expect(creations.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    // Mixed concurrent writes of several kinds, including refused ones (no event for those).
    const mixed = await Promise.all([
      t.as(owner).patch(`${base}/departments/${deptId}`, { name: "本社2" }),
      t.as(admin).post(`${base}/departments`, { name: "支店A" }),
      t.as(owner).post(`${base}/departments`, { name: "支店B" }),
      t.as(admin).put(`${base}/profile`, { name: "株式会社かんさ", industry: "service" }),
      t.as(owner).post(`${base}/people`, {
        name: "重複",
        email: "parallel1@example.jp",
        employmentType: "regular",
      }),
      t.as(admin).delete(`${base}/departments/no-such-id`),
    ]);
    expect(mixed.map((r) => r.statusCode)).toEqual([200, 201, 201, 200, 409, 404]);

    const expected = 8 + 20 + 4;
    const all = await events("?limit=200");
    expect(all.total).toBe(expected);
    expect(all.items.map((e) => e.seq)).toEqual(
      Array.from({ length: expected }, (_, i) => expected - i),
    );
    expect(all.items.filter((e) => e.entity === "person" && e.action === "create")).toHaveLength(
      21,
    );
    expect(await verifyChain(t.database.db, orgId)).toEqual(intact(orgId, expected));
  });

  it("keeps each organization's chain separate when they are written at the same time", async () => {
    const a = await t.createOrg(owner, "並行A");
    const b = await t.createOrg(owner, "並行B");
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => [
        t.as(owner).post(`/api/v1/orgs/${a}/departments`, { name: `A${i}` }),
        t.as(owner).post(`/api/v1/orgs/${b}/departments`, { name: `B${i}` }),
      ]).flat(),
    );
    expect(await verifyChain(t.database.db, a)).toEqual(intact(a, 11));
    expect(await verifyChain(t.database.db, b)).toEqual(intact(b, 11));
  });

  it("detects an edited, a removed and a truncated event", async () => {
    const org = await t.createOrg(owner, "株式会社かいざん");
    for (const name of ["一", "二", "三", "四"]) {
      await t.as(owner).post(`/api/v1/orgs/${org}/departments`, { name });
    }
    expect(await verifyChain(t.database.db, org)).toMatchObject({ ok: true, events: 5 });

    await t.database.query(
      `update audit_event set changes = '{"name":{"old":null,"new":"改ざん"}}'::jsonb
        where org_id = $1 and seq = 3`,
      [org],
    );
    const changed = await verifyChain(t.database.db, org);
    expect(changed).toMatchObject({ ok: false, orgId: org, events: 5 });
    expect(changed.problems).toEqual([
      { kind: "content_changed", code: "AUDIT_CONTENT_CHANGED", orgId: org, from: 3, to: 3 },
    ]);

    await t.database.query("delete from audit_event where org_id = $1 and seq = 5", [org]);
    await t.database.query("delete from audit_event where org_id = $1 and seq = 3", [org]);
    expect(
      (await verifyChain(t.database.db, org)).problems.map((p) => [p.kind, p.from, p.params]),
    ).toEqual([
      ["event_removed", 3, undefined],
      ["tail_removed", undefined, { head: 5, last: 4 }],
    ]);

    const fresh = await t.createOrg(owner, "株式会社きりすて");
    await t.as(owner).post(`/api/v1/orgs/${fresh}/departments`, { name: "一" });
    await t.database.query("delete from audit_event where org_id = $1 and seq = 2", [fresh]);
    expect(await verifyChain(t.database.db, fresh)).toMatchObject({
      ok: false,
      events: 1,
      problems: [{ kind: "tail_removed", params: { head: 2, last: 1 } }],
    });
  });
  describe("signed head download (GET /orgs/:orgId/audit/anchor)", () => {
    const anchorUrl = () => `${base}/audit/anchor`;
    const total = async () => (await events("?limit=1")).total;

    it("gives the owner and an admin the signed head, recorded as a download it covers itself", async () => {
      for (const user of [owner, admin]) {
        const before = await total();
        const res = await t.as(user).get(anchorUrl());
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers["content-type"]).toMatch(/^application\/json/);
        expect(res.headers["cache-control"]).toBe("no-store");
        expect(res.headers["content-disposition"]).toMatch(
          /^attachment; filename="mamori-audit-anchor-[\w-]+-\d{8}-\d{4}\.json"$/,
        );
        expect(res.body).not.toContain(TEST_AUDIT_KEY);
        const file = res.json() as AnchorFile;
        expect(anchorSignatureValid(key, file)).toBe(true);
        expect(file).toMatchObject({ format: "mamori-audit-anchor", version: 1, keyId: key.id });
        expect(file.heads).toHaveLength(1);
        const [head] = file.heads;
        // the download is the last event, and the head signed is the one after it
        const after = await events("?limit=1");
        expect(after.total).toBe(before + 1);
        expect(after.items[0]).toMatchObject({
          seq: head?.seq,
          hash: head?.hash,
          at: head?.at,
          entity: "export",
          entityId: "audit_anchor.json",
          action: "export",
          actorName: user.name,
        });
        expect(await checkAnchoredHead(t.database.db, head as AnchorFile["heads"][0])).toEqual([]);
      }
      expect(await verifyChain(t.database.db, orgId)).toMatchObject({ ok: true });
    });

    it("is 404 for another organization's user, 403 for a role without audit.read, 401 anonymously", async () => {
      const stranger = await t.signUp("他社 四郎");
      await t.createOrg(stranger, "他社四郎商店");
      const staff = await t.signUp("一般 五郎");
      await t.addMember(owner, orgId, staff, "member");
      const before = await total();
      const foreign = await t.as(stranger).get(anchorUrl());
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json().error.code).toBe("NOT_FOUND");
      expect(foreign.body).not.toContain("signature");
      const refused = await t.as(staff).get(anchorUrl());
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe("FORBIDDEN");
      expect((await t.as(null).get(anchorUrl())).statusCode).toBe(401);
      expect(await total()).toBe(before);
    });

    it("refuses to sign a head that is not authentic (409), recording nothing", async () => {
      const org = await t.createOrg(owner, "株式会社にせさき");
      await t.as(owner).post(`/api/v1/orgs/${org}/departments`, { name: "一" });
      await t.database.query("update audit_head set mac = $2 where org_id = $1", [
        org,
        "f".repeat(64),
      ]);
      const res = await t.as(owner, "en").get(`/api/v1/orgs/${org}/audit/anchor`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("AUDIT_CHAIN_BROKEN");
      expect(res.json().error.message).toMatch(/mamori audit verify/);
      const [n] = await t.database.query<{ n: number }>(
        "select count(*)::int as n from audit_event where org_id = $1",
        [org],
      );
      expect(n?.n).toBe(2);
    });
  });
});
