// Values that JSON in JavaScript would bend (bigints past 2^53, long numerics, microsecond
// timestamps, bytea, arrays, jsonb), identity and serial columns, generated columns, and a
// table referring to itself across batch boundaries all survive backup and restore.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dbKinds, openTestDatabase } from "../test/harness.ts";
import { backupDatabase } from "./backup.ts";
import type { Database } from "./client.ts";
import { restoreDatabase } from "./restore.ts";
import { dumpAll } from "./test-fixtures.ts";

const CREATE = `create table zz_types (
  id serial primary key,
  parent_id int references zz_types(id),
  ident bigint generated always as identity,
  doubled int generated always as (id * 2) stored,
  data bytea,
  amount numeric(40, 15),
  big bigint,
  at timestamp(6),
  atz timestamptz(6),
  d date,
  iv interval,
  tags text[],
  doc jsonb,
  f double precision,
  flag boolean
)`;

async function create(database: Database) {
  await database.query(CREATE);
}

describe.each(dbKinds)("backup keeps every value exact (%s)", (kind) => {
  const dir = mkdtempSync(join(tmpdir(), "mamori-types-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("round-trips unusual types, sequences and self-references", async () => {
    const source = await openTestDatabase(kind);
    const target = await openTestDatabase(kind === "pglite" ? "postgres" : "pglite");
    try {
      await create(source.database);
      // 2,500 rows, each pointing at the next one: every batch of 1,000 refers to the next batch
      await source.database.query(
        `insert into zz_types (id, parent_id) select g, case when g < 2500 then g + 1 end
         from generate_series(1, 2500) g`,
      );
      await source.database.query(
        `update zz_types set data = $1, amount = 123456789012345678901234.123456789012345,
           big = 9007199254740993, at = '2024-02-29 23:59:59.123456', atz = '2024-01-01 09:00:00.000001+09',
           d = '2024-12-31', iv = '1 year 2 mons 3 days 04:05:06.789', tags = array['a', 'b"c', null],
           doc = '{"n": 1.10, "s": "日本語", "z": null}', f = 0.1, flag = true where id = 7`,
        [Buffer.from([0, 1, 2, 255, 92, 120])],
      );
      await source.database.query("update zz_types set data = '' where id = 8");
      await source.database.query("select setval(pg_get_serial_sequence('zz_types', 'id'), 2500)");
      const file = join(dir, `${kind}.gz`);
      await backupDatabase(source.database, file);

      await create(target.database);
      await restoreDatabase(target.database, file);
      const [a, b] = [await dumpAll(source.database), await dumpAll(target.database)];
      expect(b["public.zz_types"]).toHaveLength(2500);
      expect(b).toEqual(a);
      const [row] = await target.database.query<Record<string, unknown>>(
        "select encode(data, 'hex') as hex, big::text as big, amount::text as amount, doubled from zz_types where id = 7",
      );
      expect(row).toEqual({
        hex: "000102ff5c78",
        big: "9007199254740993",
        amount: "123456789012345678901234.123456789012345",
        doubled: 14,
      });
      // serial and identity columns continue after the restored values
      const [next] = await target.database.query<{ id: number; ident: string }>(
        "insert into zz_types default values returning id, ident::text as ident",
      );
      expect(next).toEqual({ id: 2501, ident: "2501" });
    } finally {
      await source.cleanup();
      await target.cleanup();
    }
  });
});
