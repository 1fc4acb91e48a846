// A confirmation or pledge given on paper (a signed sheet collected by the PMS office), entered
// afterwards: the row keeps via "paper", the day on the sheet and the name written on it.
import { and, eq } from "drizzle-orm";
import { todayInJapan } from "../../core/today-in-japan.ts";
import type { Db } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { conflict, invalidField, notFound } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit } from "../audit/index.ts";
import { person } from "../people/index.ts";
import type { PaperInput, PaperResult } from "./documents.acknowledgements.contract.ts";
import { ACK_ENTITY, readSentVersion } from "./documents.acknowledgements.send.ts";
import { pmsDocumentAcknowledgement as A } from "./documents.tables.ts";

export async function recordPaperAcknowledgement(
  db: Db,
  ctx: OrgContext,
  ids: { documentId: string; versionId: string; ackId: string },
  input: PaperInput,
  now = new Date(),
): Promise<PaperResult> {
  const today = todayInJapan(now);
  return writeInOrg(db, ctx, async (tx) => {
    const version = await readSentVersion(tx, ctx.orgId, ids.documentId, ids.versionId);
    const [row] = await tx
      .select({ ack: A, personName: person.name })
      .from(A)
      .innerJoin(person, and(eq(person.orgId, A.orgId), eq(person.id, A.personId)))
      .where(and(eq(A.orgId, ctx.orgId), eq(A.id, ids.ackId), eq(A.versionId, ids.versionId)))
      .for("update", { of: A });
    if (!row) throw notFound();
    if (row.ack.acknowledgedAt) throw conflict("DOCUMENT_ACK_DONE");
    if (input.signedOn > today) throw invalidField("signedOn", "document_ack_signed_future");
    if (version.publishedAt && input.signedOn < todayInJapan(version.publishedAt))
      throw invalidField("signedOn", "document_ack_signed_before_publish");
    const [after] = await tx
      .update(A)
      .set({
        acknowledgedAt: now,
        signedOn: input.signedOn,
        typedName: input.typedName,
        via: "paper",
      })
      .where(and(eq(A.orgId, ctx.orgId), eq(A.id, ids.ackId)))
      .returning();
    if (!after) throw notFound();
    await appendAudit(tx, ctx, {
      entity: ACK_ENTITY,
      entityId: ids.ackId,
      action: "record_paper",
      changes: {
        personName: { old: null, new: row.personName },
        documentTitle: { old: null, new: `${version.number} ${version.title}` },
        versionNo: { old: null, new: version.versionNo },
        kind: { old: null, new: after.kind },
        acknowledgedAt: { old: null, new: now.toISOString() },
        signedOn: { old: null, new: input.signedOn },
        typedName: { old: null, new: input.typedName },
        via: { old: null, new: "paper" },
      },
    });
    return {
      id: after.id,
      acknowledgedAt: now.toISOString(),
      signedOn: after.signedOn,
      typedName: after.typedName,
      via: after.via,
    };
  });
}
