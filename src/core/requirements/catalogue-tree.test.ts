import { describe, expect, it } from "vitest";
import { compareRefs, compareVersions, depthOfRef, parentOfRef } from "./catalogue-refs.ts";
import { getCatalogue } from "./catalogue-registry.ts";
import { parseCatalogue } from "./catalogue-schema.ts";
import {
  ancestorsOf,
  assessableNodes,
  buildTree,
  catalogueCounts,
  childrenOf,
  nodeByRef,
} from "./catalogue-tree.ts";
import fixtureV2 from "./fixtures/test-catalogue.v2.json" with { type: "json" };

const fixture = parseCatalogue(fixtureV2, "v2");

describe("item numbers", () => {
  it("give depth and parent", () => {
    expect(depthOfRef("J.3")).toBe(1);
    expect(depthOfRef("J.3.1.1")).toBe(3);
    expect(parentOfRef("J.3")).toBeNull();
    expect(parentOfRef("J.3.1.1")).toBe("J.3.1");
    expect(parentOfRef("J.8.10")).toBe("J.8");
  });

  it("sort in guideline order, numbers compared as numbers", () => {
    const refs = ["J.10", "J.8.10", "J.8.9", "J.8.8.4", "J.8", "J.1.5", "J.8.8", "J.11.1", "J.2"];
    expect([...refs].sort(compareRefs)).toEqual([
      "J.1.5",
      "J.2",
      "J.8",
      "J.8.8",
      "J.8.8.4",
      "J.8.9",
      "J.8.10",
      "J.10",
      "J.11.1",
    ]);
    expect(compareRefs("J.3.1", "J.3.1")).toBe(0);
  });

  it("order versions as numbers", () => {
    expect(["10", "2", "1"].sort(compareVersions)).toEqual(["1", "2", "10"]);
  });
});

describe("catalogue tree", () => {
  it("nests the flat nodes under their parents, in order", () => {
    const tree = buildTree(fixture);
    expect(tree.map((n) => n.ref)).toEqual(["T.1", "T.2", "T.3"]);
    expect(tree[0]?.children.map((n) => n.ref)).toEqual(["T.1.1", "T.1.2"]);
    expect(tree[1]?.children.map((n) => n.ref)).toEqual(["T.2.1", "T.2.3"]);
    expect(tree[2]?.children.map((n) => [n.ref, n.children.length])).toEqual([["T.3.1", 0]]);
  });

  it("finds nodes, children and ancestors", () => {
    expect(nodeByRef(fixture, "T.2.3")?.title.ja).toBe("台帳の保管");
    expect(nodeByRef(fixture, "T.2.2")).toBeUndefined();
    expect(childrenOf(fixture, null).map((n) => n.ref)).toEqual(["T.1", "T.2", "T.3"]);
    const shipped = getCatalogue("pmark-guideline-2023");
    if (!shipped) throw new Error("missing");
    expect(ancestorsOf(shipped, "J.8.8.4").map((n) => n.ref)).toEqual(["J.8", "J.8.8"]);
    expect(ancestorsOf(shipped, "J.1")).toEqual([]);
    expect(childrenOf(shipped, "J.10").map((n) => n.ref)).toEqual([
      "J.10.1",
      "J.10.2",
      "J.10.3",
      "J.10.4",
      "J.10.5",
      "J.10.6",
      "J.10.7",
    ]);
  });

  it("lists assessable items and counts", () => {
    expect(assessableNodes(fixture).map((n) => n.ref)).toEqual([
      "T.1.1",
      "T.1.2",
      "T.2.1",
      "T.2.3",
      "T.3.1",
    ]);
    expect(catalogueCounts(fixture)).toEqual({ nodes: 8, assessable: 5, unverified: 0 });
    const shipped = getCatalogue("pmark-guideline-2023");
    if (!shipped) throw new Error("missing");
    expect(catalogueCounts(shipped)).toEqual({ nodes: 71, assessable: 57, unverified: 25 });
  });
});
