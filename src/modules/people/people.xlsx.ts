// 従業者一覧 as an Excel workbook, laid out like the import template so it re-imports unchanged.
import { and, asc, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { department } from "../org/index.ts";
import type { EmploymentType } from "./people.contract.ts";
import { EMPLOYMENT_LABELS, PEOPLE_HEADERS, type PersonField } from "./people.parse.ts";
import { person } from "./people.tables.ts";

const widths: Record<PersonField, number> = {
  name: 20,
  kana: 24,
  email: 34,
  departmentId: 20,
  employmentType: 18,
  joinedOn: 13,
  leftOn: 13,
  employeeNumber: 14,
};
const dateFields = new Set<PersonField>(["joinedOn", "leftOn"]);

/** A calendar day as the UTC midnight Excel stores it (no time zone shift on either side). */
const excelDate = (iso: string | null) =>
  iso ? new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10))) : null;

/** The workbook and how many people it lists (recorded in the audit trail). */
export async function exportPeopleXlsx(
  db: Db,
  ctx: OrgContext,
): Promise<{ file: Buffer; rows: number }> {
  const rows = await db
    .select({
      name: person.name,
      kana: person.kana,
      employeeNumber: person.employeeNumber,
      email: person.email,
      departmentName: department.name,
      employmentType: person.employmentType,
      joinedOn: person.joinedOn,
      leftOn: person.leftOn,
    })
    .from(person)
    .leftJoin(
      department,
      and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
    )
    .where(eq(person.orgId, ctx.orgId))
    .orderBy(asc(sql`coalesce(${person.kana}, ${person.name})`), asc(person.id));

  const wb = new ExcelJS.Workbook();
  wb.creator = "mamori";
  wb.created = new Date();
  const ws = wb.addWorksheet("従業者一覧", {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
  });
  const fields = Object.keys(PEOPLE_HEADERS) as PersonField[];
  ws.columns = fields.map((f) => ({
    header: PEOPLE_HEADERS[f],
    key: f,
    width: widths[f],
    ...(dateFields.has(f) ? { style: { numFmt: "yyyy/mm/dd" } } : {}),
  }));
  for (const r of rows) {
    ws.addRow({
      name: r.name,
      kana: r.kana,
      email: r.email,
      departmentId: r.departmentName,
      employmentType: EMPLOYMENT_LABELS[r.employmentType as EmploymentType] ?? r.employmentType,
      joinedOn: excelDate(r.joinedOn),
      leftOn: excelDate(r.leftOn),
      employeeNumber: r.employeeNumber,
    });
  }
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle" };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin" } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: fields.length } };
  return { file: Buffer.from(await wb.xlsx.writeBuffer()), rows: rows.length };
}
