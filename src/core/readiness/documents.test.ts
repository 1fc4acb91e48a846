// The rules proved by the document register: the internal policy approved by top management
// and in force, its confirmation by current staff, the internal rules in force against the J
// items, and overdue reviews. Snapshots and expected reasons written out by hand.
import { describe, expect, it } from "vitest";
import type { ActivityFact } from "../activities/counting.ts";
import { emptySnapshot } from "./fixtures.ts";
import { DOCUMENT_RULES, getRule } from "./rules/index.ts";
import type { ReadinessSnapshot, SnapshotDocument, SnapshotDocumentVersion } from "./snapshot.ts";

const TODAY = "2026-12-06";

const version = (over: Partial<SnapshotDocumentVersion> = {}): SnapshotDocumentVersion => ({
  id: "v1",
  versionNo: 1,
  status: "published",
  clauseRefs: [],
  approvedOn: "2026-04-01",
  approverName: "山田 太郎",
  ...over,
});

/** The internal policy from its template, version 1 in force, approved by 山田 太郎. */
const policyDoc = (over: Partial<SnapshotDocument> = {}): SnapshotDocument => ({
  id: "pol",
  number: "P-01",
  title: "個人情報保護方針（内部向け）",
  kind: "policy",
  audience: "internal",
  templateKey: "policy.internal",
  approverRole: "top_management",
  jRefs: ["J.2.2"],
  nextReviewOn: "2027-04-01",
  current: version(),
  open: null,
  ...over,
});

const ruleDoc = (over: Partial<SnapshotDocument> & Pick<SnapshotDocument, "id">) =>
  policyDoc({
    number: `R-${over.id}`,
    title: `規程${over.id}`,
    kind: "rule",
    templateKey: null,
    approverRole: "pms_manager",
    jRefs: [],
    current: version({ id: `${over.id}-v1` }),
    ...over,
  });

const run = (id: string, s: Partial<ReadinessSnapshot>) =>
  getRule(id).evaluate({ ...emptySnapshot(), ...s }, TODAY);

const record: ActivityFact = {
  id: "act-1",
  kind: "policy_approval",
  performedOn: "2026-03-10",
  performedByName: "山田 太郎",
  approverName: "山田 太郎",
  approved: true,
};

describe("document rules", () => {
  it("keep the ids of the former record rules, with their steps and severities", () => {
    expect(DOCUMENT_RULES.map((r) => [r.id, r.step, r.severity, r.manual, r.fixPath])).toEqual([
      ["manual.policy", 1, "blocker", false, "documents?kind=policy&audience=internal"],
      ["manual.policy_known", 4, "finding", false, "document-acknowledgements"],
      ["manual.internal_rules", 9, "blocker", false, "document-coverage?lacking=rule"],
      [
        "documents.review_due",
        9,
        "finding",
        false,
        "documents?status=published&reviewOverdue=true",
      ],
    ]);
  });
});

