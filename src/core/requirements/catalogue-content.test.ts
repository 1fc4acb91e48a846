// The shipped catalogue against docs/domain.md#requirement-catalogue, written out here by hand:
// every item on record is present with its title, and `verified` is true exactly where the
// record confirms the number and the title.
import { describe, expect, it } from "vitest";
import { getCatalogue } from "./catalogue-registry.ts";
import { assessableNodes, nodeByRef } from "./catalogue-tree.ts";

const cat = getCatalogue("pmark-guideline-2023", "1");
if (!cat) throw new Error("the shipped catalogue is not registered");

/** Items docs/domain.md#requirement-catalogue gives with a confirmed title. */
const CONFIRMED: [ref: string, title: string][] = [
  ["J.1", "組織の状況"],
  ["J.1.1", "組織及びその状況の理解"],
  ["J.1.2", "利害関係者のニーズ及び期待の理解"],
  // Written out in full: PMS only abbreviates 個人情報保護マネジメントシステム.
  ["J.1.4", "個人情報保護マネジメントシステムの適用範囲の決定"],
  ["J.1.5", "個人情報保護マネジメントシステム"],
  ["J.2", "リーダーシップ"],
  ["J.2.2", "個人情報保護方針"],
  ["J.3", "計画策定"],
  ["J.3.1.1", "個人情報の特定"],
  ["J.3.1.2", "リスク及び機会に対処する活動"],
  ["J.3.1.3", "個人情報保護リスクアセスメント"],
  ["J.3.1.4", "個人情報保護リスク対応"],
  ["J.3.2", "個人情報保護目的及びそれを達成するための計画策定"],
  ["J.3.3", "計画策定"],
  ["J.3.4", "変更の計画策定"],
  ["J.4", "支援"],
  ["J.4.1", "資源"],
  ["J.4.2", "力量"],
  ["J.4.4.2", "緊急事態への準備"],
  ["J.4.5.4", "内部規程"],
  ["J.4.5.5", "文書化した情報のうち、記録の管理"],
  ["J.5", "運用"],
  ["J.5.1", "運用"],
  ["J.6", "パフォーマンス評価"],
  ["J.6.1", "監視、測定、分析及び評価"],
  ["J.6.2", "内部監査"],
  ["J.6.3", "マネジメントレビュー"],
  ["J.7", "改善"],
  ["J.7.1", "不適合及び是正処置"],
  ["J.8", "取得、利用及び提供に関する原則"],
  ["J.8.1", "利用目的の特定"],
  ["J.8.2", "適正な取得"],
  ["J.8.3", "要配慮個人情報などの取得"],
  ["J.8.4", "個人情報を取得した場合の措置"],
  ["J.8.5", "J.8.4のうち本人から直接書面によって取得する場合の措置"],
  ["J.8.6", "利用に関する措置"],
  ["J.8.7", "本人に連絡又は接触する場合の措置"],
  ["J.8.8", "個人データの提供に関する措置"],
  ["J.8.8.4", "個人関連情報の第三者提供の制限等"],
  ["J.8.9", "匿名加工情報"],
  ["J.8.10", "仮名加工情報"],
  ["J.9", "適正管理"],
  ["J.9.1", "正確性の確保"],
  ["J.9.2", "安全管理措置"],
  ["J.10", "個人情報に関する本人の権利"],
  ["J.11", "苦情及び相談への対応"],
];

/** Items docs/domain.md#requirement-catalogue gives with a title marked unverified. */
const TITLE_UNVERIFIED: [ref: string, title: string][] = [
  ["J.4.3", "認識"],
  ["J.9.3", "従業者の監督"],
  ["J.9.4", "委託先の監督"],
];

/** Items docs/domain.md#requirement-catalogue names without a title on record. */
const TITLE_UNKNOWN = [
  "J.1.3",
  "J.10.1",
  "J.10.2",
  "J.10.3",
  "J.10.4",
  "J.10.5",
  "J.10.6",
  "J.10.7",
  "J.11.1",
];

/** Items we added because the numbering implies them (headings and siblings). */
const INFERRED = [
  "J.2.1",
  "J.2.3",
  "J.3.1",
  "J.4.4",
  "J.4.4.1",
  "J.4.5",
  "J.4.5.1",
  "J.4.5.2",
  "J.4.5.3",
  "J.7.2",
  "J.8.8.1",
  "J.8.8.2",
  "J.8.8.3",
];

