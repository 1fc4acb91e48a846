// An organization's assessments of the requirement catalogue (適合 / 一部適合 / …) and the
// catalogue version it works against. Assessments are keyed by ref, not by version: adopting
// another version keeps them all, showing those whose ref the version still has as an item.
import { and, eq } from "drizzle-orm";
import type { RuleResult } from "../../core/readiness/index.ts";
import {
  type AssessmentStatus,
  assessableNodes,
  type Catalogue,
  type CatalogueNode,
  catalogueVersions,
  compareRefs,
  countByStatus,
  engineConclusion,
  getCatalogue,
  newestVersion,
  nodeByRef,
} from "../../core/requirements/index.ts";
import type { Db, Tx } from "../../db/client.ts";
import { writeInOrg } from "../../db/write-path.ts";
import type { Lang } from "../../i18n/messages.ts";
import { AppError, invalidField } from "../../server/app-error.ts";
import type { OrgContext } from "../../server/org-context.ts";
import { appendAudit, diffFields, recordNoChange } from "../audit/index.ts";
import { getReadiness } from "../readiness/index.ts";
import type { AdoptionOut, AssessmentInput, AssessmentOut } from "./requirements.contract.ts";
import { checkEvidence, loadEvidenceNames, presentEvidence } from "./requirements.evidence.ts";
import { catalogueNotFound } from "./requirements.present.ts";
import {
  catalogueAdoption,
  type EvidenceLink,
  requirementAssessment,
} from "./requirements.tables.ts";

const T = requirementAssessment;
type Row = typeof T.$inferSelect;

/**
 * The readiness engine's rule results, for the `engine` conclusion of every item. Read after
 * any write has committed (getReadiness reads through its own statements, not the write's
 * transaction), so the conclusion describes the records as they now are.
 */
async function engineResults(db: Db, ctx: OrgContext, lang: Lang): Promise<RuleResult[]> {
  return (await getReadiness(db, ctx, lang)).results as RuleResult[];
}

/** The version the organization works against: the adopted one, else the newest. */
async function adopted(db: Db | Tx, orgId: string, catalogueId: string, lock = false) {
  const newest = newestVersion(catalogueId);
  if (newest === undefined) throw catalogueNotFound();
  const query = db
    .select()
    .from(catalogueAdoption)
    .where(and(eq(catalogueAdoption.orgId, orgId), eq(catalogueAdoption.catalogueId, catalogueId)));
  const [row] = lock ? await query.for("update") : await query;
  // A version withdrawn from the product falls back to the newest rather than failing.
  const cat = (row && getCatalogue(catalogueId, row.version)) || getCatalogue(catalogueId);
  return { cat: cat as Catalogue, row, newest };
}

function assessableOrThrow(cat: Catalogue, ref: string): CatalogueNode {
  const node = nodeByRef(cat, ref);
  if (!node) throw new AppError("not_found", "REQUIREMENT_NOT_FOUND", {}, { ref });
  if (!node.assessable) throw new AppError("validation", "REQUIREMENT_NOT_ASSESSABLE", {}, { ref });
  return node;
}

function present(
  cat: Catalogue,
  node: CatalogueNode,
  row: Row | undefined,
  names: Map<string, string>,
  results: readonly RuleResult[],
): AssessmentOut {
  return {
    catalogueId: cat.id,
    ref: node.ref,
    urn: node.urn,
    title: node.title,
    verified: node.verified,
    status: (row?.status ?? "unassessed") as AssessmentStatus,
    notes: row?.notes ?? null,
    evidence: (row?.evidence ?? []).map((l) => presentEvidence(l, names)),
    assessedVersion: row?.catalogueVersion ?? null,
    updatedBy: row?.updatedBy ?? null,
    updatedByName: row?.updatedByName ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    engine: engineConclusion(node.ref, results),
  };
}

async function rowsOf(db: Db | Tx, orgId: string, catalogueId: string) {
  return db
    .select()
    .from(T)
    .where(and(eq(T.orgId, orgId), eq(T.catalogueId, catalogueId)));
}

/** Assessed refs that are not assessable items of `cat` (kept, but not shown). */
function hiddenRefs(cat: Catalogue, refs: string[]): string[] {
  return refs.filter((ref) => !nodeByRef(cat, ref)?.assessable).sort(compareRefs);
}

/** Every assessable item of the adopted version with the organization's assessment. */
export async function listAssessments(db: Db, ctx: OrgContext, catalogueId: string, lang: Lang) {
  const [{ cat, newest }, rows, results] = await Promise.all([
    adopted(db, ctx.orgId, catalogueId),
    rowsOf(db, ctx.orgId, catalogueId),
    engineResults(db, ctx, lang),
  ]);
  const byRef = new Map(rows.map((r) => [r.ref, r]));
  const nodes = assessableNodes(cat);
  const shown = nodes.flatMap((n) => byRef.get(n.ref) ?? []);
  const names = await loadEvidenceNames(
    db,
    ctx.orgId,
    shown.flatMap((r) => r.evidence),
    lang,
  );
  const items = nodes.map((n) => present(cat, n, byRef.get(n.ref), names, results));
  return {
    catalogueId,
    version: cat.version,
    newestVersion: newest,
    items,
    counts: countByStatus(items.map((i) => i.status)),
    hiddenRefs: hiddenRefs(cat, [...byRef.keys()]),
  };
}