describe("manual.policy", () => {
  it("is met by the policy in force, naming the approver and the day", () => {
    expect(run("manual.policy", { documents: [policyDoc()] })).toEqual({
      status: "ok",
      reason: {
        ja: "「個人情報保護方針（内部向け）」（P-01）第1版は、2026年4月1日に山田 太郎が承認し、施行されています。",
        en: 'Version 1 of "個人情報保護方針（内部向け）" (P-01) was approved by 山田 太郎 on 2026-04-01 and is in force.',
      },
      details: [
        {
          id: "pol",
          name: "P-01 個人情報保護方針（内部向け） 第1版",
          path: "documents?doc=pol&version=v1",
        },
      ],
    });
  });

  it("without a policy document, points to the template", () => {
    expect(run("manual.policy", {})).toEqual({
      status: "gap",
      reason: {
        ja: "社内向けの個人情報保護方針が文書管理にありません。テンプレートから作成できます。",
        en: "The internal protection policy is not in the document register yet; it can be written from its template.",
      },
    });
    // The external policy is not the internal one.
    const external = policyDoc({ templateKey: "policy.external", audience: "external" });
    expect(run("manual.policy", { documents: [external] }).status).toBe("gap");
  });

  it("no longer counts an approval recorded by hand without the document, and says so", () => {
    expect(run("manual.policy", { activities: [record] })).toEqual({
      status: "gap",
      reason: {
        ja: "実施記録はありますが、方針の文書が文書管理にありません。テンプレートから社内向けの方針を作成し、代表者の承認を受けて施行してください。",
        en: "There is an activity record, but the policy itself is not in the document register. Write the internal policy from its template, have top management approve it and put it in force.",
      },
      details: [
        {
          id: "act-1",
          name: "個人情報保護方針の承認 2026年3月10日",
          path: "activities?record=act-1",
        },
      ],
    });
  });

  it("needs top management as the policy's approver", () => {
    const d = policyDoc({ approverRole: "pms_manager" });
    expect(run("manual.policy", { documents: [d] })).toEqual({
      status: "gap",
      reason: {
        ja: "方針の承認者が代表者になっていません。「個人情報保護方針（内部向け）」（P-01）の承認者を代表者（トップマネジメント）にしてください。",
        en: 'The policy\'s approver is not top management. Make top management the approver of "個人情報保護方針（内部向け）" (P-01).',
      },
      details: [
        { id: "pol", name: "P-01 個人情報保護方針（内部向け）", path: "documents?doc=pol" },
      ],
    });
  });

  it("needs the approval of the person appointed as top management that day", () => {
    const byOther = policyDoc({ current: version({ approvedByTopManagement: false }) });
    expect(run("manual.policy", { documents: [byOther] })).toEqual({
      status: "gap",
      reason: {
        ja: "「個人情報保護方針（内部向け）」（P-01）第1版を2026年4月1日に承認した山田 太郎は、その日に代表者（トップマネジメント）として任命されていません。体制で代表者を任命し、代表者本人の承認で新しい版を施行してください。",
        en: 'Version 1 of "個人情報保護方針（内部向け）" (P-01) was approved on 2026-04-01 by 山田 太郎 who was not appointed as top management that day. Appoint top management and have them approve a new version.',
      },
      details: [
        {
          id: "pol",
          name: "P-01 個人情報保護方針（内部向け） 第1版",
          path: "documents?doc=pol&version=v1",
        },
      ],
    });
    // Appointed that day: met, as when the fact is not loaded.
    const byThem = policyDoc({ current: version({ approvedByTopManagement: true }) });
    expect(run("manual.policy", { documents: [byThem] }).status).toBe("ok");
  });

  it("tells a draft, a version in review and an approved version apart", () => {
    const open = (o: Partial<SnapshotDocumentVersion>) =>
      run("manual.policy", {
        documents: [policyDoc({ current: null, open: version({ id: "v2", ...o }) })],
      });
    expect(open({ status: "draft", approvedOn: null, approverName: null })).toEqual({
      status: "gap",
      reason: {
        ja: "「個人情報保護方針（内部向け）」（P-01）は作成中で、まだ代表者に承認を依頼していません。",
        en: '"個人情報保護方針（内部向け）" (P-01) is still a draft; top management has not been asked to approve it.',
      },
      details: [
        {
          id: "pol",
          name: "P-01 個人情報保護方針（内部向け） 第1版",
          path: "documents?doc=pol&version=v2",
        },
      ],
    });
    expect(open({ status: "in_review", approvedOn: null }).reason).toEqual({
      ja: "「個人情報保護方針（内部向け）」（P-01）第1版は山田 太郎の承認待ちです。",
      en: 'Version 1 of "個人情報保護方針（内部向け）" (P-01) awaits 山田 太郎\'s approval.',
    });
    expect(open({ status: "approved" }).reason).toEqual({
      ja: "「個人情報保護方針（内部向け）」（P-01）第1版は承認済み（2026年4月1日、山田 太郎）ですが、まだ施行（公開）されていません。",
      en: 'Version 1 of "個人情報保護方針（内部向け）" (P-01) is approved by 山田 太郎 on 2026-04-01 but not yet published.',
    });
    expect(open({ status: "approved" }).status).toBe("gap");
  });

  it("takes the policy made from the template before another internal policy", () => {
    const handMade = policyDoc({ id: "old", number: "A-01", templateKey: null, current: null });
    const r = run("manual.policy", { documents: [handMade, policyDoc()] });
    expect(r.status).toBe("ok");
    // Without the template's, the internal policy written by hand counts.
    expect(run("manual.policy", { documents: [handMade] }).reason.ja).toBe(
      "「個人情報保護方針（内部向け）」（A-01）は作成中で、まだ代表者に承認を依頼していません。",
    );
  });
});

