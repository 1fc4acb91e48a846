// What the readiness rules read of 周知: for a version (the internal policy in force), how many
// current staff there are, how many of them confirmed it, and how many have not. People who
// joined after the version was sent count as pending (they were never asked), and people who
// left no longer count at all. One statement whatever the size.
import { and, count, eq, isNotNull } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { inOffice, person } from "../people/index.ts";
import type { AckKind } from "./documents.acknowledgements.contract.ts";
import { pmsDocumentAcknowledgement as A } from "./documents.tables.ts";

export type AcknowledgementStatus = {
  /** Staff in office today. */
  targets: number;
  /** Of them, those who confirmed (signed) this version. */
  confirmed: number;
  /** targets − confirmed: asked and not done, or never asked. */
  pendingCurrentStaff: number;
};

export async function acknowledgementStatus(
  db: Db | Tx,
  orgId: string,
  versionId: string,
  opts: { kind?: AckKind; today?: string } = {},
): Promise<AcknowledgementStatus> {
  const today = opts.today ?? todayInJapan();
  const kind = opts.kind ?? "read";
  const [row] = await db
    .select({
      targets: count(),
      confirmed: count(A.id),
    })
    .from(person)
    .leftJoin(
      A,
      and(
        eq(A.orgId, person.orgId),
        eq(A.personId, person.id),
        eq(A.versionId, versionId),
        eq(A.kind, kind),
        isNotNull(A.acknowledgedAt),
      ),
    )
    .where(and(eq(person.orgId, orgId), inOffice(today)));
  const targets = row?.targets ?? 0;
  const confirmed = row?.confirmed ?? 0;
  return { targets, confirmed, pendingCurrentStaff: targets - confirmed };
}
