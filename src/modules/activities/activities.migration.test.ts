// The upgrade to activity records (drizzle 0021, 0022) on a database migrated to the version
// before, holding ticks and duty records: each done tick becomes a record dated on its day in
// Japan, each duty record one with its day, a tick that repeats a duty record of the same day is
// not doubled, undone ticks and other organizations' rows stay apart, and nothing is approved.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { migrateFirst, migrationsFolder, rows } from "../../db/migrations.ts";
import { emptyTarget } from "../../db/test-fixtures.ts";
import { dbKinds } from "../../test/harness.ts";

const journal = JSON.parse(
  readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8"),
) as { entries: { tag: string }[] };
const MINE = journal.entries.findIndex((e) => e.tag === "0021_activities_records");

type Row = {
  org_id: string;
  id: string;
  kind: string;
  performed_on: string;
  notes: string | null;
  source: string;
  created_by_name: string | null;
  approved_at: string | null;
  approver_user_id: string | null;
};

describe.each(dbKinds)("migration to activity records (%s)", (kind) => {
  it("turns ticks and duty records into dated records, once", async () => {
    expect(MINE).toBeGreaterThan(0);
    const target = await emptyTarget(kind);
    try {
      const { database } = target;
      await migrateFirst(database, MINE);
      const q = (text: string) => database.query(text);
      await q(`insert into organization (id, name, slug, created_at) values
        ('o1', '株式会社いこう', 'o1', now()), ('o2', '他社', 'o2', now())`);
      // 2025-05-09 23:30 UTC is already 10 May in Japan.
      await q(`insert into readiness_manual_check (org_id, rule_id, done, note, checked_by, checked_by_name, checked_at) values
        ('o1', 'manual.policy', true, '取締役会で承認', 'u1', '田中', '2025-05-09T23:30:00Z'),
        ('o1', 'manual.internal_audit', true, null, 'u1', '田中', '2025-06-01T01:00:00Z'),
        ('o1', 'manual.education', true, '新人研修', 'u1', '田中', '2025-04-01T03:00:00Z'),
        ('o1', 'manual.resources', false, null, 'u1', '田中', '2025-04-01T03:00:00Z'),
        ('o2', 'manual.operation_start', true, null, 'u2', '鈴木', '2025-03-31T15:00:00Z')`);
      await q(`insert into obligation_record (org_id, id, obligation, done_on, note, recorded_by, recorded_by_name, created_at) values
        ('o1', 'r1', 'education', '2025-04-01', '全員受講', 'u1', '田中', '2025-04-02T00:00:00Z'),
        ('o1', 'r2', 'management_review', '2025-07-15', null, 'u1', '田中', '2025-07-15T00:00:00Z')`);
      await database.migrate();

      const got = await rows<Row>(
        database.db,
        sql`select org_id, id, kind, performed_on::text, notes, source, created_by_name,
          approved_at::text, approver_user_id from activity_record order by org_id, id`,
      );
      const common = { approved_at: null, approver_user_id: null };
      expect(got).toEqual([
        {
          org_id: "o1",
          id: "migrated-obligation-r1",
          kind: "education",
          performed_on: "2025-04-01",
          notes: "全員受講",
          source: "migrated_obligation",
          created_by_name: "田中",
          ...common,
        },
        {
          org_id: "o1",
          id: "migrated-obligation-r2",
          kind: "management_review",
          performed_on: "2025-07-15",
          notes: null,
          source: "migrated_obligation",
          created_by_name: "田中",
          ...common,
        },
        {
          org_id: "o1",
          id: "migrated-tick-manual.internal_audit",
          kind: "internal_audit",
          performed_on: "2025-06-01",
          notes: null,
          source: "migrated_tick",
          created_by_name: "田中",
          ...common,
        },
        {
          org_id: "o1",
          id: "migrated-tick-manual.policy",
          kind: "policy_approval",
          performed_on: "2025-05-10",
          notes: "取締役会で承認",
          source: "migrated_tick",
          created_by_name: "田中",
          ...common,
        },
        {
          // 2025-03-31 15:00 UTC is midnight of 1 April in Japan.
          org_id: "o2",
          id: "migrated-tick-manual.operation_start",
          kind: "operation_start",
          performed_on: "2025-04-01",
          notes: null,
          source: "migrated_tick",
          created_by_name: "鈴木",
          ...common,
        },
      ]);
      const tables = await rows<{ t: string | null }>(
        database.db,
        sql`select to_regclass('readiness_manual_check')::text as t
          union all select to_regclass('obligation_record')::text`,
      );
      expect(tables).toEqual([{ t: null }, { t: null }]);
    } finally {
      await target.cleanup();
    }
  });

  it("adds nothing when its data statements run a second time", async () => {
    const target = await emptyTarget(kind);
    try {
      const { database } = target;
      await migrateFirst(database, MINE);
      await database.query(
        `insert into organization (id, name, slug, created_at) values ('o1', '株式会社', 'o1', now())`,
      );
      await database.query(`insert into readiness_manual_check (org_id, rule_id, done, checked_at)
        values ('o1', 'manual.education', true, '2025-04-01T03:00:00Z')`);
      const file = readFileSync(join(migrationsFolder, "0021_activities_records.sql"), "utf8");
      const statements = file.split("--> statement-breakpoint").map((s) => s.trim());
      await database.migrate();
      // Only the table and data parts: run the two inserts again on the upgraded schema with
      // the old rows put back (as a restore of an older backup could present them).
      await database.query(`create table readiness_manual_check as
        select 'o1'::text as org_id, 'manual.education'::text as rule_id, true as done,
          null::text as note, null::text as checked_by, null::text as checked_by_name,
          '2025-04-01T03:00:00Z'::timestamptz as checked_at`);
      await database.query(`create table obligation_record (org_id text, id text, obligation text,
        done_on date, note text, recorded_by text, recorded_by_name text, created_at timestamptz)`);
      for (const s of statements.filter((x) => x.includes("INSERT INTO"))) await database.query(s);
      const count = await rows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from activity_record`,
      );
      expect(count).toEqual([{ n: 1 }]);
    } finally {
      await target.cleanup();
    }
  });
});