describe("manual.policy_known", () => {
  const page = (confirmed: number, targets: number) => ({
    id: "v1",
    name: "P-01 個人情報保護方針（内部向け） 第1版",
    note: {
      ja: `確認済み ${confirmed}名／${targets}名`,
      en: `${confirmed} of ${targets} confirmed`,
    },
    path: "document-acknowledgements?doc=pol&version=v1&kind=read",
  });

  it("counts the current staff who have not confirmed the version in force", () => {
    const s = {
      documents: [policyDoc()],
      activeStaffCount: 12,
      policyAcknowledgement: { versionId: "v1", targets: 12, confirmed: 9 },
    };
    expect(run("manual.policy_known", s)).toEqual({
      status: "gap",
      reason: {
        ja: "現在の従業者12名のうち3名が、方針（第1版）をまだ確認していません。",
        en: "3 of the 12 current staff have not yet confirmed the policy (version 1).",
      },
      details: [page(9, 12)],
    });
  });

  it("is met when every current staff member has confirmed", () => {
    const s = {
      documents: [policyDoc()],
      activeStaffCount: 12,
      policyAcknowledgement: { versionId: "v1", targets: 12, confirmed: 12 },
    };
    expect(run("manual.policy_known", s)).toEqual({
      status: "ok",
      reason: {
        ja: "現在の従業者12名全員が、方針（第1版）を確認しています。",
        en: "All 12 current staff have confirmed the policy (version 1).",
      },
      details: [page(12, 12)],
    });
  });

  it("counts confirmations of an earlier version for nothing", () => {
    const s = {
      documents: [policyDoc({ current: version({ id: "v2", versionNo: 2 }) })],
      activeStaffCount: 4,
      policyAcknowledgement: { versionId: "v1", targets: 4, confirmed: 4 },
    };
    expect(run("manual.policy_known", s).reason.ja).toBe(
      "現在の従業者4名のうち4名が、方針（第2版）をまだ確認していません。",
    );
  });

  it("cannot be checked while no policy is in force, or nobody is in office", () => {
    const notInForce = { documents: [policyDoc({ current: null, open: version() })] };
    for (const s of [{}, notInForce])
      expect(run("manual.policy_known", s)).toEqual({
        status: "gap",
        reason: {
          ja: "方針が施行されていないため、周知を確認できません。",
          en: "The policy is not in force, so its communication cannot be checked.",
        },
      });
    const nobody = {
      documents: [policyDoc()],
      policyAcknowledgement: { versionId: "v1", targets: 0, confirmed: 0 },
    };
    expect(run("manual.policy_known", nobody).reason.ja).toBe(
      "従業者名簿に在籍中の人がいないため、周知を確認できません。",
    );
  });
});

