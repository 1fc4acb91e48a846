// Reminding the people who have not confirmed (or signed) a version: by hand from the
// confirmation page (「未確認者に再通知」), and by the scheduled job once the due day has passed.
// Each reminder mails a new personal link (only hashes are kept, so the earlier one cannot be
// sent again) and stamps last_reminded_at. Nobody is mailed twice within 24 hours by hand
// (the request's own mail counts), nor more than once a week by the job.
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { mailedRecently } from "../../core/personal-links/reminders.ts";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, recordNoChange } from "../audit/index.ts";
import { department } from "../org/index.ts";
import { inOffice, person } from "../people/index.ts";
import type { LinkOptions } from "../personal-links/index.ts";
import { chunks } from "../shared/bulk-sql.ts";
import type {
  AckKind,
  AckPersonOut,
  RemindInput,
  RemindResult,
} from "./documents.acknowledgements.contract.ts";
import {
  type Mailee,
  mailNewLinks,
  type VersionForMail,
} from "./documents.acknowledgements.links.ts";
import { ACK_ENTITY, readSentVersion } from "./documents.acknowledgements.send.ts";
import { pmsDocumentAcknowledgement as A } from "./documents.tables.ts";

export type PendingRow = Mailee & {
  versionId: string;
  kind: AckKind;
  dueOn: string | null;
  requestedAt: Date;
  lastRemindedAt: Date | null;
};

/** Unconfirmed rows of people in office matching `where`, locked for the reminder. */
export async function pendingRows(
  tx: Tx,
  orgId: string,
  where: SQL,
  today: string,
): Promise<(Omit<PendingRow, "email"> & { email: string | null })[]> {
  const rows = await tx
    .select({
      ackId: A.id,
      versionId: A.versionId,
      kind: A.kind,
      dueOn: A.dueOn,
      requestedAt: A.requestedAt,
      lastRemindedAt: A.lastRemindedAt,
      personId: person.id,
      personName: person.name,
      departmentName: department.name,
      email: person.email,
    })
    .from(A)
    .innerJoin(person, and(eq(person.orgId, A.orgId), eq(person.id, A.personId)))
    .leftJoin(
      department,
      and(eq(department.orgId, person.orgId), eq(department.id, person.departmentId)),
    )
    .where(and(eq(A.orgId, orgId), isNull(A.acknowledgedAt), inOffice(today), where))
    .orderBy(sql`coalesce(${person.kana}, ${person.name})`, A.id)
    .for("update", { of: A });
  return rows.map((r) => ({ ...r, kind: r.kind as AckKind }));
}

/**
 * Mails each group (same version, kind and due day) its reminder with new links and stamps
 * the rows; returns how many were mailed.
 */
export async function remindRows(
  tx: Tx,
  ctx: OrgContext,
  rows: readonly PendingRow[],
  version: (versionId: string) => VersionForMail,
  links: LinkOptions,
  now: Date,
): Promise<number> {
  const groups = new Map<string, PendingRow[]>();
  for (const r of rows) {
    const key = `${r.versionId}|${r.kind}|${r.dueOn ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  let sent = 0;
  for (const group of groups.values()) {
    const first = group[0] as PendingRow;
    sent += await mailNewLinks(tx, ctx, {
      kind: first.kind,
      mailees: group,
      version: version(first.versionId),
      dueOn: first.dueOn,
      reminder: true,
      links,
      today: todayInJapan(now),
      now,
    });
  }
  for (const part of chunks(
    rows.map((r) => r.ackId),
    2000,
  ))
    await tx
      .update(A)
      .set({ lastRemindedAt: now })
      .where(and(eq(A.orgId, ctx.orgId), inArray(A.id, part)));
  return sent;
}

const person_ = (r: { personId: string; personName: string; departmentName: string | null }) => ({
  personId: r.personId,
  personName: r.personName,
  departmentName: r.departmentName,
});

/** 「未確認者に再通知」: the version's pending people with e-mail, unless mailed in 24 hours. */
export async function remindPending(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  input: RemindInput,
  links: LinkOptions,
  now = new Date(),
): Promise<RemindResult> {
  const today = todayInJapan(now);
  return writeInOrg(db, ctx, async (tx) => {
    const version = await readSentVersion(tx, ctx.orgId, documentId, versionId, true);
    if (version.status !== "published") throw conflict("DOCUMENT_ACK_NOT_PUBLISHED");
    const rows = await pendingRows(
      tx,
      ctx.orgId,
      and(eq(A.versionId, versionId), eq(A.kind, input.kind)) as SQL,
      today,
    );
    const withoutEmail: AckPersonOut[] = [];
    const due: PendingRow[] = [];
    let skippedRecent = 0;
    for (const r of rows) {
      if (!r.email) withoutEmail.push(person_(r));
      else if (mailedRecently([r.requestedAt, r.lastRemindedAt], now)) skippedRecent++;
      else due.push({ ...r, email: r.email });
    }
    const reminded = await remindRows(tx, ctx, due, () => version, links, now);
    if (reminded === 0) await recordNoChange(tx, ctx);
    else
      await appendAudit(tx, ctx, {
        entity: ACK_ENTITY,
        entityId: versionId,
        action: "remind",
        changes: {
          documentTitle: { old: null, new: `${version.number} ${version.title}` },
          versionNo: { old: null, new: version.versionNo },
          kind: { old: null, new: input.kind },
          reminded: { old: null, new: reminded },
          skippedRecent: { old: null, new: skippedRecent },
        },
      });
    return { reminded, skippedRecent, withoutEmail };
  });
}
