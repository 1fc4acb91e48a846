// Which stored person a row of a people file is (re-import updates instead of duplicating).
// Rules, in order: 社員番号 when the row has one; else the e-mail address; else name +
// department + joining date (an absent department or date matches an absent one). A stored
// person whose own 社員番号 or e-mail differs from the row's is never matched by a later rule:
// that is somebody else. Pure: the caller passes the stored people.
import type { MatchRule } from "./people.contract.ts";

export interface StoredPerson {
  id: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  departmentId: string | null;
  joinedOn: string | null;
}

export interface RowKeys {
  name: string;
  email: string | null;
  employeeNumber: string | null;
  departmentId: string | null;
  joinedOn: string | null;
}

export type MatchResult =
  | { kind: "new" }
  | { kind: "match"; person: StoredPerson; rule: MatchRule }
  | { kind: "ambiguous"; count: number };

/** Names compared with width folded and spaces removed (「山田　太郎」 = 「山田 太郎」). */
const nameKey = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
const tupleKey = (name: string, departmentId: string | null, joinedOn: string | null) =>
  `${nameKey(name)}\u0000${departmentId ?? ""}\u0000${joinedOn ?? ""}`;

export function personMatcher(stored: readonly StoredPerson[]) {
  const byNumber = new Map<string, StoredPerson>();
  const byEmail = new Map<string, StoredPerson>();
  const byTuple = new Map<string, StoredPerson[]>();
  for (const p of stored) {
    if (p.employeeNumber) byNumber.set(p.employeeNumber, p);
    if (p.email) byEmail.set(p.email.toLowerCase(), p);
    const k = tupleKey(p.name, p.departmentId, p.joinedOn);
    byTuple.set(k, [...(byTuple.get(k) ?? []), p]);
  }
  // Someone else: the stored person has another number, or another e-mail, than the row.
  const conflicts = (p: StoredPerson, row: RowKeys) =>
    (row.employeeNumber !== null &&
      p.employeeNumber !== null &&
      p.employeeNumber !== row.employeeNumber) ||
    (row.email !== null && p.email !== null && p.email.toLowerCase() !== row.email);

  return (row: RowKeys): MatchResult => {
    if (row.employeeNumber) {
      const p = byNumber.get(row.employeeNumber);
      if (p) return { kind: "match", person: p, rule: "employee_number" };
    }
    if (row.email) {
      const p = byEmail.get(row.email);
      if (p && !conflicts(p, row)) return { kind: "match", person: p, rule: "email" };
    }
    const candidates = (
      byTuple.get(tupleKey(row.name, row.departmentId, row.joinedOn)) ?? []
    ).filter((p) => !conflicts(p, row));
    if (candidates.length === 1 && candidates[0])
      return { kind: "match", person: candidates[0], rule: "name_department_joined" };
    if (candidates.length > 1) return { kind: "ambiguous", count: candidates.length };
    return { kind: "new" };
  };
}
