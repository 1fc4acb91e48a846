// Reading a validated catalogue: by ref, children, ancestors, the nested tree and counts.
// The file keeps nodes flat in guideline order; these helpers build the rest on demand.
import type { Catalogue, CatalogueNode } from "./catalogue-schema.ts";

export type CatalogueTreeNode = CatalogueNode & { children: CatalogueTreeNode[] };

const indexes = new WeakMap<Catalogue, Map<string, CatalogueNode>>();

function index(cat: Catalogue): Map<string, CatalogueNode> {
  let byRef = indexes.get(cat);
  if (!byRef) {
    byRef = new Map(cat.nodes.map((n) => [n.ref, n]));
    indexes.set(cat, byRef);
  }
  return byRef;
}

export function nodeByRef(cat: Catalogue, ref: string): CatalogueNode | undefined {
  return index(cat).get(ref);
}

export function childrenOf(cat: Catalogue, ref: string | null): CatalogueNode[] {
  return cat.nodes.filter((n) => n.parent === ref);
}

/** From the top-level item down to the node's parent ("J.3", "J.3.1" for J.3.1.1). */
export function ancestorsOf(cat: Catalogue, ref: string): CatalogueNode[] {
  const out: CatalogueNode[] = [];
  let parent = nodeByRef(cat, ref)?.parent ?? null;
  while (parent !== null) {
    const node = nodeByRef(cat, parent);
    if (!node) break;
    out.unshift(node);
    parent = node.parent;
  }
  return out;
}

/** The items an organization assesses, in guideline order. */
export function assessableNodes(cat: Catalogue): CatalogueNode[] {
  return cat.nodes.filter((n) => n.assessable);
}

/** The nested tree: top-level items with their children, in guideline order. */
export function buildTree(cat: Catalogue): CatalogueTreeNode[] {
  const byRef = new Map<string, CatalogueTreeNode>();
  const roots: CatalogueTreeNode[] = [];
  for (const node of cat.nodes) {
    const treeNode: CatalogueTreeNode = { ...node, children: [] };
    byRef.set(node.ref, treeNode);
    const parent = node.parent === null ? undefined : byRef.get(node.parent);
    (parent ? parent.children : roots).push(treeNode);
  }
  return roots;
}

export type CatalogueCounts = { nodes: number; assessable: number; unverified: number };

export function catalogueCounts(cat: Catalogue): CatalogueCounts {
  return {
    nodes: cat.nodes.length,
    assessable: cat.nodes.filter((n) => n.assessable).length,
    unverified: cat.nodes.filter((n) => !n.verified).length,
  };
}
