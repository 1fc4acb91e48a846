// The 規程類対照表 of one organization: its documents in use (not archived), each read at its
// version in force or, before the first publication, at its open version, mapped onto the J
// items that need a rule or a record (core/documents/coverage.ts). One statement.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DocumentContent } from "../../core/documents/content.ts";
import {
  type CoverageDocument,
  coverage,
  RECORD_REGISTER_LABELS,
} from "../../core/documents/coverage.ts";
import type { DocumentKind } from "../../core/documents/status.ts";
import { DEFAULT_CATALOGUE_ID, getCatalogue } from "../../core/requirements/index.ts";
import type { Db } from "../../db/client.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { OPEN_STATUSES } from "./documents.present.ts";
import { pmsDocument, pmsDocumentVersion } from "./documents.tables.ts";
import type { CoverageOut } from "./documents.templates.contract.ts";

const D = pmsDocument;
const cur = alias(pmsDocumentVersion, "cur");
const openV = alias(pmsDocumentVersion, "open_v");

export async function loadCoverageDocuments(db: Db, ctx: OrgContext): Promise<CoverageDocument[]> {
  const rows = await db
    .select({
      id: D.id,
      number: D.number,
      title: D.title,
      kind: D.kind,
      jRefs: D.jRefs,
      current: cur.content,
      open: openV.content,
    })
    .from(D)
    .leftJoin(cur, and(eq(cur.orgId, D.orgId), eq(cur.id, D.currentVersionId)))
    .leftJoin(
      openV,
      and(
        eq(openV.orgId, D.orgId),
        eq(openV.documentId, D.id),
        inArray(openV.status, [...OPEN_STATUSES]),
      ),
    )
    .where(and(eq(D.orgId, ctx.orgId), isNull(D.archivedAt)));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    kind: r.kind as DocumentKind,
    jRefs: r.jRefs,
    content: (r.current ?? r.open) as DocumentContent | null,
    status: r.current ? "published" : r.open ? "draft" : null,
  }));
}

const titles = new Map(
  (getCatalogue(DEFAULT_CATALOGUE_ID)?.nodes ?? []).map((n) => [n.ref, n.title]),
);

export async function getCoverage(db: Db, ctx: OrgContext): Promise<CoverageOut> {
  const result = coverage(await loadCoverageDocuments(db, ctx));
  const items = result.rows.map((r) => ({
    ref: r.ref,
    title: titles.get(r.ref) ?? { ja: r.ref, en: r.ref },
    needs: [...r.needs],
    keptIn: r.keptIn.map((key) => ({ key, label: RECORD_REGISTER_LABELS[key] })),
    answers: r.answers,
    missing: r.missing,
    draftOnly: r.draftOnly,
  }));
  return { items, total: items.length, uncovered: result.uncovered };
}
