// The register loader against its previous form (one json_build_array per row, btrim for
// every text check; kept below as the reference) on a varied register: blanks of every kind,
// JSON that is not a list, quotes, backslashes, control characters and astral characters in
// names and ids, equal names, unknown phases, odd axis values, retired and other statuses.
// Both must give the same snapshot, byte for byte (risk groups compared as a set: neither
// orders them).
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SnapshotItem } from "../../core/readiness/index.ts";
import { REQUIRED_INVENTORY_FIELDS } from "../../core/registers/inventory-fields.ts";
import type { Db } from "../../db/client.ts";
import { dbKinds, startTestApp, type TestApp } from "../../test/harness.ts";
import { inventoryReadiness } from "../inventory/inventory.readiness.ts";
import { decodeFilled, decodePhases, phaseBitSql } from "../inventory/inventory.readiness-sql.ts";
import { inventoryFlowStep as F, inventoryItem } from "../inventory/inventory.tables.ts";
import { risksReadiness } from "../risks/risks.readiness.ts";
import { inventoryRisk as R } from "../risks/risks.tables.ts";
import type { SnapshotDraft } from "./provider.ts";

/** The register's and the risks' providers together: items with their phases, and groups. */
async function loadRegister(db: Db, orgId: string) {
  const ctx = { orgId, userId: "u", userName: "読込", role: "owner" as const };
  const at = { today: "2025-06-15", lang: "ja" as const };
  const steps = await Promise.all([
    inventoryReadiness.load(db, ctx, at),
    risksReadiness.load(db, ctx, at),
  ]);
  const draft: SnapshotDraft = {};
  for (const step of steps) step(draft);
  return {
    items: draft.items ?? [],
    riskGroups: [...(draft.riskGroups ?? [])],
    unassessedRiskCount: draft.unassessedRiskCount ?? 0,
  };
}

const cols: Record<string, PgColumn> = getTableColumns(inventoryItem);
const oldFilledMask = sql.join(
  REQUIRED_INVENTORY_FIELDS.map((k, i) => {
    const c = cols[k] as PgColumn;
    const test =
      c.getSQLType() === "jsonb"
        ? sql`(jsonb_typeof(${c}) = 'array' and jsonb_array_length(${c}) > 0)`
        : c.getSQLType() === "text"
          ? sql`(btrim(${c}, ${" \t\r\n\u3000"}) <> '')`
          : sql`(${c} is not null)`;
    return sql`(case when ${test} then ${sql.raw(String(1 << i))} else 0 end)`;
  }),
  sql` + `,
);

async function json<T>(db: Db, q: SQL): Promise<T[]> {
  const rows = ((await db.execute(q)) as unknown as { rows: Record<string, string>[] }).rows;
  return JSON.parse(Object.values(rows[0] ?? {})[0] ?? "[]") as T[];
}

