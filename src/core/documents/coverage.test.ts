// The coverage table (規程類対照表): which J items need a rule or a record, the starter set
// answering every one, and the mapping on a small hand-written set of documents.
import { describe, expect, it } from "vitest";
import { getCatalogue } from "../requirements/index.ts";
import { type CoverageDocument, coverage, DOCUMENT_REQUIRED_REFS } from "./coverage.ts";
import { doc, h, p } from "./templates/builder.ts";
import { DOCUMENT_TEMPLATES } from "./templates/index.ts";

const nodes = getCatalogue("pmark-guideline-2023")?.nodes ?? [];

describe("DOCUMENT_REQUIRED_REFS", () => {
  it("asks at least a rule of every assessable catalogue item, and names nothing else", () => {
    const assessable = nodes.filter((n) => n.assessable).map((n) => n.ref);
    expect(DOCUMENT_REQUIRED_REFS.map((r) => r.ref)).toEqual(assessable);
    for (const r of DOCUMENT_REQUIRED_REFS) expect(r.needs[0], r.ref).toBe("rule");
  });

  it("asks a record where the evidence is a record no register of mamori keeps", () => {
    const records = DOCUMENT_REQUIRED_REFS.filter((r) => r.needs.includes("record")).map(
      (r) => r.ref,
    );
    expect(records).toEqual([
      "J.1.1",
      "J.1.2",
      "J.3.1.2",
      "J.3.2",
      "J.3.3",
      "J.4.2",
      "J.4.3",
      "J.4.4.2",
      "J.4.5.1",
      "J.5.1",
      "J.6.1",
      "J.6.2",
      "J.6.3",
      "J.7.1",
      "J.8.5",
      "J.8.8.2",
      "J.8.8.3",
      "J.9.2",
      "J.9.3",
      "J.9.4",
      "J.10.2",
      "J.10.4",
      "J.10.5",
      "J.10.6",
      "J.10.7",
      "J.11.1",
    ]);
  });
});

describe("the starter set", () => {
  it("answers every required item with the kind of document it needs", () => {
    const documents: CoverageDocument[] = DOCUMENT_TEMPLATES.map((t) => ({
      id: t.key,
      number: t.number,
      title: t.title,
      kind: t.kind,
      jRefs: t.jRefs,
      content: t.content,
      status: "published",
    }));
    const result = coverage(documents);
    const lacking = result.rows
      .filter((r) => r.missing.length)
      .map((r) => `${r.ref} (${r.missing.join(", ")})`);
    expect(lacking, "J items the starter set leaves without a document").toEqual([]);
    expect(result.uncovered).toEqual([]);
  });
});

describe("coverage", () => {
  // Three documents written by hand: a rule answering two items in clauses, a form answering
  // one item as a whole, and a draft rule.
  const fixture: CoverageDocument[] = [
    {
      id: "d-form",
      number: "F-10",
      title: "是正処置報告書",
      kind: "form",
      jRefs: ["J.7.1"],
      content: null,
      status: "published",
    },
    {
      id: "d-rule",
      number: "R-05",
      title: "内部監査規程",
      kind: "rule",
      jRefs: [],
      content: doc(
        h(1, "内部監査規程"),
        h(2, "第1条（監査の計画）", ["J.6.2"]),
        p("年1回監査する。"),
        h(2, "第2条（是正）", ["J.7.1", "J.6.2"]),
      ),
      status: "published",
    },
    {
      id: "d-draft",
      number: "R-01",
      title: "基本規程",
      kind: "rule",
      jRefs: ["J.1.5"],
      content: doc(h(2, "第3条（適用範囲）", ["J.1.4"])),
      status: "draft",
    },
  ];
  const required = [
    { ref: "J.1.4", needs: ["rule"] as const },
    { ref: "J.1.5", needs: ["rule"] as const },
    { ref: "J.6.2", needs: ["rule", "record"] as const },
    { ref: "J.7.1", needs: ["rule", "record"] as const },
    { ref: "J.9.4", needs: ["rule", "record"] as const, keptIn: ["inventory"] as const },
  ];

  it("lists each document and clause answering an item, by document number", () => {
    const result = coverage(fixture, required);
    expect(
      result.rows.map((r) => [
        r.ref,
        r.answers.map(
          (a) => `${a.number} ${a.clause ?? "（文書全体）"}${a.draft ? " 下書き" : ""}`,
        ),
        r.missing,
      ]),
    ).toEqual([
      ["J.1.4", ["R-01 第3条（適用範囲） 下書き"], []],
      ["J.1.5", ["R-01 （文書全体） 下書き"], []],
      ["J.6.2", ["R-05 第1条（監査の計画）", "R-05 第2条（是正）"], ["record"]],
      ["J.7.1", ["F-10 （文書全体）", "R-05 第2条（是正）"], []],
      ["J.9.4", [], ["rule", "record"]],
    ]);
    expect(result.uncovered).toEqual(["J.6.2", "J.9.4"]);
    expect(result.rows[4]?.keptIn).toEqual(["inventory"]);
    // R-01 is a draft: its items are answered, but only by a version not in force.
    expect(result.rows.map((r) => r.draftOnly)).toEqual([["rule"], ["rule"], [], [], []]);
  });

  it("counts a form as a record and a rule as a rule", () => {
    const result = coverage(fixture, required);
    const j71 = result.rows.find((r) => r.ref === "J.7.1");
    expect(j71?.answers.map((a) => a.need)).toEqual(["record", "rule"]);
  });

  it("leaves every item uncovered when there are no documents", () => {
    expect(coverage([], required).uncovered).toEqual(["J.1.4", "J.1.5", "J.6.2", "J.7.1", "J.9.4"]);
  });
});
