// The attendance screen's state: each invitee's mark (present, absent, or not yet), a search
// over name and reading, a department filter, 全員出席 over what is shown, and the entries
// one save sends (only the people whose mark differs from what is stored).
export type Mark = "present" | "absent" | "invited";

export type AttendeeLike = {
  personId: string;
  name: string;
  kana: string | null;
  departmentName: string | null;
  status: Mark;
};

/** Narrows by a search over name and reading (spaces ignored) and a department. */
export function visibleAttendees<T extends AttendeeLike>(
  rows: readonly T[],
  q: string,
  department: string | null,
): T[] {
  const needle = q.replace(/\s/g, "").toLowerCase();
  return rows.filter((r) => {
    if (department !== null && (r.departmentName ?? "") !== department) return false;
    if (!needle) return true;
    const hay = `${r.name}${r.kana ?? ""}`.replace(/\s/g, "").toLowerCase();
    return hay.includes(needle);
  });
}

/** The departments of the invitees, in their order, for the filter ("" for none). */
export const attendeeDepartments = (rows: readonly AttendeeLike[]) => [
  ...new Set(rows.map((r) => r.departmentName ?? "")),
];

/** Marks every given person present (全員出席 over the rows shown). */
export function markAll(
  marks: Readonly<Record<string, Mark>>,
  rows: readonly AttendeeLike[],
  mark: Mark,
): Record<string, Mark> {
  const next = { ...marks };
  for (const r of rows) next[r.personId] = mark;
  return next;
}

/** The entries to send: people marked present or absent whose mark is not the stored one. */
export function changedEntries(
  rows: readonly AttendeeLike[],
  marks: Readonly<Record<string, Mark>>,
): Array<{ personId: string; status: "present" | "absent" }> {
  const out: Array<{ personId: string; status: "present" | "absent" }> = [];
  for (const r of rows) {
    const m = marks[r.personId] ?? r.status;
    if (m !== r.status && m !== "invited") out.push({ personId: r.personId, status: m });
  }
  return out;
}

/** Counts of the marks on screen (saved or not). */
export function markCounts(rows: readonly AttendeeLike[], marks: Readonly<Record<string, Mark>>) {
  const counts = { present: 0, absent: 0, invited: 0 };
  for (const r of rows) counts[marks[r.personId] ?? r.status]++;
  return counts;
}
