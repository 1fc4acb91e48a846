// Test helpers for backup/restore: data made through the real app, empty targets, and a dump
// of every table (rows as JSON text, sorted) to compare two databases row by row.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { expect, inject } from "vitest";
import { withDatabase as urlWithDatabase } from "../test/global-setup.ts";
import type { DbKind, TestApp, TestUser } from "../test/harness.ts";
import type { BackupHeader, TableSection } from "./backup-format.ts";
import { type Database, openDatabase } from "./client.ts";
import { rows } from "./migrations.ts";
import { appTables, MIGRATIONS_TABLE, qualified, type TableName, tableSql } from "./tables.ts";

export type Seeded = { owner: TestUser; member: TestUser; orgId: string; otherOrgId: string };

/** Two users, two organizations, a profile, departments (one nested), people, an appointment. */
export async function seedThroughApp(t: TestApp): Promise<Seeded> {
  const owner = await t.signUp("山田 花子");
  const member = await t.signUp("佐藤 次郎");
  const orgId = await t.createOrg(owner, "株式会社やまだ");
  const otherOrgId = await t.createOrg(member, "佐藤商店");
  await t.addMember(owner, orgId, member, "member");
  const as = t.as(owner);
  const ok = (res: { statusCode: number; body: string }, code: number) => {
    expect(res.statusCode, res.body).toBe(code);
    return JSON.parse(res.body) as { id: string };
  };
  ok(
    await as.put(`/api/v1/orgs/${orgId}/profile`, {
      name: "株式会社やまだ",
      corporateNumber: "7000012050002",
      industry: "service",
      capital: 10_000_000,
      employeeCount: 40,
      offices: [{ address: "東京都千代田区1-1", business: "本社" }],
      scope: "全社",
    }),
    200,
  );
  const base = `/api/v1/orgs/${orgId}`;
  const sales = ok(await as.post(`${base}/departments`, { name: "営業部" }), 201);
  const tokyo = ok(
    await as.post(`${base}/departments`, { name: "東京営業所", parentId: sales.id, sortOrder: 2 }),
    201,
  );
  const hanako = ok(
    await as.post(`${base}/people`, {
      name: "山田 花子",
      kana: "ヤマダ ハナコ",
      email: "hanako@example.jp",
      departmentId: sales.id,
      employmentType: "officer",
      joinedOn: "2020-04-01",
      userId: owner.id,
    }),
    201,
  );
  ok(
    await as.post(`${base}/people`, {
      name: "鈴木 一郎",
      departmentId: tokyo.id,
      employmentType: "part_time",
      joinedOn: "2023-10-01",
      leftOn: "2024-03-31",
    }),
    201,
  );
  ok(
    await as.post(`${base}/appointments`, {
      role: "pms_manager",
      personId: hanako.id,
      departmentId: sales.id,
      from: "2024-04-01",
      note: "代表取締役が兼務",
    }),
    201,
  );
  ok(await as.patch(`${base}/departments/${tokyo.id}`, { name: "東京支店" }), 200);
  ok(await t.as(member).post(`/api/v1/orgs/${otherOrgId}/departments`, { name: "本店" }), 201);
  return { owner, member, orgId, otherOrgId };
}

/** Every table (app tables and Drizzle's migrations) → its rows as JSON text, sorted. */
export async function dumpAll(database: Database): Promise<Record<string, string[]>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const tables: TableName[] = [...(await appTables(tx)), MIGRATIONS_TABLE];
    const dump: Record<string, string[]> = {};
    for (const t of tables) {
      const found = await rows<{ j: string }>(
        tx,
        sql`select to_json(r)::text as j from ${tableSql(t)} as r order by 1`,
      );
      dump[qualified(t)] = found.map((r) => r.j);
    }
    return dump;
  });
}

export async function appRowCount(database: Database): Promise<number> {
  let n = 0;
  for (const t of await appTables(database.db)) {
    const [c] = await rows<{ n: string }>(
      database.db,
      sql`select count(*)::text as n from ${tableSql(t)}`,
    );
    n += Number(c?.n ?? 0);
  }
  return n;
}

/** A brand-new empty target: a new PGlite folder (runs initdb) or `create database`. */
export async function emptyTarget(
  kind: DbKind,
): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "mamori-restore-"));
    const database = await openDatabase({ dataDir: dir });
    return {
      database,
      cleanup: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = inject("postgresUrl");
  const name = `r_${randomUUID().replace(/-/g, "")}`;
  const admin = await openDatabase({ databaseUrl: serverUrl, dataDir: "" });
  await admin.query(`create database ${name}`);
  const database = await openDatabase({
    databaseUrl: urlWithDatabase(serverUrl, name),
    dataDir: "",
  });
  return {
    database,
    cleanup: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.close();
    },
  };
}

/** A dump as a restore brings it back: no sessions, no verification values, no auth secret. */
export function withoutSecrets(dump: Record<string, string[]>): Record<string, string[]> {
  return {
    ...dump,
    "public.session": [],
    "public.verification": [],
    // Queued mails' links (an invitation's): kept only until sent, never in a backup.
    "public.mail_secret": [],
    "public.instance_setting": (dump["public.instance_setting"] ?? []).filter(
      (j) => (JSON.parse(j) as { key: string }).key !== "auth_secret",
    ),
  };
}

/** A backup file's content, to craft files a backup would not write. */
export type BackupContent = {
  header: BackupHeader;
  sections: { section: TableSection; rows: string[] }[];
};

export function readBackupContent(file: string): BackupContent {
  const lines = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
  const header = JSON.parse(lines[0] ?? "") as BackupHeader;
  const sections: BackupContent["sections"] = [];
  let at = 1;
  for (let i = 0; i < header.tables.length; i++) {
    const section = JSON.parse(lines[at] ?? "") as TableSection;
    sections.push({ section, rows: lines.slice(at + 1, at + 1 + section.rows) });
    at += 1 + section.rows;
  }
  return { header, sections };
}

/** Writes `content` as a valid backup file, every count worked out again. */
export function writeBackupContent(file: string, content: BackupContent) {
  const tables = content.sections.map((s) => ({ table: s.section.table, rows: s.rows.length }));
  const lines = [JSON.stringify({ ...content.header, tables })];
  for (const s of content.sections) {
    lines.push(JSON.stringify({ ...s.section, rows: s.rows.length }), ...s.rows);
  }
  const total = tables.reduce((n, t) => n + t.rows, 0);
  lines.push(JSON.stringify({ end: true, rows: total }));
  writeFileSync(file, gzipSync(`${lines.join("\n")}\n`));
}