export async function getAssessment(
  db: Db,
  ctx: OrgContext,
  catalogueId: string,
  ref: string,
  lang: Lang,
): Promise<AssessmentOut> {
  const { cat } = await adopted(db, ctx.orgId, catalogueId);
  const node = assessableOrThrow(cat, ref);
  const [[row], results] = await Promise.all([
    db
      .select()
      .from(T)
      .where(and(eq(T.orgId, ctx.orgId), eq(T.catalogueId, catalogueId), eq(T.ref, ref))),
    engineResults(db, ctx, lang),
  ]);
  const names = await loadEvidenceNames(db, ctx.orgId, row?.evidence ?? [], lang);
  return present(cat, node, row, names, results);
}

// Links in one key order: jsonb reorders keys, and the audit diff compares JSON text.
const snapshot = (r: Pick<Row, "status" | "notes" | "evidence" | "catalogueVersion">) => ({
  status: r.status,
  notes: r.notes,
  evidence: r.evidence.map((l) => ({ kind: l.kind, id: l.id, label: l.label ?? null })),
  catalogueVersion: r.catalogueVersion,
});

/** Records the organization's judgement of one item against the adopted version. */
export async function putAssessment(
  db: Db,
  ctx: OrgContext,
  catalogueId: string,
  ref: string,
  input: AssessmentInput,
  lang: Lang,
) {
  await writeInOrg(db, ctx, async (tx) => {
    const { cat } = await adopted(tx, ctx.orgId, catalogueId);
    assessableOrThrow(cat, ref);
    const links: EvidenceLink[] = input.evidence.map((e) => ({
      kind: e.kind,
      id: e.id,
      label: e.label ?? null,
    }));
    await checkEvidence(tx, ctx.orgId, links);
    const key = and(eq(T.orgId, ctx.orgId), eq(T.catalogueId, catalogueId), eq(T.ref, ref));
    const [before] = await tx.select().from(T).where(key).for("update");
    const after = snapshot({
      status: input.status,
      notes: input.notes,
      // The same record twice says nothing more: keep the first.
      evidence: links.filter(
        (l, i) => links.findIndex((o) => o.kind === l.kind && o.id === l.id) === i,
      ),
      catalogueVersion: cat.version,
    });
    const changes = diffFields(before ? snapshot(before) : null, after);
    if (Object.keys(changes).length) {
      const values = { ...after, updatedBy: ctx.userId, updatedByName: ctx.userName };
      await tx
        .insert(T)
        .values({ orgId: ctx.orgId, catalogueId, ref, ...values })
        .onConflictDoUpdate({
          target: [T.orgId, T.catalogueId, T.ref],
          set: { ...values, updatedAt: new Date() },
        });
      await appendAudit(tx, ctx, {
        entity: "requirement_assessment",
        entityId: `${catalogueId}:${ref}`,
        action: before ? "update" : "create",
        changes,
      });
    } else await recordNoChange(tx, ctx);
  });
  // Read back after the commit: the engine's conclusion reads outside the transaction.
  return getAssessment(db, ctx, catalogueId, ref, lang);
}

async function adoptionView(db: Db | Tx, orgId: string, catalogueId: string): Promise<AdoptionOut> {
  const { cat, row, newest } = await adopted(db, orgId, catalogueId);
  const rows = await rowsOf(db, orgId, catalogueId);
  return {
    catalogueId,
    version: cat.version,
    explicit: Boolean(row),
    adoptedAt: row?.adoptedAt.toISOString() ?? null,
    newestVersion: newest,
    versions: catalogueVersions(catalogueId),
    hiddenRefs: hiddenRefs(
      cat,
      rows.map((r) => r.ref),
    ),
  };
}

export async function getAdoption(db: Db, ctx: OrgContext, catalogueId: string) {
  return adoptionView(db, ctx.orgId, catalogueId);
}

/**
 * Pins the organization to one version. Every assessment is kept; those whose ref the version
 * lacks (or only has as a heading) are reported in hiddenRefs and come back on re-adoption.
 */
export async function adoptVersion(db: Db, ctx: OrgContext, catalogueId: string, version: string) {
  return writeInOrg(db, ctx, async (tx) => {
    const { row } = await adopted(tx, ctx.orgId, catalogueId, true);
    if (!getCatalogue(catalogueId, version))
      throw invalidField("version", "unknown_catalogue_version");
    if (row?.version !== version) {
      await tx
        .insert(catalogueAdoption)
        .values({ orgId: ctx.orgId, catalogueId, version })
        .onConflictDoUpdate({
          target: [catalogueAdoption.orgId, catalogueAdoption.catalogueId],
          set: { version, adoptedAt: new Date() },
        });
      await appendAudit(tx, ctx, {
        entity: "catalogue_adoption",
        entityId: catalogueId,
        action: row ? "update" : "create",
        changes: diffFields(row ? { version: row.version } : null, { version }),
      });
    } else await recordNoChange(tx, ctx);
    return adoptionView(tx, ctx.orgId, catalogueId);
  });
}
