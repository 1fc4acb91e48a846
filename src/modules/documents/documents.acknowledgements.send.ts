// 周知依頼・誓約依頼: sending a published version to the staff. One transaction writes a row per
// person asked (skipping those asked before for the version and kind), a new personal link and
// a mail for each person with an e-mail address, one event per link (the personal links'
// rule) and one event for the request with its counts (not one per person: the rows are the
// record, the event says who sent what to how many). People without e-mail who already hold a
// live link (a printed card) see the request there; the others are answered as needing the
// printed sheet, which the send dialog offers for exactly them.
import { randomUUID } from "node:crypto";
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit } from "../audit/index.ts";
import { organization } from "../auth/index.ts";
import { type LinkOptions, personalLink } from "../personal-links/index.ts";
import { chunks } from "../shared/bulk-sql.ts";
import { rowsOf } from "../shared/sql-helpers.ts";
import {
  ACK_PURPOSE,
  type AckKind,
  type SendInput,
  type SendResult,
} from "./documents.acknowledgements.contract.ts";
import { type Mailee, mailNewLinks } from "./documents.acknowledgements.links.ts";
import { ackTargets } from "./documents.acknowledgements.targets.ts";
import { pmsDocument as D, pmsDocumentVersion as V } from "./documents.tables.ts";

export const ACK_ENTITY = "pms_document_acknowledgement";

export type SentVersion = {
  documentId: string;
  versionId: string;
  number: string;
  title: string;
  versionNo: number;
  status: string;
  publishedAt: Date | null;
  archived: boolean;
  orgName: string;
};

/** The version with its document and organization; another organization's is 404. */
export async function readSentVersion(
  db: Db | Tx,
  orgId: string,
  documentId: string,
  versionId: string,
  lock = false,
): Promise<SentVersion> {
  const query = db
    .select({
      documentId: D.id,
      versionId: V.id,
      number: D.number,
      title: D.title,
      versionNo: V.versionNo,
      status: V.status,
      publishedAt: V.publishedAt,
      archivedAt: D.archivedAt,
      orgName: organization.name,
    })
    .from(V)
    .innerJoin(D, and(eq(D.orgId, V.orgId), eq(D.id, V.documentId)))
    .innerJoin(organization, eq(organization.id, V.orgId))
    .where(and(eq(V.orgId, orgId), eq(V.id, versionId), eq(V.documentId, documentId)));
  // Shared with publishing: a version cannot be superseded while it is being sent.
  const [row] = lock ? await query.for("share", { of: V }) : await query;
  if (!row) throw notFound();
  const { archivedAt, ...rest } = row;
  return { ...rest, archived: archivedAt !== null };
}

/** Inserts the rows of the people not asked before; returns the new rows' people and ids. */
async function insertAskedRows(
  tx: Tx,
  ctx: OrgContext,
  version: SentVersion,
  kind: AckKind,
  personIds: readonly string[],
  dueOn: string | null,
  now: Date,
): Promise<Map<string, string>> {
  const asked = new Map<string, string>();
  for (const part of chunks(personIds, 2000)) {
    const rows = part.map((personId) => ({ id: randomUUID(), person_id: personId }));
    // The unique index (version, person, kind) settles a race with another send: the row
    // that loses is simply not inserted, and that person is not mailed twice.
    const res = await tx.execute(sql`
      insert into pms_document_acknowledgement
        (org_id, id, document_id, version_id, person_id, kind, requested_at, requested_by, due_on)
      select ${ctx.orgId}, x.id, ${version.documentId}, ${version.versionId}, x.person_id,
             ${kind}, ${now.toISOString()}::timestamptz, ${ctx.userId}, ${dueOn}::date
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id text, person_id text)
      on conflict do nothing
      returning id, person_id`);
    for (const r of rowsOf<{ id: string; person_id: string }>(res)) asked.set(r.person_id, r.id);
  }
  return asked;
}

/** People among `personIds` holding a live link of the purpose. */
async function withLiveLink(
  tx: Tx,
  orgId: string,
  purpose: string,
  personIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(personIds, 2000)) {
    const rows = await tx
      .select({ personId: personalLink.personId })
      .from(personalLink)
      .where(
        and(
          eq(personalLink.orgId, orgId),
          eq(personalLink.purpose, purpose),
          isNull(personalLink.revokedAt),
          gt(personalLink.expiresAt, now),
          inArray(personalLink.personId, part),
        ),
      );
    for (const r of rows) found.add(r.personId);
  }
  return found;
}

export async function sendForAcknowledgement(
  db: Db,
  ctx: OrgContext,
  documentId: string,
  versionId: string,
  input: SendInput,
  links: LinkOptions,
  now = new Date(),
): Promise<SendResult> {
  const today = todayInJapan(now);
  if (input.dueOn && input.dueOn < today) throw invalidField("dueOn", "document_ack_due_past");
  return writeInOrg(db, ctx, async (tx) => {
    const version = await readSentVersion(tx, ctx.orgId, documentId, versionId, true);
    if (version.status !== "published") throw conflict("DOCUMENT_ACK_NOT_PUBLISHED");
    if (version.archived) throw conflict("DOCUMENT_ARCHIVED");
    const targets = await ackTargets(tx, ctx.orgId, input, today);
    const asked = await insertAskedRows(
      tx,
      ctx,
      version,
      input.kind,
      targets.map((t) => t.personId),
      input.dueOn,
      now,
    );
    const fresh = targets.filter((t) => asked.has(t.personId));
    const mailees: Mailee[] = fresh.flatMap((t) =>
      t.email ? [{ ...t, email: t.email, ackId: asked.get(t.personId) as string }] : [],
    );
    const noEmail = fresh.filter((t) => !t.email);
    const purpose = ACK_PURPOSE[input.kind];
    const carded = await withLiveLink(
      tx,
      ctx.orgId,
      purpose,
      noEmail.map((t) => t.personId),
      now,
    );
    const mailed = await mailNewLinks(tx, ctx, {
      kind: input.kind,
      mailees,
      version,
      dueOn: input.dueOn,
      reminder: false,
      links,
      today,
      now,
    });
    const result: SendResult = {
      asked: fresh.length,
      skipped: targets.length - fresh.length,
      mailed,
      onCard: carded.size,
      needSheet: noEmail
        .filter((t) => !carded.has(t.personId))
        .map(({ personId, personName, departmentName }) => ({
          personId,
          personName,
          departmentName,
        })),
    };
    await appendAudit(tx, ctx, {
      entity: ACK_ENTITY,
      entityId: versionId,
      action: "send",
      changes: {
        documentTitle: { old: null, new: `${version.number} ${version.title}` },
        versionNo: { old: null, new: version.versionNo },
        kind: { old: null, new: input.kind },
        audience: { old: null, new: "all" in input.audience ? "all" : "departments" },
        dueOn: { old: null, new: input.dueOn },
        asked: { old: null, new: result.asked },
        skipped: { old: null, new: result.skipped },
        mailed: { old: null, new: result.mailed },
      },
    });
    return result;
  });
}
