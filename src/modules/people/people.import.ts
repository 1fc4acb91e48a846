// 従業者の一括取り込み: validate every row first, then write everything in one transaction
// (or nothing). Rows are matched to existing people by 社員番号, e-mail, or name + department +
// joining date (people.match.ts), so a re-import updates. A preview runs the same steps and
// rolls back, answering which rule matched each row.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { type Lang, translate } from "../../i18n/messages.ts";
import { AppError } from "../../server/app-error.ts";
import type { UploadLimits } from "../../server/config.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { type AuditInput, appendAuditMany, diffFields, recordNoChange } from "../audit/index.ts";
import { department } from "../org/index.ts";
import { readUploadedWith } from "../shared/safe-upload/safe-upload.ts";
import type { ImportRowError, MatchRule } from "./people.contract.ts";
import { personMatcher } from "./people.match.ts";
import {
  type ParseError,
  type PeopleTable,
  type PersonField,
  peopleFromTable,
  peopleUploadReader,
} from "./people.parse.ts";
import { person } from "./people.tables.ts";

const INSERT_CHUNK = 500;

export async function importPeopleFile(
  db: Db,
  ctx: OrgContext,
  file: { buffer: Buffer; filename: string; lang: Lang; limits: UploadLimits },
  mode: "preview" | "commit" = "commit",
): Promise<ImportOutcome> {
  if (file.buffer.length === 0)
    throw new AppError("validation", "FILE_EMPTY", { file: { key: "FILE_EMPTY" } });
  // Read off the main thread by the safe reader, before the transaction starts.
  const table = await readUploadedWith<PeopleTable>(file, peopleUploadReader, file.limits);
  return writeInOrg(db, ctx, async (tx) => {
    // Departments are read in the transaction so the names match what the rows will point to.
    const departments = await tx
      .select({ id: department.id, name: department.name })
      .from(department)
      .where(eq(department.orgId, ctx.orgId));
    const parsed = peopleFromTable(table, departments);
    if (parsed.errors.length > 0) throw importInvalid(parsed.errors, file.lang);

    const existing = await tx
      .select()
      .from(person)
      .where(eq(person.orgId, ctx.orgId))
      .for("update");
    const match = personMatcher(existing);
    const byId = new Map(existing.map((p) => [p.id, p]));

    const inserts: (typeof person.$inferInsert)[] = [];
    const updates: Array<{
      before: (typeof existing)[number];
      patch: Partial<typeof person.$inferInsert>;
    }> = [];
    const matches: ImportMatch[] = [];
    const matchErrors: ParseError[] = [];
    const claimedBy = new Map<string, number>();
    let unchanged = 0;
    for (const { line, value } of parsed.rows) {
      const { userId: _linkedUser, ...fields } = value;
      const found = match({
        name: fields.name,
        email: fields.email ?? null,
        employeeNumber: fields.employeeNumber ?? null,
        departmentId: fields.departmentId ?? null,
        joinedOn: fields.joinedOn ?? null,
      });
      if (found.kind === "ambiguous") {
        matchErrors.push(rowError(line, fields.name, "ambiguous_person", { count: found.count }));
        continue;
      }
      if (found.kind === "new") {
        inserts.push({ orgId: ctx.orgId, id: randomUUID(), ...fields });
        matches.push({ row: line, name: fields.name, rule: null, personId: null });
        continue;
      }
      const earlier = claimedBy.get(found.person.id);
      if (earlier !== undefined) {
        matchErrors.push(rowError(line, fields.name, "same_person_in_file", { line: earlier }));
        continue;
      }
      claimedBy.set(found.person.id, line);
      matches.push({ row: line, name: fields.name, rule: found.rule, personId: found.person.id });
      const before = byId.get(found.person.id) ?? found.person;
      // Only the columns the file has are applied; a missing column keeps what is stored.
      const patch = pick(fields, parsed.fields);
      if (parsed.fields.some((f) => (before[f as never] ?? null) !== (patch[f] ?? null)))
        updates.push({ before: before as (typeof existing)[number], patch });
      else unchanged++;
    }
    if (matchErrors.length > 0) throw importInvalid(matchErrors, file.lang);
    if (mode === "preview") {
      // Nothing is written: answer what the commit would do.
      await recordNoChange(tx, ctx);
      return {
        mode: "preview" as const,
        created: inserts.length,
        updated: updates.length,
        unchanged,
        total: parsed.rows.length,
        matches,
      };
    }

    const events: AuditInput[] = [];
    for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
      const created = await tx
        .insert(person)
        .values(inserts.slice(i, i + INSERT_CHUNK))
        .returning();
      for (const row of created)
        events.push({
          entity: "person",
          entityId: row.id,
          action: "create",
          changes: diffFields(null, row),
        });
    }
    for (let i = 0; i < updates.length; i += INSERT_CHUNK) {
      const chunk = updates.slice(i, i + INSERT_CHUNK);
      await tx.execute(updateMany(ctx.orgId, parsed.fields, chunk));
      for (const { before, patch } of chunk)
        events.push({
          entity: "person",
          entityId: before.id,
          action: "update",
          changes: diffFields(before, { ...before, ...patch }),
        });
    }
    await appendAuditMany(tx, ctx, events);
    return { created: inserts.length, updated: updates.length, total: parsed.rows.length };
  });
}

/** One UPDATE … FROM (VALUES …) per chunk instead of one statement per person. */
function updateMany(
  orgId: string,
  fields: PersonField[],
  rows: Array<{ before: { id: string }; patch: Record<string, unknown> }>,
) {
  const col = (f: PersonField) => sql.identifier(person[f].name);
  const cast = (f: PersonField) =>
    f === "joinedOn" || f === "leftOn" ? sql.raw("::date") : sql.raw("::text");
  const values = rows.map(
    ({ before, patch }) =>
      sql`(${before.id}::text, ${sql.join(
        fields.map((f) => sql`${patch[f] ?? null}${cast(f)}`),
        sql`, `,
      )})`,
  );
  const sets = fields.map((f) => sql`${col(f)} = v.${col(f)}`);
  return sql`update ${person} set ${sql.join(sets, sql`, `)}, updated_at = now()
    from (values ${sql.join(values, sql`, `)}) as v(id, ${sql.join(fields.map(col), sql`, `)})
    where ${person.orgId} = ${orgId} and ${person.id} = v.id`;
}

type ImportMatch = { row: number; name: string; rule: MatchRule | null; personId: string | null };
type ImportOutcome = {
  created: number;
  updated: number;
  total: number;
  mode?: "preview";
  unchanged?: number;
  matches?: ImportMatch[];
};

const rowError = (
  row: number,
  name: string,
  key: string,
  params: Record<string, string | number>,
): ParseError => ({ row, column: "氏名", value: name, key, params });

function pick<T extends Record<PersonField, unknown>>(value: T, fields: PersonField[]) {
  return Object.fromEntries(fields.map((f) => [f, value[f]])) as Partial<T>;
}

function importInvalid(errors: ParseError[], lang: Lang): AppError {
  const details: { errors: ImportRowError[] } = {
    errors: errors.map((e) => ({
      row: e.row,
      column: e.column,
      value: e.value,
      message: translate(e.key, lang, e.params),
    })),
  };
  return new AppError(
    "validation",
    "IMPORT_INVALID",
    { file: { key: "IMPORT_INVALID" } },
    {},
    details,
  );
}