describe("manual.internal_rules", () => {
  it("lists how many J items lack a rule in force and names the first three", () => {
    // 57 J items need a rule (core/documents/coverage.ts). The policy answers J.2.2 as a whole
    // and J.2.1 by a clause; a rule in force answers J.1.1; a draft answers J.1.2.
    const docs = [
      policyDoc({ current: version({ clauseRefs: ["J.2.1"] }) }),
      ruleDoc({ id: "1", jRefs: ["J.1.1"] }),
      ruleDoc({
        id: "2",
        current: null,
        open: version({ id: "2-v1", status: "in_review", clauseRefs: ["J.1.2"] }),
      }),
      // A form answers records, not rules.
      ruleDoc({ id: "3", kind: "form", jRefs: ["J.1.3"] }),
    ];
    expect(run("manual.internal_rules", { documents: docs })).toEqual({
      status: "gap",
      reason: {
        ja: "規程で答えるべきJ項目57件のうち54件に、施行中の文書が答えていません（J.1.2 利害関係者のニーズ及び期待の理解、J.1.3 法令、国が定める指針その他の規範、J.1.4 個人情報保護マネジメントシステムの適用範囲の決定 ほか51件）。",
        en: "No document in force answers 54 of the 57 J items that need a rule (J.1.2 Understanding the needs and expectations of interested parties; J.1.3 Laws, national guidelines and other norms; J.1.4 Determining the scope of the PMS; 51 more).",
      },
      details: [
        {
          id: "2",
          name: "R-2 規程2 第1版",
          note: { ja: "承認待ち（未施行）", en: "In review (not in force)" },
          path: "documents?doc=2&version=2-v1",
        },
      ],
    });
  });

  it("is met when documents in force answer every item that needs a rule", () => {
    const all = [
      "J.1.1 J.1.2 J.1.3 J.1.4 J.1.5 J.2.1 J.2.2 J.2.3 J.3.1.1 J.3.1.2 J.3.1.3 J.3.1.4",
      "J.3.2 J.3.3 J.3.4 J.4.1 J.4.2 J.4.3 J.4.4.1 J.4.4.2 J.4.5.1 J.4.5.2 J.4.5.3 J.4.5.4",
      "J.4.5.5 J.5.1 J.6.1 J.6.2 J.6.3 J.7.1 J.7.2 J.8.1 J.8.2 J.8.3 J.8.4 J.8.5 J.8.6",
      "J.8.7 J.8.8 J.8.8.1 J.8.8.2 J.8.8.3 J.8.8.4 J.8.9 J.8.10 J.9.1 J.9.2 J.9.3 J.9.4",
      "J.10.1 J.10.2 J.10.3 J.10.4 J.10.5 J.10.6 J.10.7 J.11.1",
    ]
      .join(" ")
      .split(" ");
    const manual = ruleDoc({ id: "m", current: version({ id: "m-v1", clauseRefs: all }) });
    expect(run("manual.internal_rules", { documents: [manual] })).toEqual({
      status: "ok",
      reason: {
        ja: "規程で答えるべきJ項目57件すべてに、施行中の文書が答えています。",
        en: "Documents in force answer all 57 J items that need a rule.",
      },
    });
    // The same text only in a draft answers nothing yet.
    const draft = ruleDoc({
      id: "m",
      current: null,
      open: version({ id: "m-v1", status: "draft", clauseRefs: all }),
    });
    expect(run("manual.internal_rules", { documents: [draft] }).reason.ja).toMatch(
      /^規程で答えるべきJ項目57件のうち57件に、/,
    );
  });
});

describe("documents.review_due", () => {
  it("lists the documents in force past their review day, oldest first", () => {
    const docs = [
      policyDoc({ nextReviewOn: "2026-12-06" }), // due today: not yet late
      ruleDoc({ id: "1", nextReviewOn: "2026-12-05" }),
      ruleDoc({ id: "2", nextReviewOn: "2026-03-31" }),
      // Not in force: nothing to review yet, whatever its day.
      ruleDoc({ id: "3", current: null, open: version(), nextReviewOn: "2025-01-01" }),
    ];
    expect(run("documents.review_due", { documents: docs })).toEqual({
      status: "gap",
      reason: {
        ja: "施行中の文書3件中2件が、見直しの期限を過ぎています。",
        en: "2 of the 3 documents in force are past their review date.",
      },
      details: [
        {
          id: "2",
          name: "R-2 規程2",
          note: { ja: "見直し期限 2026年3月31日", en: "review due 2026-03-31" },
          path: "documents?doc=2",
        },
        {
          id: "1",
          name: "R-1 規程1",
          note: { ja: "見直し期限 2026年12月5日", en: "review due 2026-12-05" },
          path: "documents?doc=1",
        },
      ],
    });
  });

  it("is met when every document in force is within its review day", () => {
    expect(run("documents.review_due", { documents: [policyDoc()] })).toEqual({
      status: "ok",
      reason: {
        ja: "施行中の文書1件はどれも見直しの期限内です。",
        en: "Every document in force (1) is within its review date.",
      },
    });
  });

  it("does not apply to an empty register or one with nothing in force", () => {
    expect(run("documents.review_due", {})).toEqual({
      status: "na",
      reason: {
        ja: "文書管理台帳に文書がないため対象外です。",
        en: "The document register is empty.",
      },
    });
    const drafts = { documents: [policyDoc({ current: null, open: version() })] };
    expect(run("documents.review_due", drafts)).toEqual({
      status: "na",
      reason: { ja: "施行中の文書がないため対象外です。", en: "No document is in force yet." },
    });
  });
});
