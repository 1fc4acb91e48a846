import { describe, expect, it } from "vitest";
import type { RuleResult } from "../readiness/evaluate.ts";
import { engineConclusion, ruleCovers } from "./engine-conclusion.ts";

function rule(ruleId: string, refs: string[], status: RuleResult["status"]): RuleResult {
  return {
    ruleId,
    title: { ja: `規則${ruleId}`, en: `Rule ${ruleId}` },
    severity: "finding",
    refs,
    step: 1,
    fixPath: "inventory",
    manual: false,
    status,
    reason: { ja: "理由", en: "reason" },
  };
}

describe("ruleCovers", () => {
  it("covers the item itself and its children, not siblings that share a prefix", () => {
    expect(ruleCovers("J.2", "J.2")).toBe(true);
    expect(ruleCovers("J.2", "J.2.2")).toBe(true);
    expect(ruleCovers("J.2", "J.2.2.1")).toBe(true);
    // J.2 must not speak for J.20 or J.11 for J.1
    expect(ruleCovers("J.2", "J.20")).toBe(false);
    expect(ruleCovers("J.1", "J.11.1")).toBe(false);
    // a rule on a child says nothing about the parent
    expect(ruleCovers("J.2.2", "J.2")).toBe(false);
  });
});

describe("engineConclusion", () => {
  const results = [
    rule("a", ["J.2"], "ok"),
    rule("b", ["J.3.1.1", "J.9.4"], "gap"),
    rule("c", ["J.3.1.1"], "ok"),
    rule("d", ["J.7"], "na"),
  ];

  it("is null when no rule names the item or a parent", () => {
    expect(engineConclusion("J.5", results)).toBeNull();
    expect(engineConclusion("J.3.1.2", results)).toBeNull();
  });

  it("is gap when any covering rule has a gap, listing every covering rule", () => {
    const c = engineConclusion("J.3.1.1", results);
    expect(c?.status).toBe("gap");
    expect(c?.rules.map((r) => r.ruleId)).toEqual(["b", "c"]);
  });

  it("inherits a parent's rule", () => {
    expect(engineConclusion("J.2.2", results)).toEqual({
      status: "ok",
      rules: [
        {
          ruleId: "a",
          title: { ja: "規則a", en: "Rule a" },
          status: "ok",
          severity: "finding",
          reason: { ja: "理由", en: "reason" },
          fixPath: "inventory",
          manual: false,
        },
      ],
    });
  });

  it("is na when every covering rule is not applicable", () => {
    expect(engineConclusion("J.7.1", results)?.status).toBe("na");
  });

  it("ok beats na, gap beats both", () => {
    const mixed = [rule("x", ["J.4"], "na"), rule("y", ["J.4"], "ok")];
    expect(engineConclusion("J.4", mixed)?.status).toBe("ok");
    expect(engineConclusion("J.4", [...mixed, rule("z", ["J.4.1"], "gap")])?.status).toBe("ok");
    expect(engineConclusion("J.4.1", [...mixed, rule("z", ["J.4.1"], "gap")])?.status).toBe("gap");
  });
});
