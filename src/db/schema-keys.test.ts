// Ready for a distributed engine (Citus-style, every organization's rows on one shard): read
// from the migrated database's catalogue (pg_catalog), on PGlite and PostgreSQL alike,
// - in every tenant table, the tenant key (org_id) is NOT NULL and part of the primary key,
//   of every unique index or constraint, and of every foreign key to a tenant table, mapped to
//   that table's tenant key;
// - a tenant table refers to no organization but through its tenant key;
// - a global table (no tenant key) has no column that refers to an organization, and no
//   foreign key to a tenant table.
// A distributed engine enforces uniqueness and foreign keys only within a shard, so a key
// without the tenant key either cannot be created or stops being enforced.
//
// How tables are recognised: a table of the public schema with a column named org_id (ours)
// or organization_id (better-auth's member and invitation) is a tenant table, that column its
// tenant key. `organization` is the tenant root: its id IS the tenant key, so it is checked
// like a tenant table keyed by id (distributed by id, each organization's row beside its data).
// Every other table must be listed in GLOBAL_TABLES with why it holds no organization's data,
// so a new table that forgot its org_id fails here instead of passing as global.
// drizzle's own bookkeeping (schema "drizzle") is not checked: it is the instance's.
// The law catalogue and the requirement catalogues are code (src/core), not tables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, openTestDatabase } from "../test/harness.ts";
import type { Database } from "./client.ts";

const TENANT_KEYS = ["org_id", "organization_id"];
const ROOT = { table: "organization", key: "id" };
/** A column that names an organization: org_id, organization_id, active_organization_id … */
const ORG_COLUMN = /(^|_)org(anization)?_id$/;

/** Tables without an organization's data, each with the reason. */
const GLOBAL_TABLES: Record<string, string> = {
  user: "a person's account, one across every organization they belong to (better-auth)",
  session: "a signed-in browser of a user, not of an organization (better-auth)",
  account: "a user's credentials (the password hash) (better-auth)",
  verification: "better-auth's short-lived tokens for a user or an address",
  instance_setting: "settings of the installation, such as the generated auth secret",
  mail_secret:
    "a queued mail's link secret, keyed by the outbox row; kept only until it is sent (mail_outbox)",
  scheduled_job: "the installation's background jobs and their last runs (counts, no records)",
};

/**
 * Violations known today, each with the reason. Any other violation fails the test, and so
 * does an entry here that no longer occurs (delete it).
 */
const KNOWN: Record<string, string> = {
  "calendar_feed: unique index calendar_feed_token_hash_unique (token_hash) lacks org_id":
    "the feed URL carries only its secret, so the secret alone finds the organization",
  "invitation: primary key invitation_pkey (id) lacks organization_id":
    "better-auth's table, keyed by id alone; the invitation link names no organization",
  "mail_outbox: org_id may be null":
    "the instance's one mail queue: account mails (password reset) belong to no organization",
  "mail_outbox: primary key mail_outbox_pkey (id) lacks org_id":
    "one queue claimed by id across organizations; an organization's rows still carry org_id",
  "mail_secret: global table foreign key mail_secret_outbox_id_mail_outbox_id_fk (outbox_id) → mail_outbox (id) refers to a tenant table":
    "the secret lives and goes with its outbox row, which may belong to no organization",
  "member: primary key member_pkey (id) lacks organization_id":
    "better-auth's table, keyed by id alone",
  "organization: unique index organization_slug_unique (slug) lacks id":
    "better-auth keeps slugs unique across the instance (mamori sets slug = id)",
  "personal_link: unique index personal_link_token_hash_uq (token_hash) lacks org_id":
    "a personal link's URL carries only its secret, so the secret alone finds the organization",
  "public_page: unique index public_page_slug_uq (lower(slug)) lacks org_id":
    "the public page's URL carries only its slug, so the slug alone finds the organization",
  "session: global table column active_organization_id refers to an organization":
    "better-auth's organization plugin adds it; its endpoints are closed, so it stays null",
};

