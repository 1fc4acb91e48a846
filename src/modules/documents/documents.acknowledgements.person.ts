// The person's side of 周知・誓約, behind their personal link: the documents waiting for them
// (and those done, with dates), one version's text to read, confirming (read) and signing
// (pledge). A link of purpose "policy" sees the read requests, "pledge" the pledges; a request
// of another person, or of the other kind, is the same 404 as an unknown id, so one person's
// link can never confirm for another. What is stored names the exact version.
import { and, eq, isNull, type SQL } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict, invalidField, notFound } from "../../server/app-error.ts";
import { appendAudit, recordNoChange } from "../audit/index.ts";
import { type LiveLink, linkActor } from "../personal-links/index.ts";
import {
  type AckKind,
  ackKindOfPurpose,
  type PersonalAckDetail,
  type PersonalAckList,
  type PersonalAckOut,
  type SignInput,
  sameName,
} from "./documents.acknowledgements.contract.ts";
import { ACK_ENTITY } from "./documents.acknowledgements.send.ts";
import {
  pmsDocumentAcknowledgement as A,
  pmsDocument as D,
  pmsDocumentVersion as V,
} from "./documents.tables.ts";

function kindOf(link: LiveLink): AckKind {
  const kind = ackKindOfPurpose(link.purpose);
  if (!kind) throw notFound();
  return kind;
}

const mine = (link: LiveLink, kind: AckKind): SQL =>
  and(eq(A.orgId, link.orgId), eq(A.personId, link.personId), eq(A.kind, kind)) as SQL;

const columns = {
  id: A.id,
  kind: A.kind,
  number: D.number,
  title: D.title,
  versionNo: V.versionNo,
  versionStatus: V.status,
  effectiveOn: V.effectiveOn,
  requestedAt: A.requestedAt,
  dueOn: A.dueOn,
  acknowledgedAt: A.acknowledgedAt,
  signedOn: A.signedOn,
  typedName: A.typedName,
};
type Row = {
  id: string;
  kind: string;
  number: string;
  title: string;
  versionNo: number;
  versionStatus: string;
  effectiveOn: string | null;
  requestedAt: Date;
  dueOn: string | null;
  acknowledgedAt: Date | null;
  signedOn: string | null;
  typedName: string | null;
};

function present(r: Row): PersonalAckOut {
  return {
    id: r.id,
    kind: r.kind as AckKind,
    number: r.number,
    title: r.title,
    versionNo: r.versionNo,
    effectiveOn: r.effectiveOn,
    requestedAt: r.requestedAt.toISOString(),
    dueOn: r.dueOn,
    state: r.acknowledgedAt ? "done" : r.versionStatus === "published" ? "pending" : "superseded",
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    signedOn: r.signedOn,
    typedName: r.typedName,
  };
}

const joins = {
  version: and(eq(V.orgId, A.orgId), eq(V.id, A.versionId)),
  document: and(eq(D.orgId, V.orgId), eq(D.id, V.documentId)),
};

/** Waiting ones first (oldest request first), then the done ones (latest first). */
export async function listMyDocuments(db: Db, link: LiveLink): Promise<PersonalAckList> {
  const kind = kindOf(link);
  const rows = await db
    .select(columns)
    .from(A)
    .innerJoin(V, joins.version)
    .innerJoin(D, joins.document)
    .where(mine(link, kind));
  const order = { pending: 0, superseded: 1, done: 2 } as const;
  const items = rows.map(present).sort((a, b) => {
    if (a.state !== b.state) return order[a.state] - order[b.state];
    if (a.state === "done")
      return (
        (b.acknowledgedAt ?? "").localeCompare(a.acknowledgedAt ?? "") || a.id.localeCompare(b.id)
      );
    return a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id);
  });
  return { items };
}

async function readMine(db: Db, link: LiveLink, ackId: string) {
  const kind = kindOf(link);
  const [row] = await db
    .select({
      ...columns,
      personId: A.personId,
      versionId: A.versionId,
      content: V.content,
      fieldValues: V.fieldValues,
    })
    .from(A)
    .innerJoin(V, joins.version)
    .innerJoin(D, joins.document)
    .where(and(mine(link, kind), eq(A.id, ackId)));
  if (!row) throw notFound();
  return row;
}

export async function getMyDocument(
  db: Db,
  link: LiveLink,
  ackId: string,
): Promise<PersonalAckDetail> {
  const row = await readMine(db, link, ackId);
  return { ...present(row), content: row.content, fieldValues: row.fieldValues ?? {} };
}

type Acknowledgement = {
  typedName?: string;
  signedOn?: string;
};

/**
 * Records the confirmation (or signature) once: a second call answers the first record
 * unchanged. A version replaced by a newer one can no longer be confirmed (409).
 */
async function acknowledge(
  db: Db,
  link: LiveLink,
  ackId: string,
  kind: AckKind,
  check: (row: Awaited<ReturnType<typeof readMine>>) => Acknowledgement,
  now: Date,
): Promise<PersonalAckOut> {
  if (kindOf(link) !== kind) throw notFound();
  const row = await readMine(db, link, ackId);
  if (row.acknowledgedAt) return present(row);
  if (row.versionStatus !== "published") throw conflict("DOCUMENT_ACK_SUPERSEDED");
  const given = check(row);
  const ctx = linkActor(link);
  const done = await writeInOrg(db, ctx, async (tx) => {
    const [updated] = await tx
      .update(A)
      .set({
        acknowledgedAt: now,
        via: "link",
        personalLinkId: link.linkId,
        ...(kind === "pledge" ? { typedName: given.typedName, signedOn: given.signedOn } : {}),
      })
      .where(
        and(
          eq(A.orgId, link.orgId),
          eq(A.id, ackId),
          eq(A.personId, link.personId),
          isNull(A.acknowledgedAt),
        ),
      )
      .returning({ id: A.id });
    // Confirmed in the meantime (two taps at once): the first one stands.
    if (!updated) {
      await recordNoChange(tx, ctx);
      return false;
    }
    await appendAudit(tx, ctx, {
      entity: ACK_ENTITY,
      entityId: ackId,
      action: kind === "pledge" ? "sign" : "confirm",
      changes: {
        personName: { old: null, new: link.personName },
        documentTitle: { old: null, new: `${row.number} ${row.title}` },
        versionNo: { old: null, new: row.versionNo },
        acknowledgedAt: { old: null, new: now.toISOString() },
        via: { old: null, new: "link" },
        ...(kind === "pledge"
          ? {
              typedName: { old: null, new: given.typedName ?? null },
              signedOn: { old: null, new: given.signedOn ?? null },
            }
          : {}),
      },
    });
    return true;
  });
  if (!done) return present(await readMine(db, link, ackId));
  return present({ ...row, acknowledgedAt: now, ...given });
}

export function confirmMyDocument(db: Db, link: LiveLink, ackId: string, now = new Date()) {
  return acknowledge(db, link, ackId, "read", () => ({}), now);
}

export function signMyDocument(
  db: Db,
  link: LiveLink,
  ackId: string,
  input: SignInput,
  now = new Date(),
) {
  return acknowledge(
    db,
    link,
    ackId,
    "pledge",
    (row) => {
      if (!sameName(input.typedName, link.personName))
        throw invalidField("typedName", "document_ack_name_mismatch");
      if (input.signedOn > todayInJapan(now))
        throw invalidField("signedOn", "document_ack_signed_future");
      if (input.signedOn < todayInJapan(row.requestedAt))
        throw invalidField("signedOn", "document_ack_signed_before_request");
      return { typedName: input.typedName, signedOn: input.signedOn };
    },
    now,
  );
}