/** The loader as it was before the column-wise JSON (the three statements run one by one). */
async function referenceLoad(db: Db, orgId: string) {
  const items = await json<unknown[]>(
    db,
    sql`select coalesce(json_agg(json_build_array(id, name, department_id, ${oldFilledMask},
        sensitive, consent_basis, outsourced, outsourcee, third_party_provision, joint_use,
        foreign_recipient, foreign_country, identified_on, last_reviewed_on,
        data_items @> '[{"myNumber": true}]'::jsonb)
        order by name, id), '[]')::text
      from inventory_item where org_id = ${orgId} and status = 'active'`,
  );
  const active = sql`not exists (select 1 from inventory_item x where x.org_id = ${R.orgId}
    and x.id = ${R.itemId} and x.status <> 'active')`;
  const pairs = (q: SQL) =>
    json<[string, number]>(
      db,
      sql`select coalesce(json_agg(json_build_array(item_id, bits)), '[]')::text from (${q}) b`,
    );
  const flow = new Map(
    await pairs(sql`select ${F.itemId} as item_id, bit_or(${phaseBitSql(F.phase)}) as bits
      from ${F} where ${F.orgId} = ${orgId} group by ${F.itemId}`),
  );
  // Assessed rows make the analysis; 未評価 ones are kept apart.
  const riskBits = (assessed: boolean) =>
    pairs(sql`select ${R.itemId} as item_id, bit_or(${phaseBitSql(R.phase)}) as bits
      from ${R} where ${R.orgId} = ${orgId} and ${active}
        and (${R.assessedOn} is not null) = ${assessed} group by ${R.itemId}`);
  const risk = new Map(await riskBits(true));
  const pending = new Map(await riskBits(false));
  const [unassessed] = await json<number>(
    db,
    sql`select coalesce(json_agg(n), '[]')::text from (select count(*)::int n from ${R}
      where ${R.orgId} = ${orgId} and ${active} and ${R.assessedOn} is null) c`,
  );
  const groups = await json<
    [number, number, number | null, number | null, boolean, number, string]
  >(
    db,
    sql`select coalesce(json_agg(json_build_array(l, i, rl, ri, a, n, e)), '[]')::text from (
      select likelihood l, impact i, residual_likelihood rl, residual_impact ri,
        accepted_on is not null a, count(*)::int n, min(item_id) e from ${R}
      where ${R.orgId} = ${orgId} and ${active} and assessed_on is not null
      group by 1, 2, 3, 4, 5) g`,
  );
  const snapshotItems = items.map((t) => {
    const id = t[0] as string;
    return {
      id,
      name: t[1],
      departmentId: t[2],
      status: "active",
      filled: decodeFilled(t[3] as number),
      sensitive: t[4] === true,
      // A data item flagged 特定個人情報 (added with the My Number rule).
      myNumber: t[14] === true,
      consentBasis: t[5],
      outsourced: t[6],
      outsourcee: t[7],
      thirdPartyProvision: t[8],
      jointUse: t[9],
      foreignRecipient: t[10],
      foreignCountry: t[11],
      identifiedOn: t[12],
      lastReviewedOn: t[13],
      flowPhases: decodePhases(flow.get(id) ?? null),
      riskPhases: decodePhases(risk.get(id) ?? null),
      // Only phases the product knows set a bit ("other" is none): no bits, no list.
      ...(pending.get(id) ? { unassessedRiskPhases: decodePhases(pending.get(id) ?? null) } : {}),
    } as SnapshotItem;
  });
  const names = new Map(snapshotItems.map((i) => [i.id, i.name]));
  const riskGroups = groups.map((g) => ({
    likelihood: g[0],
    impact: g[1],
    residualLikelihood: g[2],
    residualImpact: g[3],
    accepted: g[4],
    count: g[5],
    exampleItemName: names.get(g[6]) ?? g[6],
    exampleItemId: g[6],
  }));
  return { items: snapshotItems, riskGroups, unassessedRiskCount: unassessed ?? 0 };
}

const TEXTS = [null, "", " ", "\u3000", "\t\r\n", " 値", "値\u3000", "\u3000\u3000値", "\u0001"];
const MORE_TEXTS = [...TEXTS, "\u00a0", 'a"b\\c', "𠮷野家🍣", "改行\nあり", "値"];
// data_items must be a list (the search trigger reads its elements); access_holders may not be.
const ITEM_LISTS = [
  ...["[]", '[{"name":"氏名"}]', "[null]", '["x"]'],
  ...['[{"name":"個人番号","myNumber":true}]', '[{"name":"氏名","myNumber":false}]'],
];
const LISTS = [...ITEM_LISTS, "{}", '"text"', "null", "0"];
const NAMES = ["顧客名簿", "顧客名簿", 'say "hi"', "back\\slash", "tab\there", "𠮷田様", "", "z"];
const PHASES = ["acquisition_input", "transfer", "use_processing", "storage_backup", "disposal"];
const AXIS = [1, 2, 3, -1, 1000];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return <T>(xs: readonly T[]): T => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return xs[((x ^ (x >>> 14)) >>> 0) % xs.length] as T;
  };
}