type Column = { table: string; column: string; not_null: boolean };
type UniqueIndex = { table: string; name: string; primary: boolean; keys: string[] };
type ForeignKey = {
  table: string;
  name: string;
  columns: string[];
  target: string;
  target_columns: string[];
};
type Catalogue = { columns: Column[]; indexes: UniqueIndex[]; foreignKeys: ForeignKey[] };

async function readCatalogue(database: Database, schema: string): Promise<Catalogue> {
  const columns = await database.query<Column>(
    `select c.relname as table, a.attname as column, a.attnotnull as not_null
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind in ('r', 'p') and not c.relispartition
        and a.attnum > 0 and not a.attisdropped
      order by 1, a.attnum`,
    [schema],
  );
  // Unique and exclusion indexes: primary keys and unique constraints are backed by one.
  // Only key columns count (not INCLUDE); an expression counts as its text, never as a column.
  const indexes = await database.query<UniqueIndex>(
    `select t.relname as table, ic.relname as name, i.indisprimary as primary,
            array(select pg_get_indexdef(i.indexrelid, k, true)
                    from generate_series(1, i.indnkeyatts) k)::text[] as keys
       from pg_index i
       join pg_class t on t.oid = i.indrelid
       join pg_class ic on ic.oid = i.indexrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = $1 and (i.indisunique or i.indisexclusion)
      order by 1, 2`,
    [schema],
  );
  const foreignKeys = await database.query<ForeignKey>(
    `select src.relname as table, c.conname as name, dst.relname as target,
            array(select a.attname from unnest(c.conkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n
                   order by k.i)::text[] as columns,
            array(select a.attname from unnest(c.confkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n
                   order by k.i)::text[] as target_columns
       from pg_constraint c
       join pg_class src on src.oid = c.conrelid
       join pg_class dst on dst.oid = c.confrelid
       join pg_namespace n on n.oid = src.relnamespace
      where n.nspname = $1 and c.contype = 'f'
      order by 1, 2`,
    [schema],
  );
  return { columns, indexes, foreignKeys };
}

/** Each table's tenant key, or null for a table without one. */
function tenantKeys(cat: Catalogue): Map<string, string | null> {
  const keys = new Map<string, string | null>();
  for (const c of cat.columns) {
    if (!keys.has(c.table)) keys.set(c.table, c.table === ROOT.table ? ROOT.key : null);
    if (c.table !== ROOT.table && TENANT_KEYS.includes(c.column)) {
      const before = keys.get(c.table);
      if (before) throw new Error(`${c.table} has two tenant keys: ${before}, ${c.column}`);
      keys.set(c.table, c.column);
    }
  }
  return keys;
}

/** Every violation, one line each ("table: what"). */
function violations(cat: Catalogue): string[] {
  const keys = tenantKeys(cat);
  const found: string[] = [];
  const list = (cols: string[]) => cols.join(", ");
  for (const [table, key] of keys) {
    if (!key) continue;
    const column = cat.columns.find((c) => c.table === table && c.column === key);
    if (!column?.not_null) found.push(`${table}: ${key} may be null`);
    if (!cat.indexes.some((i) => i.table === table && i.primary))
      found.push(`${table}: no primary key`);
  }
  for (const i of cat.indexes) {
    const key = keys.get(i.table);
    if (!key || i.keys.includes(key)) continue;
    const kind = i.primary ? "primary key" : "unique index";
    found.push(`${i.table}: ${kind} ${i.name} (${list(i.keys)}) lacks ${key}`);
  }
  for (const f of cat.foreignKeys) {
    const key = keys.get(f.table);
    const targetKey = keys.get(f.target);
    const what = `foreign key ${f.name} (${list(f.columns)}) → ${f.target} (${list(f.target_columns)})`;
    if (key && targetKey) {
      const at = f.columns.indexOf(key);
      if (at < 0 || f.target_columns[at] !== targetKey)
        found.push(`${f.table}: ${what} does not map ${key} to ${targetKey}`);
    } else if (!key && targetKey && f.target !== ROOT.table) {
      // (A global table's column referring to the root is reported below, as a column.)
      found.push(`${f.table}: global table ${what} refers to a tenant table`);
    }
  }
  // Columns that refer to an organization by name or by a foreign key to the root.
  const toRoot = new Set(
    cat.foreignKeys
      .filter((f) => f.target === ROOT.table)
      .flatMap((f) => f.columns.map((c) => `${f.table}.${c}`)),
  );
  for (const c of cat.columns) {
    const key = keys.get(c.table);
    if (c.column === key) continue;
    if (!ORG_COLUMN.test(c.column) && !toRoot.has(`${c.table}.${c.column}`)) continue;
    found.push(
      key
        ? `${c.table}: column ${c.column} refers to an organization besides ${key}`
        : `${c.table}: global table column ${c.column} refers to an organization`,
    );
  }
  return found.sort();
}

