// The write path: no commit without the audit trail, change counters bumped per entity the
// events name, and audit events only inside it and only for its organization.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendAudit, appendAuditMany } from "../modules/audit/audit.service.ts";
import { makeAuditKey } from "../modules/audit/audit-hash.ts";
import { setAuditKey } from "../modules/audit/audit-key.ts";
import { TEST_AUDIT_KEY } from "../modules/audit/audit-test-support.ts";
import { dbKinds, openTestDatabase } from "../test/harness.ts";
import type { Database } from "./client.ts";
import { readChangeCounters, WritePathError, writeInOrg } from "./write-path.ts";

const ctx = (orgId: string) => ({
  orgId,
  userId: "u-1",
  userName: "書込 花子",
  role: "owner" as const,
});
const created = (entity: string, id: string) => ({
  entity,
  entityId: id,
  action: "create",
  changes: { name: { old: null, new: id } },
});

describe.each(dbKinds)("write path (%s)", (kind) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  const events = async (orgId: string) =>
    (
      await database.query<{ n: number }>(
        "select count(*)::int as n from audit_event where org_id = $1",
        [orgId],
      )
    )[0]?.n;
  const departments = async (orgId: string) =>
    (
      await database.query<{ n: number }>(
        "select count(*)::int as n from department where org_id = $1",
        [orgId],
      )
    )[0]?.n;

  beforeAll(async () => {
    setAuditKey(makeAuditKey(TEST_AUDIT_KEY));
    ({ database, cleanup } = await openTestDatabase(kind));
    for (const id of ["org-a", "org-b"])
      await database.query("insert into organization (id, name, slug) values ($1, $1, $1)", [id]);
  });
  afterAll(async () => cleanup());

  it("commits a write with its events and bumps the counter of each entity once", async () => {
    await writeInOrg(database.db, ctx("org-a"), async (tx) => {
      await appendAuditMany(tx, ctx("org-a"), [
        created("department", "d1"),
        created("department", "d2"),
        created("person", "p1"),
      ]);
    });
    expect(await events("org-a")).toBe(3);
    const counters = await readChangeCounters(database.db, "org-a");
    expect(Object.fromEntries(counters)).toEqual({ department: 1, person: 1 });

    await writeInOrg(database.db, ctx("org-a"), (tx) =>
      appendAudit(tx, ctx("org-a"), created("department", "d3")),
    );
    const after = await readChangeCounters(database.db, "org-a");
    expect(after.get("department")).toBe(2);
    expect(after.get("person")).toBe(1);
    expect((await readChangeCounters(database.db, "org-b")).size).toBe(0);
  });

  it("refuses to commit a write that never went through the audit trail, and rolls it back", async () => {
    const attempt = writeInOrg(database.db, ctx("org-b"), async (tx) => {
      await tx.execute(
        sql`insert into department (org_id, id, name, sort_order) values ('org-b', 'silent', '黙', 0)`,
      );
    });
    await expect(attempt).rejects.toMatchObject({ code: "UNAUDITED_WRITE" });
    await expect(attempt).rejects.toBeInstanceOf(WritePathError);
    expect(await departments("org-b")).toBe(0);
    expect((await readChangeCounters(database.db, "org-b")).size).toBe(0);
  });

  it("records nothing for an update without changes, yet accepts it as audited", async () => {
    const before = await readChangeCounters(database.db, "org-a");
    const n = await events("org-a");
    await writeInOrg(database.db, ctx("org-a"), (tx) =>
      appendAudit(tx, ctx("org-a"), {
        entity: "department",
        entityId: "d1",
        action: "update",
        changes: {},
      }),
    );
    expect(await events("org-a")).toBe(n);
    expect(await readChangeCounters(database.db, "org-a")).toEqual(before);
  });

  it("refuses an audit event outside the write path", async () => {
    const attempt = database.db.transaction((tx) =>
      appendAudit(tx, ctx("org-a"), created("department", "stray")),
    );
    await expect(attempt).rejects.toMatchObject({ code: "AUDIT_OUTSIDE_WRITE_PATH" });
  });

  it("refuses an event for another organization than the write's", async () => {
    const n = await events("org-b");
    const attempt = writeInOrg(database.db, ctx("org-a"), (tx) =>
      appendAudit(tx, ctx("org-b"), created("department", "cross")),
    );
    await expect(attempt).rejects.toMatchObject({ code: "AUDIT_OTHER_ORG" });
    expect(await events("org-b")).toBe(n);
  });

  it("rolls back the counters with a write that fails after its events", async () => {
    const before = await readChangeCounters(database.db, "org-a");
    const attempt = writeInOrg(database.db, ctx("org-a"), async (tx) => {
      await appendAudit(tx, ctx("org-a"), created("person", "p-gone"));
      throw new Error("later check failed");
    });
    await expect(attempt).rejects.toThrow("later check failed");
    expect(await readChangeCounters(database.db, "org-a")).toEqual(before);
  });
});
