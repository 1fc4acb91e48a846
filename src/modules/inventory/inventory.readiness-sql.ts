// SQL for the register part of the readiness snapshot, and the decoders of what it returns.
// Per item the database sends small integers instead of objects and arrays: which required
// fields are filled as one bit mask, and which lifecycle phases have flow steps / risk rows as
// another. The decoders share one object or array per distinct mask, so 10,000 items cost
// 10,000 small tuples, not 30,000 allocations.
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { SnapshotItem } from "../../core/readiness/index.ts";
import {
  type InventoryFieldKey,
  LIFECYCLE_PHASES,
  REQUIRED_INVENTORY_FIELDS,
} from "../../core/registers/inventory-fields.ts";
import { inventoryItem } from "./inventory.tables.ts";

/** What JavaScript's trim() removes in practice from Japanese input (U+3000 included). */
const BLANKS = " \t\r\n\u3000";
/** ascii() of a text starting with a blank, or of '' (0): only then is btrim needed. */
const BLANK_STARTS = sql.raw([0, ...[...BLANKS].map((c) => c.codePointAt(0))].join(", "));
const itemColumns: Record<string, PgColumn> = getTableColumns(inventoryItem);

/** A column holds a value: non-blank text, a non-empty JSON list, anything else not null. */
function filledSql(key: InventoryFieldKey): SQL {
  const col = itemColumns[key];
  if (col === undefined) throw new Error(`no inventory_item column for field ${key}`);
  switch (col.getSQLType()) {
    case "jsonb":
      return sql`(jsonb_typeof(${col}) = 'array' and jsonb_array_length(${col}) > 0)`;
    case "text":
      // Most values start with a visible character: ascii() of the first one settles them,
      // and the costlier btrim (multibyte on UTF-8) runs only for the rest. CASE keeps the
      // order; null stays null (= empty) either way.
      return sql`(case when ascii(${col}) not in (${BLANK_STARTS}) then true
        else btrim(${col}, ${BLANKS}) <> '' end)`;
    default:
      return sql`(${col} is not null)`;
  }
}

/** Bit i set = REQUIRED_INVENTORY_FIELDS[i] filled; null values count as empty. */
export const filledMaskSql = sql.join(
  REQUIRED_INVENTORY_FIELDS.map(
    (k, i) => sql`(case when ${filledSql(k)} then ${sql.raw(String(1 << i))} else 0 end)`,
  ),
  sql` + `,
);

const ALL_REQUIRED = (1 << REQUIRED_INVENTORY_FIELDS.length) - 1;

/** The row holds 特定個人情報: one of its data items is flagged My Number data. */
export const myNumberSql = sql`(${inventoryItem.dataItems} @> '[{"myNumber": true}]'::jsonb)`;

const blankSql = (field: InventoryFieldKey) => sql`not coalesce(${filledSql(field)}, false)`;

/**
 * The row lacks `field` (blank or null), or with "required" any required field, or with
 * "myNumber" what the 特定個人情報 rule asks for (core/readiness/rules/register-my-number.ts:
 * 利用目的, 保管方法, アクセス権を有する者, and no 第三者提供 or 共同利用): the same test the
 * readiness rules make on the snapshot, for the register list's `lacking` filter.
 */
export function lackingSql(field: InventoryFieldKey | "required" | "myNumber"): SQL {
  if (field === "required") return sql`(${filledMaskSql}) <> ${sql.raw(String(ALL_REQUIRED))}`;
  if (field === "myNumber") {
    return sql`(${blankSql("purpose")} or ${blankSql("storageMethod")} or ${blankSql("accessHolders")}
      or coalesce(${inventoryItem.thirdPartyProvision}, false)
      or coalesce(${inventoryItem.jointUse}, false))`;
  }
  return blankSql(field);
}

const filledByMask = new Map<number, SnapshotItem["filled"]>();

export function decodeFilled(mask: number): SnapshotItem["filled"] {
  let filled = filledByMask.get(mask);
  if (filled === undefined) {
    filled = Object.freeze(
      Object.fromEntries(REQUIRED_INVENTORY_FIELDS.map((k, i) => [k, (mask & (1 << i)) !== 0])),
    );
    filledByMask.set(mask, filled);
  }
  return filled;
}

/**
 * Bit of a lifecycle phase (LIFECYCLE_PHASES order); a phase the product does not know
 * counts for nothing (the API and the imports accept only known phases).
 */
export function phaseBitSql(phase: PgColumn): SQL {
  return sql`(case ${phase} ${sql.join(
    LIFECYCLE_PHASES.map(
      (p, i) => sql`when ${sql.raw(`'${p.key}'`)} then ${sql.raw(String(1 << i))}`,
    ),
    sql` `,
  )} else 0 end)`;
}

/** Every phase set as an array in lifecycle order, indexed by its mask. */
const PHASES_BY_MASK: readonly (readonly string[])[] = Array.from(
  { length: 1 << LIFECYCLE_PHASES.length },
  (_, mask) => Object.freeze(LIFECYCLE_PHASES.filter((_p, i) => mask & (1 << i)).map((p) => p.key)),
);

export function decodePhases(mask: number | null): readonly string[] {
  return PHASES_BY_MASK[mask ?? 0] ?? [];
}
