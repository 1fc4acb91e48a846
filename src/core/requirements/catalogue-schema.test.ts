// A catalogue file is checked before the product uses it: the shipped file and the test
// fixtures pass; each kind of broken file fails with a message naming the node and the fault.
import { describe, expect, it } from "vitest";
import { getCatalogue, registerCatalogue } from "./catalogue-registry.ts";
import { parseCatalogue } from "./catalogue-schema.ts";
import shipped from "./catalogues/pmark-guideline-2023.v1.json" with { type: "json" };
import fixtureV1 from "./fixtures/test-catalogue.v1.json" with { type: "json" };
import fixtureV2 from "./fixtures/test-catalogue.v2.json" with { type: "json" };

type Raw = typeof fixtureV1;
type RawNode = Raw["nodes"][number] & Record<string, unknown>;

/** A fresh copy of fixture v1 with `change` applied to its node list. */
function broken(change: (nodes: RawNode[]) => RawNode[]): Raw {
  const copy = structuredClone(fixtureV1) as Raw;
  return { ...copy, nodes: change(copy.nodes as RawNode[]) as Raw["nodes"] };
}
const at = (nodes: RawNode[], ref: string) => nodes.find((n) => n.ref === ref) as RawNode;
const problems = (raw: unknown) => {
  try {
    parseCatalogue(raw, "fixture.json");
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected the catalogue to be refused");
};

describe("catalogue validation", () => {
  it("accepts the shipped catalogue and registers it at startup", () => {
    expect(parseCatalogue(shipped, "shipped").nodes).toHaveLength(71);
    expect(getCatalogue("pmark-guideline-2023")?.version).toBe("1");
    expect(getCatalogue("pmark-guideline-2023", "1")?.effectiveFrom).toBe("2024-10-01");
  });

  it("accepts both test fixtures", () => {
    expect(parseCatalogue(fixtureV1, "v1").nodes.map((n) => n.ref)).toEqual([
      "T.1",
      "T.1.1",
      "T.1.2",
      "T.2",
      "T.2.1",
      "T.2.2",
      "T.3",
    ]);
    expect(parseCatalogue(fixtureV2, "v2").version).toBe("2");
  });

  it("refuses a duplicate ref", () => {
    const raw = broken((nodes) => [
      ...nodes.slice(0, 3),
      structuredClone(at(nodes, "T.1.2")),
      ...nodes.slice(3),
    ]);
    const message = problems(raw);
    expect(message).toContain("Invalid requirement catalogue fixture.json");
    expect(message).toContain("- nodes.3.ref [T.1.2]: duplicate ref T.1.2");
  });

  it("refuses a node whose parent is missing", () => {
    const message = problems(broken((nodes) => nodes.filter((n) => n.ref !== "T.2")));
    expect(message).toContain(
      "nodes.3.parent [T.2.1]: T.2.1: parent T.2 is missing or comes after it",
    );
    expect(message).toContain(
      "nodes.4.parent [T.2.2]: T.2.2: parent T.2 is missing or comes after it",
    );
  });

  it("refuses a depth that does not match the ref", () => {
    const message = problems(
      broken((nodes) => {
        at(nodes, "T.2.1").depth = 3;
        return nodes;
      }),
    );
    expect(message).toContain("nodes.4.depth [T.2.1]: T.2.1: depth 3, expected 2");
  });

  it("refuses a parent field that does not match the ref", () => {
    const message = problems(
      broken((nodes) => {
        at(nodes, "T.2.1").parent = "T.1";
        return nodes;
      }),
    );
    expect(message).toContain("nodes.4.parent [T.2.1]: T.2.1: parent T.1, expected T.2");
  });

  it("refuses a leaf that cannot be assessed and an assessable item without evidence", () => {
    const message = problems(
      broken((nodes) => {
        at(nodes, "T.3").assessable = false;
        at(nodes, "T.1.1").evidence = [];
        return nodes;
      }),
    );
    expect(message).toContain("nodes.6.assessable [T.3]: T.3: a leaf must be assessable");
    expect(message).toContain(
      "nodes.1.evidence [T.1.1]: T.1.1: an assessable item needs typical evidence",
    );
  });

  it("refuses a wrong urn, an order out of the guideline's and an unverified item without a note", () => {
    const message = problems(
      broken((nodes) => {
        at(nodes, "T.1.1").urn = "urn:mamori:other:T.1.1";
        at(nodes, "T.2.2").verified = false;
        const [a, b] = [at(nodes, "T.1.1"), at(nodes, "T.1.2")];
        return nodes.map((n) => (n === a ? b : n === b ? a : n));
      }),
    );
    expect(message).toContain(
      "nodes.2.urn [T.1.1]: T.1.1: urn must be urn:mamori:mamori-test:T.1.1",
    );
    expect(message).toContain(
      "nodes.2.ref [T.1.1]: T.1.1 comes after T.1.2: keep the guideline's order",
    );
    expect(message).toContain(
      "nodes.5.toVerify [T.2.2]: T.2.2: say what to verify when verified is false",
    );
  });

  it("refuses shape errors before structure: a missing English title, an unknown APPI article", () => {
    const message = problems(
      broken((nodes) => {
        at(nodes, "T.1.1").title = { ja: "方針" } as RawNode["title"];
        at(nodes, "T.1.2").appiArticles = ["99"] as never[];
        return nodes;
      }),
    );
    expect(message).toContain("- nodes.1.title.en [T.1.1]:");
    expect(message).toContain("- nodes.2.appiArticles.0 [T.1.2]: not a known APPI article");
  });

  it("refuses a ref that is not an item number and a version that is not a whole number", () => {
    const raw = { ...broken((nodes) => nodes), version: "1.1" };
    raw.nodes[0] = { ...raw.nodes[0], ref: "T-1" } as Raw["nodes"][number];
    const message = problems(raw);
    expect(message).toContain("- version: version is a whole number written as a string");
    expect(message).toContain("- nodes.0.ref [T-1]: ref must look like J.3.1.1");
  });

  it("refuses registering the same catalogue version twice", () => {
    expect(() => registerCatalogue(shipped, "again")).toThrow(
      "Requirement catalogue pmark-guideline-2023 v1 is registered twice",
    );
  });
});
