// The shape of a requirement catalogue file (catalogues/<id>.v<version>.json) and the checks a
// file must pass before the product uses it. A bad file fails loudly at startup and in tests,
// naming every problem, rather than showing an organization a broken tree.
import { z } from "zod";
import { getLawEntry } from "../registers/law-catalogue.ts";
import { compareRefs, depthOfRef, parentOfRef } from "./catalogue-refs.ts";

const bilingual = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });

/** Article references of the APPI known to the law catalogue (docs/domain.md#appi-articles). */
export const APPI_ARTICLE_REFS: readonly string[] =
  getLawEntry("appi")?.articles.map((a) => a.ref) ?? [];

export const catalogueNodeSchema = z.strictObject({
  /** urn:mamori:<catalogue id>:<ref> — stable across versions, so links survive upgrades. */
  urn: z.string().min(1),
  /** The item's number as the guideline writes it: "J.3.1.1". */
  ref: z.string().regex(/^[A-Z][A-Za-z]*(\.\d+)+$/, "ref must look like J.3.1.1"),
  parent: z.string().nullable(),
  /** 1 for J.1, 2 for J.1.1, 3 for J.3.1.1. */
  depth: z.number().int().min(1),
  /** false for headings that only group the items below them. */
  assessable: z.boolean(),
  title: bilingual,
  /** Our own words: what the organization must have or do (never the standard's text). */
  explanation: bilingual,
  /** Records and documents an examiner typically asks to see. */
  evidence: z.array(bilingual),
  appiArticles: z.array(
    z.string().refine((a) => APPI_ARTICLE_REFS.includes(a), "not a known APPI article"),
  ),
  /** The JIS Q 15001:2017 Annex A control(s) the item corresponds to, where known. */
  annexA: z
    .strictObject({
      refs: z.array(z.string().regex(/^A(\.\d+)+$/, "Annex A refs look like A.3.3.1")).min(1),
      verified: z.boolean(),
    })
    .nullable(),
  /** true only when the item's number and title are confirmed (docs/domain.md). */
  verified: z.boolean(),
  /** For maintainers: what to check against the official text while unverified. */
  toVerify: z.string().min(1).optional(),
});

export const catalogueSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, "id uses a-z, 0-9 and -"),
    version: z.string().regex(/^\d+$/, "version is a whole number written as a string"),
    title: bilingual,
    /** What the catalogue follows, in our words. */
    basis: bilingual,
    /** First application day the catalogue applies to (ISO date). */
    effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    toVerify: z.string().min(1).optional(),
    nodes: z.array(catalogueNodeSchema).min(1),
  })
  .superRefine((cat, ctx) => {
    const problem = (i: number, field: string, message: string) =>
      ctx.addIssue({ code: "custom", path: ["nodes", i, field], message });
    const seenRefs = new Map<string, number>();
    const seenUrns = new Set<string>();
    const withChildren = new Set(cat.nodes.map((n) => n.parent).filter((p) => p !== null));
    cat.nodes.forEach((node, i) => {
      const { ref } = node;
      const previous = cat.nodes[i - 1]?.ref;
      if (seenRefs.has(ref)) problem(i, "ref", `duplicate ref ${ref}`);
      else if (previous !== undefined && compareRefs(previous, ref) > 0)
        problem(i, "ref", `${ref} comes after ${previous}: keep the guideline's order`);
      const urn = `urn:mamori:${cat.id}:${ref}`;
      if (node.urn !== urn) problem(i, "urn", `${ref}: urn must be ${urn}`);
      else if (seenUrns.has(urn)) problem(i, "urn", `duplicate urn ${urn}`);
      const depth = depthOfRef(ref);
      if (node.depth !== depth)
        problem(i, "depth", `${ref}: depth ${node.depth}, expected ${depth}`);
      const parent = parentOfRef(ref);
      if (node.parent !== parent)
        problem(
          i,
          "parent",
          `${ref}: parent ${node.parent ?? "null"}, expected ${parent ?? "null"}`,
        );
      // Parents come first, so the file reads top-down like the guideline.
      else if (parent !== null && !seenRefs.has(parent))
        problem(i, "parent", `${ref}: parent ${parent} is missing or comes after it`);
      if (!withChildren.has(ref) && !node.assessable)
        problem(i, "assessable", `${ref}: a leaf must be assessable`);
      if (node.assessable && node.evidence.length === 0)
        problem(i, "evidence", `${ref}: an assessable item needs typical evidence`);
      if (!node.verified && !node.toVerify)
        problem(i, "toVerify", `${ref}: say what to verify when verified is false`);
      seenRefs.set(ref, i);
      seenUrns.add(node.urn);
    });
  });

export type CatalogueNode = z.infer<typeof catalogueNodeSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;

/** Validates raw catalogue data; throws one error listing every problem, with its place. */
export function parseCatalogue(raw: unknown, source: string): Catalogue {
  const result = catalogueSchema.safeParse(raw);
  if (result.success) return result.data;
  const nodes = (raw as { nodes?: { ref?: unknown }[] } | null)?.nodes;
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.join(".") || "(file)";
    const index = issue.path[0] === "nodes" ? Number(issue.path[1]) : Number.NaN;
    const ref = Number.isInteger(index) ? nodes?.[index]?.ref : undefined;
    return `- ${where}${typeof ref === "string" ? ` [${ref}]` : ""}: ${issue.message}`;
  });
  throw new Error(`Invalid requirement catalogue ${source}:\n${lines.join("\n")}`);
}
