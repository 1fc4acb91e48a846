// How catalogues are shown by the API: summaries with counts, and nodes with the titles of
// their APPI articles taken from the law catalogue.
import { getLawEntry } from "../../core/registers/law-catalogue.ts";
import {
  type Catalogue,
  type CatalogueNode,
  catalogueCounts,
  catalogueVersions,
  getCatalogue,
  listCatalogues,
  newestVersion,
} from "../../core/requirements/index.ts";
import { AppError } from "../../server/app-error.ts";
import type { CatalogueNodeOut, CatalogueOut } from "./requirements.contract.ts";

const appiTitles = new Map(getLawEntry("appi")?.articles.map((a) => [a.ref, a.title]) ?? []);

export const catalogueNotFound = () => new AppError("not_found", "CATALOGUE_NOT_FOUND");

export function presentNode(node: CatalogueNode): CatalogueNodeOut {
  return {
    urn: node.urn,
    ref: node.ref,
    parent: node.parent,
    depth: node.depth,
    assessable: node.assessable,
    title: node.title,
    explanation: node.explanation,
    evidence: node.evidence,
    appiArticles: node.appiArticles.map((ref) => ({
      ref,
      title: appiTitles.get(ref) ?? { ja: ref, en: ref },
    })),
    annexA: node.annexA,
    verified: node.verified,
    toVerify: node.toVerify ?? null,
  };
}

function summary(cat: Catalogue) {
  return {
    id: cat.id,
    version: cat.version,
    newest: newestVersion(cat.id) === cat.version,
    title: cat.title,
    basis: cat.basis,
    effectiveFrom: cat.effectiveFrom,
    counts: catalogueCounts(cat),
  };
}

export function catalogueList() {
  const items = listCatalogues().map(summary);
  return { items, total: items.length };
}

/** One catalogue version (the newest when none is asked for); 404 when unknown. */
export function catalogueDetail(id: string, version?: string): CatalogueOut {
  const cat = getCatalogue(id, version);
  if (!cat) throw catalogueNotFound();
  return {
    ...summary(cat),
    versions: catalogueVersions(id),
    toVerify: cat.toVerify ?? null,
    nodes: cat.nodes.map(presentNode),
  };
}