async function fillVaried(t: TestApp, orgId: string, n: number) {
  const pick = rng(7);
  const q = t.database.query;
  await q(
    `insert into department (org_id, id, name) values ($1, 'd1', '総務'), ($1, 'd2', '営業')`,
    [orgId],
  );
  const ids = Array.from({ length: n }, (_, k) =>
    pick(["", "", "", 'q"', "b\\", "c,", "🍣", "\u0002"]).concat(`id-${k}`),
  );
  for (const [k, id] of ids.entries()) {
    const text = () => pick(MORE_TEXTS);
    const bool = () => pick([null, true, false]);
    const day = () => pick([null, "2024-02-29", "1999-12-31", "2025-06-15"]);
    await q(
      `insert into inventory_item (org_id, id, name, department_id, data_items, access_holders,
         purpose, storage_location, storage_method, use_period, retention_period, sensitive,
         consent_basis, outsourced, outsourcee, foreign_recipient, foreign_country,
         identified_on, last_reviewed_on, status, third_party_provision, joint_use)
       values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, $14, $15,
         $16, $17, $18, $19, $20, $21, $22)`,
      [
        orgId,
        id,
        `${pick(NAMES)}${k % 3 === 0 ? "" : pick(["", " 2", "\u3000"])}`,
        pick([null, "d1", "d2"]),
        pick(ITEM_LISTS),
        pick(LISTS),
        ...[1, 2, 3, 4, 5].map(() => pick(TEXTS)),
        bool(),
        text(),
        bool(),
        text(),
        bool(),
        text(),
        day(),
        day(),
        pick(["active", "active", "active", "retired", "draft"]),
        bool(),
        bool(),
      ],
    );
    const steps = pick([0, 1, 3, 5]);
    for (let s = 0; s < steps; s++) {
      await q(
        "insert into inventory_flow_step (org_id, item_id, sort, phase) values ($1, $2, $3, $4)",
        [orgId, id, s + 1, pick([...PHASES, "outsourcing", "unknown"])],
      );
    }
    const risks = pick([0, 1, 2, 4]);
    for (let r = 0; r < risks; r++) {
      const residual = pick([null, 1, 2]);
      await q(
        `insert into inventory_risk (org_id, id, item_id, phase, kind, description, likelihood,
           impact, residual_likelihood, residual_impact, accepted_on, assessed_on)
         values ($1, $2, $3, $4, 'leak', '漏えい', $5, $6, $7, $8, $9, $10)`,
        [
          orgId,
          `r${k}-${r}`,
          id,
          pick([...PHASES, "other"]),
          pick(AXIS),
          pick(AXIS),
          residual,
          residual === null ? null : pick([1, 2]),
          pick([null, "2025-01-01"]),
          // About one row in three 未評価 (from a suggestion, not confirmed).
          pick([null, "2025-02-01", "2025-03-01"]),
        ],
      );
    }
  }
}

describe.each(dbKinds)("readiness register loader vs its reference (%s)", (kind) => {
  let t: TestApp;
  let orgId: string;
  let empty: string;
  let blanks: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const owner = await t.signUp("台帳 比較");
    orgId = await t.createOrg(owner, "株式会社いろいろ");
    empty = await t.createOrg(owner, "株式会社から");
    blanks = await t.createOrg(owner, "株式会社くうはく");
    await fillVaried(t, orgId, 240);
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives the same snapshot as the reference on a varied register", async () => {
    const db = t.database.db;
    const now = await loadRegister(db, orgId);
    const before = await referenceLoad(db, orgId);
    expect(now.items.length).toBeGreaterThan(100);
    expect(now.items.length).toBeLessThan(240);
    expect(now.riskGroups.length).toBeGreaterThan(20);
    expect(JSON.stringify(now.items)).toBe(JSON.stringify(before.items));
    const asSet = (g: unknown[]) => g.map((x) => JSON.stringify(x)).sort();
    expect(asSet(now.riskGroups)).toEqual(asSet(before.riskGroups));
    expect(now.unassessedRiskCount).toBeGreaterThan(20);
    expect(now.unassessedRiskCount).toBe(before.unassessedRiskCount);
  });

  it("reads blanks as empty and the rest as filled", async () => {
    const q = t.database.query;
    for (const [id, purpose] of [
      ["blank-ideographic", "\u3000\u3000"],
      ["blank-mixed", " \t\r\n\u3000"],
      ["empty", ""],
      ["nbsp", "\u00a0"],
      ["control", "\u0001"],
      ["padded", "\u3000目的 "],
    ]) {
      await q("insert into inventory_item (org_id, id, name, purpose) values ($1, $2, $3, $4)", [
        blanks,
        id,
        id,
        purpose,
      ]);
    }
    const { items } = await loadRegister(t.database.db, blanks);
    const filled = Object.fromEntries(items.map((i) => [i.id, i.filled.purpose]));
    expect(filled).toEqual({
      "blank-ideographic": false,
      "blank-mixed": false,
      empty: false,
      nbsp: true,
      control: true,
      padded: true,
    });
  });

  it("loads an empty register as no items and no groups", async () => {
    expect(await loadRegister(t.database.db, empty)).toEqual({
      items: [],
      riskGroups: [],
      unassessedRiskCount: 0,
    });
  });
});
