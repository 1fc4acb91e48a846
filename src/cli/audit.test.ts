import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Seeded, seedThroughApp } from "../db/test-fixtures.ts";
import { appendAudit } from "../modules/audit/audit.service.ts";
import { dbKinds, startTestApp, type TestApp } from "../test/harness.ts";
import { verifyAuditChains } from "./audit.ts";
import { CliError } from "./errors.ts";

describe.each(dbKinds)("mamori audit verify (%s)", (kind) => {
  let t: TestApp;
  let s: Seeded;
  let events: number;

  const verify = async (orgId?: string) => {
    const lines: string[] = [];
    const result = await verifyAuditChains(t.database, orgId ? { orgId } : {}, (l) =>
      lines.push(l),
    );
    return { ...result, lines };
  };
  const sqlQuery = (text: string, params: unknown[]) => t.database.query(text, params);

  beforeAll(async () => {
    t = await startTestApp(kind);
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

  it("finds an event whose changes were edited with raw SQL", async () => {
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
      expect(r.lines).toContain(`BROKEN ${s.orgId} at event #3: content was changed`);
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

  it("finds a deleted event in the middle and a deleted last event", async () => {
    const [middle] = await t.database.query<Record<string, unknown>>(
      "select * from audit_event where org_id = $1 and seq = 2",
      [s.orgId],
    );
    await sqlQuery("delete from audit_event where org_id = $1 and seq = 2", [s.orgId]);
    expect((await verify(s.orgId)).lines[0]).toBe(`BROKEN ${s.orgId} at event #2: missing event`);
    await sqlQuery(
      "insert into audit_event select * from json_populate_record(null::audit_event, $1)",
      [JSON.stringify(middle)],
    );
    expect((await verify(s.orgId)).ok).toBe(true);

    await sqlQuery("delete from audit_event where org_id = $1 and seq = $2", [s.orgId, events]);
    const r = await verify(s.orgId);
    expect(r.ok).toBe(false);
    expect(r.lines[0]).toBe(`BROKEN ${s.orgId} at event #${events}: last events were removed`);
  });

  it("keeps working for chains appended after a check", async () => {
    // appendAudit is what every mutation uses; a fresh append on the other org stays verifiable
    await t.database.db.transaction((tx) =>
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
