// Whom a document request reaches: the staff in office (not left by today in Japan) of the
// whole organization or of chosen departments with their sub-departments, plus people chosen
// by name. Another organization's department or person is 404; a person chosen by name who
// has left is refused (400, personIds).
import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { invalidField, notFound } from "../../server/app-error.ts";
import { department, departmentsWithin } from "../org/index.ts";
import { inOffice, person } from "../people/index.ts";
import { MAX_ACK_TARGETS, type SendInput } from "./documents.acknowledgements.contract.ts";

export type AckTarget = {
  personId: string;
  personName: string;
  departmentName: string | null;
  email: string | null;
};

export async function ackTargets(
  tx: Tx,
  orgId: string,
  input: Pick<SendInput, "audience" | "personIds">,
  today: string,
): Promise<AckTarget[]> {
  const chosen = input.personIds ?? [];
  if (chosen.length) {
    const found = await tx
      .select({ id: person.id, leftOn: person.leftOn })
      .from(person)
      .where(and(eq(person.orgId, orgId), inArray(person.id, chosen)));
    if (found.length !== chosen.length) throw notFound();
    if (found.some((p) => p.leftOn !== null && p.leftOn <= today))
      throw invalidField("personIds", "person_left");
  }
  const who: SQL[] = [];
  if ("all" in input.audience) who.push(sql`true`);
  else {
    const depts = await departmentsWithin(tx, orgId, input.audience.departmentIds);
    if (depts.length) who.push(inArray(person.departmentId, depts));
  }
  if (chosen.length) who.push(inArray(person.id, chosen));
  if (who.length === 0) throw invalidField("audience", "no_staff");
  const rows = await tx
    .select({
      personId: person.id,
      personName: person.name,
      departmentName: department.name,
      email: person.email,
    })
    .from(person)
    .leftJoin(
      department,
      and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
    )
    .where(and(eq(person.orgId, orgId), inOffice(today), or(...who)))
    .orderBy(asc(sql`coalesce(${person.kana}, ${person.name})`), asc(person.id))
    .limit(MAX_ACK_TARGETS + 1);
  if (rows.length === 0) throw invalidField("audience", "no_staff");
  if (rows.length > MAX_ACK_TARGETS)
    throw invalidField("audience", "too_many_items", { max: MAX_ACK_TARGETS });
  return rows;
}
