import { describe, expect, it } from "vitest";
import { RISK_MATRIX_5X5 } from "../registers/risk-matrix-presets.ts";
import { emptySnapshot, snapshotItem } from "./fixtures.ts";
import { getRule } from "./rules/index.ts";
import { applicablePhases } from "./rules/risks.ts";
import type { ReadinessSnapshot, RiskGroup, SnapshotItem } from "./snapshot.ts";

const TODAY = "2025-06-15";
const withItems = (...items: SnapshotItem[]): ReadinessSnapshot => ({ ...emptySnapshot(), items });
const run = (id: string, s: ReadinessSnapshot) => getRule(id).evaluate(s, TODAY);

describe("risk.analysis_exists (never na)", () => {
  it("is ok when at least one item has risk rows", () => {
    const r = run(
      "risk.analysis_exists",
      withItems(snapshotItem({ id: "a" }), snapshotItem({ id: "b", riskPhases: [] })),
    );
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe("2件中1件の項目にリスク分析があります。");
  });
  it("is a gap when no item has any", () => {
    const r = run("risk.analysis_exists", withItems(snapshotItem({ riskPhases: [] })));
    expect(r.status).toBe("gap");
    expect(r.reason.ja).toBe("利用中の台帳項目1件のどれにもリスク分析がありません。");
  });
  it("is a gap, never na, with an empty register", () => {
    expect(run("risk.analysis_exists", emptySnapshot()).status).toBe("gap");
  });
});

describe("applicablePhases", () => {
  it("follows the drawn flow, without duplicates", () => {
    const i = snapshotItem({
      flowPhases: ["acquisition_input", "storage_backup", "acquisition_input"],
    });
    expect(applicablePhases(i)).toEqual(["acquisition_input", "storage_backup"]);
  });
  it("without a flow: the five core phases, plus outsourcing when outsourced", () => {
    expect(applicablePhases(snapshotItem({ flowPhases: [] }))).toEqual([
      "acquisition_input",
      "transfer",
      "use_processing",
      "storage_backup",
      "disposal",
    ]);
    expect(applicablePhases(snapshotItem({ flowPhases: [], outsourced: true }))).toHaveLength(6);
  });
});

describe("risk.phase_coverage", () => {
  it("is ok when every applicable phase has a risk", () => {
    const r = run(
      "risk.phase_coverage",
      withItems(
        snapshotItem({ id: "a" }),
        snapshotItem({ id: "b", flowPhases: ["use_processing"], riskPhases: ["use_processing"] }),
      ),
    );
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe("2件すべての項目で、各局面にリスク分析があります。");
  });
  it("is a gap naming the items and their missing phases", () => {
    const s = withItems(
      snapshotItem({
        id: "a",
        name: "顧客名簿",
        flowPhases: ["acquisition_input", "storage_backup", "disposal"],
        riskPhases: ["acquisition_input"],
      }),
      snapshotItem({
        id: "b",
        name: "給与",
        flowPhases: [],
        outsourced: true,
        outsourcee: "X社",
      }),
      snapshotItem({ id: "c", name: "完了" }),
    );
    const r = run("risk.phase_coverage", s);
    expect(r).toEqual({
      status: "gap",
      reason: {
        ja: "3件中2件の項目で、計3の局面にリスク分析がありません。",
        en: "2 of 3 items lack a risk analysis for 3 phases in all.",
      },
      details: [
        {
          id: "a",
          name: "顧客名簿",
          note: {
            ja: "保管・バックアップ、消去・廃棄",
            en: "Storage and backup, Erasure and disposal",
          },
          path: "risks?itemId=a",
        },
        {
          id: "b",
          name: "給与",
          note: { ja: "委託", en: "Outsourcing" },
          path: "risks?itemId=b",
        },
      ],
    });
  });
  it("ignores retired items and is na without active ones", () => {
    const retired = snapshotItem({ status: "retired", riskPhases: [] });
    expect(run("risk.phase_coverage", withItems(retired)).status).toBe("na");
  });
});

// 3×3 preset: only "low" (rank 1) is acceptable; (3,3) is high, (1,1) low, (2,2) medium.
const group = (g: Partial<RiskGroup>): RiskGroup => ({
  likelihood: 3,
  impact: 3,
  residualLikelihood: null,
  residualImpact: null,
  accepted: false,
  count: 1,
  exampleItemName: "顧客名簿",
  ...g,
});
const withRisks = (...riskGroups: RiskGroup[]): ReadinessSnapshot => ({
  ...emptySnapshot(),
  riskGroups,
});

