// register.my_number: items holding 特定個人情報 state their purpose and safeguards and are
// neither provided to third parties nor used jointly without a look at the legal basis.
// Reasons written out by hand.
import { describe, expect, it } from "vitest";
import { emptySnapshot, snapshotItem } from "./fixtures.ts";
import { getRule } from "./rules/index.ts";
import { myNumberIssues } from "./rules/register-my-number.ts";
import type { SnapshotItem } from "./snapshot.ts";

const run = (...items: SnapshotItem[]) =>
  getRule("register.my_number").evaluate({ ...emptySnapshot(), items }, "2025-06-15");

/** snapshotItem's required fields are all filled; these leave some blank. */
const blank = (...keys: string[]) => ({
  filled: {
    ...snapshotItem().filled,
    ...Object.fromEntries(keys.map((k) => [k, false])),
  },
});

describe("register.my_number", () => {
  it("is a finding of step 5 that links to the register filtered by the same condition", () => {
    const rule = getRule("register.my_number");
    expect(rule.severity).toBe("finding");
    expect(rule.step).toBe(5);
    expect(rule.fixPath).toBe("inventory?status=active&myNumber=true&lacking=myNumber");
  });

  it("is na without items holding 特定個人情報 (retired ones and other items do not count)", () => {
    const r = run(
      snapshotItem({ id: "a", thirdPartyProvision: true }),
      snapshotItem({ id: "old", myNumber: true, status: "retired", ...blank("purpose") }),
    );
    expect(r).toEqual({
      status: "na",
      reason: { ja: "特定個人情報を含む項目はありません。", en: "No items with My Number data." },
    });
  });

  it("is ok when every such item has a purpose, a storage method and access holders, and no provision", () => {
    const r = run(
      snapshotItem({ id: "a", myNumber: true, outsourced: true }),
      snapshotItem({ id: "b", myNumber: false, ...blank("purpose"), jointUse: true }),
    );
    expect(r).toEqual({
      status: "ok",
      reason: {
        ja: "特定個人情報を含む項目1件すべてに利用目的と保管方法・アクセス権を有する者が書かれ、第三者提供・共同利用はありません。",
        en: "All 1 items with My Number data state their purpose, storage method and access holders, and none is provided to third parties or used jointly.",
      },
    });
  });

  it("names each item with what it lacks, and warns about provision", () => {
    const r = run(
      snapshotItem({ id: "ok", name: "源泉徴収", myNumber: true }),
      snapshotItem({ id: "p", name: "扶養控除申告", myNumber: true, ...blank("purpose") }),
      snapshotItem({
        id: "s",
        name: "番号届出",
        myNumber: true,
        ...blank("accessHolders"),
        thirdPartyProvision: true,
      }),
      snapshotItem({ id: "j", name: "グループ共有", myNumber: true, jointUse: true }),
    );
    expect(r).toEqual({
      status: "gap",
      reason: {
        ja: "特定個人情報を含む項目4件中3件に確認が必要です（利用目的なし1件、保管方法・アクセス権を有する者の空欄1件、第三者提供・共同利用あり2件）。マイナンバー法で認められた場合以外の提供はできません — 提供の根拠を確認してください。",
        en: "3 of 4 items with My Number data need a look (no purpose of use: 1, storage method or access holders blank: 1, provided to third parties or used jointly: 2). My Number data may be provided only where the My Number Act allows it — check the basis of each provision.",
      },
      details: [
        {
          id: "p",
          name: "扶養控除申告",
          note: { ja: "利用目的なし", en: "no purpose of use" },
          path: "inventory?item=p",
        },
        {
          id: "s",
          name: "番号届出",
          note: {
            ja: "保管方法・アクセス権を有する者の空欄、第三者提供・共同利用あり",
            en: "storage method or access holders blank, provided to third parties or used jointly",
          },
          path: "inventory?item=s",
        },
        {
          id: "j",
          name: "グループ共有",
          note: { ja: "第三者提供・共同利用あり", en: "provided to third parties or used jointly" },
          path: "inventory?item=j",
        },
      ],
    });
  });

  it("leaves the provision warning out when nothing is provided", () => {
    const r = run(snapshotItem({ id: "m", myNumber: true, ...blank("storageMethod") }));
    expect(r.reason.ja).toBe(
      "特定個人情報を含む項目1件中1件に確認が必要です（保管方法・アクセス権を有する者の空欄1件）。",
    );
  });

  it("reads an unanswered provision (null) as none", () => {
    const item = snapshotItem({ myNumber: true, thirdPartyProvision: null, jointUse: null });
    expect(myNumberIssues(item)).toEqual([]);
  });
});
