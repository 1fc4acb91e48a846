// Who is on the staff on a day, as conditions on `person`: the one definition the register's
// 在籍 filter, the staff count and every capability that reaches the staff (personal links,
// document requests, education) share.
import { gt, isNull, lte, or, type SQL } from "drizzle-orm";
import { person } from "./people.tables.ts";

/** Not left by `today`: no leaving day, or one still ahead (a person leaves on their day). */
export const inOffice = (today: string): SQL =>
  or(isNull(person.leftOn), gt(person.leftOn, today)) as SQL;

/** Joined by `today`: a joining day on or before it, or none given. */
export const joinedBy = (today: string): SQL =>
  or(isNull(person.joinedOn), lte(person.joinedOn, today)) as SQL;