describe("risk.treated", () => {
  it("is ok when the residual level is within acceptance", () => {
    const r = run(
      "risk.treated",
      withRisks(group({ residualLikelihood: 1, residualImpact: 1, count: 3 })),
    );
    expect(r.status).toBe("ok");
    expect(r.reason.ja).toBe(
      "リスク3件のうち、対策も受容もされずに受容水準を超えているものはありません。",
    );
  });
  it("is ok when the risk is formally accepted", () => {
    expect(run("risk.treated", withRisks(group({ accepted: true }))).status).toBe("ok");
  });
  it("is ok when every risk is within acceptance from the start", () => {
    expect(
      run("risk.treated", withRisks(group({ likelihood: 1, impact: 2, count: 7 }))).status,
    ).toBe("ok");
  });
  it("is a gap with the count of untreated risks and where they are", () => {
    const r = run(
      "risk.treated",
      withRisks(
        group({ count: 4, exampleItemName: "顧客名簿" }),
        group({
          likelihood: 2,
          impact: 2,
          residualLikelihood: 2,
          residualImpact: 2,
          count: 2,
          exampleItemName: "給与",
        }),
        group({ residualLikelihood: 1, residualImpact: 1, count: 10 }),
        group({ likelihood: 1, impact: 1, count: 5 }),
      ),
    );
    expect(r).toEqual({
      status: "gap",
      reason: {
        ja: "リスク21件中6件が受容水準を超えたまま、対策後の評価も受容の記録もありません。",
        en: "6 of 21 risks are above acceptance with neither a residual level within it nor a formal acceptance.",
      },
      details: [{ name: "給与" }, { name: "顧客名簿" }],
    });
  });
  it("uses the inherent level when only one residual value is set", () => {
    expect(run("risk.treated", withRisks(group({ residualLikelihood: 1 }))).status).toBe("gap");
  });
  it("scores on the organization's matrix and leaves off-axis values out", () => {
    // (4,4) is on the 5×5 axes (high) but not on the 3×3 ones.
    const r = run("risk.treated", {
      ...withRisks(group({ likelihood: 4, impact: 4, count: 2 })),
      riskMatrix: structuredClone(RISK_MATRIX_5X5),
    });
    expect(r.status).toBe("gap");
    const on3x3 = run("risk.treated", withRisks(group({ likelihood: 4, impact: 4, count: 2 })));
    expect(on3x3.status).toBe("ok");
    expect(on3x3.reason.ja).toBe(
      "リスク2件のうち、対策も受容もされずに受容水準を超えているものはありません（マトリクスにない値で評価できない2件を除く）。",
    );
  });
  it("is na without risk rows", () => {
    expect(run("risk.treated", emptySnapshot()).status).toBe("na");
  });
});

// 未評価: rows added from suggestions whose ratings nobody has set or confirmed. They are in
// no group and no item's riskPhases; the loader reports them as unassessedRiskCount and per item.
describe("未評価 rows (suggested ratings nobody assessed)", () => {
  const pendingOnly = (): ReadinessSnapshot => ({
    ...withItems(
      snapshotItem({
        id: "a",
        name: "顧客名簿",
        flowPhases: ["acquisition_input", "storage_backup"],
        riskPhases: [],
        unassessedRiskPhases: ["acquisition_input", "storage_backup"],
      }),
    ),
    unassessedRiskCount: 12,
  });

  it("do not make a risk analysis exist, and the reason says why", () => {
    expect(run("risk.analysis_exists", pendingOnly())).toEqual({
      status: "gap",
      reason: {
        ja: "利用中の台帳項目1件のどれにも評価済みのリスク分析がありません。提案から追加したリスク12件は未評価です（発生可能性と影響度を確かめてください）。",
        en: "None of the 1 active items has an assessed risk analysis. The 12 risks added from suggestions are not assessed yet (check their likelihood and impact).",
      },
    });
  });

  it("leave their phases uncovered, named apart, linked to the item's 未評価 rows", () => {
    const s: ReadinessSnapshot = {
      ...withItems(
        snapshotItem({
          id: "a",
          name: "顧客名簿",
          flowPhases: ["acquisition_input", "storage_backup", "disposal"],
          riskPhases: ["acquisition_input"],
          unassessedRiskPhases: ["storage_backup"],
        }),
        snapshotItem({ id: "b", name: "給与", flowPhases: ["transfer"], riskPhases: ["transfer"] }),
      ),
      unassessedRiskCount: 3,
    };
    expect(run("risk.phase_coverage", s)).toEqual({
      status: "gap",
      reason: {
        ja: "2件中1件の項目で、計2の局面にリスク分析がありません（提案から追加して未評価のリスク3件は数えていません）。",
        en: "1 of 2 items lack a risk analysis for 2 phases in all (3 suggested risks not yet assessed are not counted).",
      },
      details: [
        {
          id: "a",
          name: "顧客名簿",
          note: {
            ja: "消去・廃棄（未評価: 保管・バックアップ）",
            en: "Erasure and disposal (not assessed: Storage and backup)",
          },
          path: "risks?itemId=a&assessed=false",
        },
      ],
    });
    const onlyPending = run("risk.phase_coverage", pendingOnly());
    expect(onlyPending.details?.[0]?.note?.ja).toBe("（未評価: 取得・入力、保管・バックアップ）");
  });

  it("are left out of the acceptance check, which says how many", () => {
    const s = { ...withRisks(group({ count: 2, exampleItemId: "a" })), unassessedRiskCount: 5 };
    expect(run("risk.treated", s)).toEqual({
      status: "gap",
      reason: {
        ja: "リスク2件中2件が受容水準を超えたまま、対策後の評価も受容の記録もありません（提案から追加して未評価のリスク5件は数えていません）。",
        en: "2 of 2 risks are above acceptance with neither a residual level within it nor a formal acceptance (5 suggested risks not yet assessed are not counted).",
      },
      details: [{ id: "a", name: "顧客名簿", path: "risks?itemId=a&unaccepted=true" }],
    });
    expect(run("risk.treated", { ...emptySnapshot(), unassessedRiskCount: 4 })).toEqual({
      status: "na",
      reason: {
        ja: "評価済みのリスクがありません（未評価4件）。",
        en: "No assessed risks (4 not assessed yet).",
      },
    });
  });

  it("change nothing when there are none (the reasons read as before)", () => {
    const s = { ...withItems(snapshotItem({ id: "a" })), unassessedRiskCount: 0 };
    expect(run("risk.analysis_exists", s).reason.ja).toBe("1件中1件の項目にリスク分析があります。");
  });
});
