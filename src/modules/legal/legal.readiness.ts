// The legal register's part of readiness: each entry's name, last check and whether it applies
// to anything (one statement), the legal rules, and the duty to check the entries yearly.
import { eq, sql } from "drizzle-orm";
import { LEGAL_RULES } from "../../core/readiness/index.ts";
import { legalEntryName } from "../../core/registers/law-catalogue.ts";
import type { ReadinessProvider } from "../readiness/index.ts";
import { dutySummaryOf, dutySummarySql } from "../shared/duty-summary.ts";
import {
  legalRequirement,
  legalRequirementDepartment,
  legalRequirementItem,
} from "./legal.tables.ts";

type LegalRow = {
  id: string;
  name: string | null;
  law_id: string | null;
  checked_on: string | null;
  linked: boolean;
};

const L = legalRequirement;

export const legalReadiness: ReadinessProvider = {
  id: "legal",
  // Links dropped with a deleted item or department are audited on the entry (legal.unlink.ts).
  reads: ["legal_requirement"],
  rules: LEGAL_RULES,
  async load(db, ctx, { lang }) {
    const link = legalRequirementItem;
    const dept = legalRequirementDepartment;
    // Linked = applies to a register item or to a department (company-wide laws are usually
    // tied to departments only). One index probe per entry: a plain EXISTS lets the planner
    // hash every link of the organization instead (10,000 rows when an entry applies to every
    // item). coalesce evaluates lazily, so the department probe runs only for entries with no
    // item link. A raw statement, because Drizzle's one-table select leaves columns
    // unqualified, and inside the subqueries "org_id" would name the link's own column.
    const result = (await db.execute(sql`
      select ${L.id} as id, ${L.name} as name, ${L.lawId} as law_id,
        ${L.checkedOn}::text as checked_on,
        coalesce(
          (select true from ${link} where ${link.orgId} = ${L.orgId}
            and ${link.requirementId} = ${L.id} limit 1),
          (select true from ${dept} where ${dept.orgId} = ${L.orgId}
            and ${dept.requirementId} = ${L.id} limit 1),
          false) as linked
      from ${L} where ${L.orgId} = ${ctx.orgId}
      order by ${L.createdAt}, ${L.id}`)) as unknown as { rows: LegalRow[] };
    const legal = result.rows.map((r) => ({
      id: r.id,
      // The legal register's display name: the own name, else the catalogue's, else the id.
      name: legalEntryName({ name: r.name, lawId: r.law_id, id: r.id }, lang),
      checkedOn: r.checked_on,
      linked: r.linked === true,
    }));
    return (snapshot) => {
      snapshot.legal = legal;
    };
  },
  duties: [
    {
      source: "legal",
      async summary(db, orgId, bounds) {
        const [row] = await db
          .select(dutySummarySql(sql`${L.checkedOn}`, bounds))
          .from(L)
          .where(eq(L.orgId, orgId));
        return dutySummaryOf(row);
      },
    },
  ],
};
