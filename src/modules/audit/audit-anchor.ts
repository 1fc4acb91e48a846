// Anchors: the heads of the chains (org, seq, hash, time), signed with the audit key and kept
// outside the database (`mamori audit anchor FILE`, or one organization's head downloaded from
// the audit page). Someone who can write to the database but not to the anchor can still
// delete the last events and put back an older, genuine head row; the chain then verifies, but
// it is shorter than an anchor taken before, or its anchored event has another hash.
import { and, eq, inArray, max } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import { AppError } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { organization } from "../auth/index.ts";
import { appendAudit } from "./audit.service.ts";
import { auditEvent, auditHead } from "./audit.tables.ts";
import { type AuditKey, anchorSignature, sameMac } from "./audit-hash.ts";
import { currentAuditKey } from "./audit-key.ts";
import { type AuditProblem, headIsAuthentic } from "./audit-verify.ts";
import { exportEvent } from "./record-export.ts";

export const ANCHOR_FORMAT = "mamori-audit-anchor";

export type AnchorHead = {
  orgId: string;
  seq: number;
  hash: string;
  /** Time of the event at `seq` (null for an empty chain). */
  at: string | null;
};

export type AnchorFile = {
  format: typeof ANCHOR_FORMAT;
  version: 1;
  createdAt: string;
  /** Fingerprint of the key that signed it. */
  keyId: string;
  heads: AnchorHead[];
  /** HMAC of everything above (audit-hash.ts anchorSignature). */
  signature: string;
};

/** A file that is not an anchor at all (as opposed to one whose signature does not match). */
export class AnchorFormatError extends Error {
  override name = "AnchorFormatError";
}

export function signAnchor(key: AuditKey, heads: AnchorHead[], now = new Date()): AnchorFile {
  const body: Omit<AnchorFile, "signature"> = {
    format: ANCHOR_FORMAT,
    version: 1,
    createdAt: now.toISOString(),
    keyId: key.id,
    heads,
  };
  return { ...body, signature: anchorSignature(key, body) };
}

export function anchorSignatureValid(key: AuditKey, file: AnchorFile): boolean {
  const { signature, ...body } = file;
  return sameMac(signature, anchorSignature(key, body));
}

/** Reads an anchor file's JSON; its shape only (the signature is checked separately). */
export function parseAnchor(text: string, where: string): AnchorFile {
  const refuse = () =>
    new AnchorFormatError(
      `${where} はアンカーファイルではありません / ${where} is not an audit anchor file`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse();
  }
  const f = data as Partial<AnchorFile> | null;
  if (
    !f ||
    f.format !== ANCHOR_FORMAT ||
    f.version !== 1 ||
    typeof f.createdAt !== "string" ||
    typeof f.keyId !== "string" ||
    typeof f.signature !== "string" ||
    !Array.isArray(f.heads) ||
    !f.heads.every(
      (h) =>
        h &&
        typeof h.orgId === "string" &&
        Number.isSafeInteger(h.seq) &&
        h.seq >= 0 &&
        typeof h.hash === "string" &&
        (h.at === null || typeof h.at === "string"),
    )
  ) {
    throw refuse();
  }
  return f as AnchorFile;
}

/** The current heads (all organizations with a chain, or the ones given). */
export async function currentHeads(db: Db | Tx, orgIds?: string[]): Promise<AnchorHead[]> {
  const rows = await db
    .select({ orgId: auditHead.orgId, seq: auditHead.seq, hash: auditHead.hash, at: auditEvent.at })
    .from(auditHead)
    .leftJoin(
      auditEvent,
      and(eq(auditEvent.orgId, auditHead.orgId), eq(auditEvent.seq, auditHead.seq)),
    )
    .where(orgIds ? inArray(auditHead.orgId, orgIds) : undefined)
    .orderBy(auditHead.orgId);
  return rows.map((r) => ({ ...r, at: r.at?.toISOString() ?? null }));
}

/** Compares one anchored head with the chain: shorter than the anchor, or rewritten. */
export async function checkAnchoredHead(
  db: Db | Tx,
  anchored: AnchorHead,
): Promise<AuditProblem[]> {
  const problem = (
    kind: AuditProblem["kind"],
    code: AuditProblem["code"],
    params: AuditProblem["params"],
  ): AuditProblem[] => [{ kind, code, orgId: anchored.orgId, params }];
  if (anchored.seq === 0) return [];
  const [event] = await db
    .select({ hash: auditEvent.hash })
    .from(auditEvent)
    .where(and(eq(auditEvent.orgId, anchored.orgId), eq(auditEvent.seq, anchored.seq)));
  if (event) {
    return event.hash === anchored.hash
      ? []
      : problem("anchor_rewritten", "AUDIT_ANCHOR_REWRITTEN", { anchor: anchored.seq });
  }
  const [org] = await db
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.id, anchored.orgId));
  if (!org) return problem("anchor_shorter", "AUDIT_ANCHOR_ORG_GONE", { anchor: anchored.seq });
  const [row] = await db
    .select({ last: max(auditEvent.seq) })
    .from(auditEvent)
    .where(eq(auditEvent.orgId, anchored.orgId));
  const last = Number(row?.last ?? 0);
  return last < anchored.seq
    ? problem("anchor_shorter", "AUDIT_ANCHOR_SHORTER", { anchor: anchored.seq, last })
    : problem("anchor_rewritten", "AUDIT_ANCHOR_REWRITTEN", { anchor: anchored.seq });
}

/**
 * One organization's signed head, for the audit page's download. The head is checked first
 * (a head that is not authentic is not signed: 409), the download is recorded like any other
 * export, and the head signed is the one after that record, all in one transaction holding
 * the head row, so the file also vouches for its own download.
 */
export async function downloadAnchor(db: Db, ctx: OrgContext): Promise<AnchorFile> {
  const key = currentAuditKey();
  return writeInOrg(db, ctx, async (tx) => {
    const [head] = await tx
      .select()
      .from(auditHead)
      .where(eq(auditHead.orgId, ctx.orgId))
      .for("update");
    if (head && !(await headIsAuthentic(tx, key, head)))
      throw new AppError("conflict", "AUDIT_CHAIN_BROKEN");
    await appendAudit(tx, ctx, exportEvent("audit_anchor", "json", 1));
    return signAnchor(key, await currentHeads(tx, [ctx.orgId]));
  });
}