describe.each(dbKinds)("tenant keys (%s)", (kind) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  let cat: Catalogue;

  beforeAll(async () => {
    ({ database, cleanup } = await openTestDatabase(kind));
    cat = await readCatalogue(database, "public");
  });
  afterAll(() => cleanup());

  it("knows every table: a tenant table by its org column, any other listed as global", () => {
    const keys = tenantKeys(cat);
    const tenants = [...keys].filter(([, key]) => key).map(([table]) => table);
    const unlisted = [...keys]
      .filter(([table, key]) => !key && !(table in GLOBAL_TABLES))
      .map(([table]) => table);
    expect(
      unlisted,
      `tables without org_id, not in GLOBAL_TABLES: ${unlisted.join(", ")} ` +
        "(add org_id, or list the table with why it holds no organization's data)",
    ).toEqual([]);
    const notGlobal = Object.keys(GLOBAL_TABLES).filter((t) => keys.get(t) !== null);
    expect(notGlobal, "in GLOBAL_TABLES but missing or with a tenant key").toEqual([]);
    // The check has something to check: our registers and better-auth's member/invitation.
    expect(tenants).toEqual(expect.arrayContaining(["person", "member", "invitation", ROOT.table]));
  });

  it("keeps the tenant key in every key of a tenant table, known exceptions aside", () => {
    const found = violations(cat);
    const unknown = found.filter((v) => !(v in KNOWN));
    expect(unknown, `new violations:\n${unknown.join("\n")}`).toEqual([]);
    const gone = Object.keys(KNOWN).filter((v) => !found.includes(v));
    expect(gone, `known violations that no longer occur (delete them from KNOWN)`).toEqual([]);
  });

  it("finds each kind of violation (the checker, on a throwaway schema)", async () => {
    const statements = [
      "create schema probe",
      "create table probe.organization (id text primary key, name text unique)",
      `create table probe.thing (org_id text references probe.organization (id), id text,
         code text unique, primary key (id), unique (id, org_id))`,
      `create table probe.part (org_id text not null, id text, thing_id text, owner_org_id text,
         primary key (org_id, id), unique (org_id, thing_id),
         foreign key (thing_id, org_id) references probe.thing (id, org_id),
         foreign key (org_id, thing_id) references probe.thing (id, org_id))`,
      `create table probe.note (id text primary key, org text references probe.organization,
         part_org text, part_id text, foreign key (part_org, part_id) references probe.part)`,
      "create table probe.keyless (org_id text not null, x text)",
    ];
    for (const sql of statements) await database.query(sql);
    const probe = await readCatalogue(database, "probe");
    expect(violations(probe)).toEqual([
      "keyless: no primary key",
      "note: global table column org refers to an organization",
      "note: global table foreign key note_part_org_part_id_fkey (part_org, part_id) → part (org_id, id) refers to a tenant table",
      "organization: unique index organization_name_key (name) lacks id",
      "part: column owner_org_id refers to an organization besides org_id",
      "part: foreign key part_org_id_thing_id_fkey (org_id, thing_id) → thing (id, org_id) does not map org_id to org_id",
      "thing: org_id may be null",
      "thing: primary key thing_pkey (id) lacks org_id",
      "thing: unique index thing_code_key (code) lacks org_id",
    ]);
  });
});