describe("the shipped catalogue against docs/domain.md#requirement-catalogue", () => {
  it.each(CONFIRMED)("%s %s is present and verified", (ref, title) => {
    const node = nodeByRef(cat, ref);
    expect(node?.title.ja).toBe(title);
    expect(node?.verified).toBe(true);
  });

  it.each(TITLE_UNVERIFIED)("%s %s is present and not verified", (ref, title) => {
    const node = nodeByRef(cat, ref);
    expect(node?.title.ja).toBe(title);
    expect(node?.verified).toBe(false);
  });

  it.each(TITLE_UNKNOWN)("%s is present with a title of ours and not verified", (ref) => {
    const node = nodeByRef(cat, ref);
    expect(node?.title.ja.length).toBeGreaterThan(1);
    expect(node?.verified).toBe(false);
    expect(node?.toVerify).toMatch(/title/i);
  });

  it("has exactly these items: those on record, plus the inferred ones, none verified", () => {
    const expected = [
      ...CONFIRMED.map(([r]) => r),
      ...TITLE_UNVERIFIED.map(([r]) => r),
      ...TITLE_UNKNOWN,
      ...INFERRED,
    ].sort();
    expect(cat.nodes.map((n) => n.ref).sort()).toEqual(expected);
    for (const ref of INFERRED) expect(nodeByRef(cat, ref)?.verified, ref).toBe(false);
    expect(
      cat.nodes
        .filter((n) => n.verified)
        .map((n) => n.ref)
        .sort(),
    ).toEqual(CONFIRMED.map(([r]) => r).sort());
  });

  it("marks every Annex A mapping unverified", () => {
    const mapped = cat.nodes.filter((n) => n.annexA);
    expect(mapped.length).toBe(43);
    for (const n of mapped) expect(n.annexA?.verified, n.ref).toBe(false);
    expect(nodeByRef(cat, "J.3.1.1")?.annexA?.refs).toEqual(["A.3.3.1"]);
    expect(nodeByRef(cat, "J.8.8.4")?.annexA).toBeNull();
  });

  it("assesses the 57 items, never the 14 headings", () => {
    expect(assessableNodes(cat)).toHaveLength(57);
    const headings = cat.nodes.filter((n) => !n.assessable).map((n) => n.ref);
    expect(headings).toEqual([
      "J.1",
      "J.2",
      "J.3",
      "J.3.1",
      "J.4",
      "J.4.4",
      "J.4.5",
      "J.5",
      "J.6",
      "J.7",
      "J.8",
      "J.9",
      "J.10",
      "J.11",
    ]);
    // J.8.8 has items under it and its own requirement (consent to provide).
    expect(nodeByRef(cat, "J.8.8")?.assessable).toBe(true);
  });

  it("links the items to the APPI articles (docs/domain.md#appi-articles) that apply", () => {
    const appi = (ref: string) => nodeByRef(cat, ref)?.appiArticles;
    expect(appi("J.8.1")).toEqual(["17", "18", "19"]);
    expect(appi("J.8.8")).toEqual(["27"]);
    expect(appi("J.8.8.1")).toEqual(["28"]);
    expect(appi("J.8.8.4")).toEqual(["31"]);
    expect(appi("J.8.9")).toEqual(["43–46"]);
    expect(appi("J.8.10")).toEqual(["41–42"]);
    expect(appi("J.9.4")).toEqual(["25"]);
    expect(appi("J.4.4.2")).toEqual(["26"]);
    expect(appi("J.11.1")).toEqual(["40"]);
    expect(appi("J.1.1")).toEqual([]);
  });

  it("explains every item in both languages, in its own words, with typical evidence", () => {
    for (const n of cat.nodes) {
      expect(n.explanation.ja, n.ref).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(n.explanation.ja, n.ref).not.toBe(n.title.ja);
      expect(n.explanation.en, n.ref).toMatch(/^[A-Z]/);
      expect(n.explanation.en, n.ref).not.toMatch(/[ぁ-んァ-ン一-龯]/);
      // 1–3 sentences.
      expect(n.explanation.ja.split("。").filter(Boolean).length, n.ref).toBeLessThanOrEqual(3);
      if (n.assessable) expect(n.evidence.length, n.ref).toBeGreaterThan(0);
    }
  });
});
