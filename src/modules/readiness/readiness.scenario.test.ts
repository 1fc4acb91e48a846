// An organization built through the API step by step, from nothing to every rule ok, with the
// readiness result checked exactly after each step: the status of every rule, the open
// blockers and the score. Expectations follow the rules' definitions (core/readiness/rules)
// and the score's weights (blocker 3, finding 2, advice 1; "na" counts for nothing).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { kanjiDate } from "../../test/kanji-date.ts";
import {
  moveTestCompletion,
  recordTestCompletions,
} from "../education/education.readiness.test-support.ts";
import type { ReadinessOut } from "./readiness.contract.ts";

type Status = "ok" | "gap" | "na";

/** Every rule of an organization created a moment ago: nothing recorded. */
const EMPTY_ORG: Record<string, Status> = {
  "scope.defined": "gap",
  "eligibility.staff": "gap",
  "eligibility.pms_manager": "gap",
  "eligibility.audit_lead": "gap",
  "eligibility.separation": "na", // needs both roles
  "eligibility.top_management": "gap",
  "register.not_empty": "gap",
  "register.required_fields": "na", // no items
  "register.reviewed": "na",
  "register.sensitive_consent": "na",
  "register.my_number": "na", // no 特定個人情報 (it stays so: no step adds any)
  "register.outsourcee": "na",
  "register.foreign_country": "na",
  "legal.exists": "gap",
  "legal.linked": "na", // empty legal register
  "legal.checked": "na",
  "risk.analysis_exists": "gap", // never na: no register, no analysis
  "risk.phase_coverage": "na",
  "risk.treated": "na", // no risk rows
  "manual.policy": "gap",
  "manual.project_team": "gap",
  "manual.work_plan": "gap",
  "manual.policy_known": "gap",
  "manual.resources": "gap",
  "manual.internal_rules": "gap",
  "manual.education": "gap",
  "manual.operation_start": "gap",
  "manual.safety_measures": "gap",
  "manual.vendor_contracts": "na", // nothing outsourced
  "manual.complaints_desk": "gap",
  "manual.operation_check": "gap",
  "manual.internal_audit": "gap",
  "manual.management_review": "gap",
  "documents.review_due": "na", // no document in force
  "education.all_staff": "na", // nobody in office
};

describe.each(dbKinds)("readiness scenario (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let base: string;
  let orgId: string;
  const today = todayInJapan();
  const expected: Record<string, Status> = { ...EMPTY_ORG };
  const ids: Record<string, string> = {};

  const api = () => t.as(owner);
  async function created(res: { statusCode: number; body: string; json: () => unknown }) {
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }
  async function readiness(): Promise<ReadinessOut> {
    const res = await api().get(`${base}/readiness`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ReadinessOut;
  }
  /** Applies `changes` to the expected statuses, then compares everything. */
  async function expectReadiness(
    changes: Record<string, Status>,
    score: number,
    blockers: number,
  ): Promise<ReadinessOut> {
    for (const [id, s] of Object.entries(changes)) {
      expect(expected[id], `unknown rule ${id}`).toBeDefined();
      expected[id] = s;
    }
    const r = await readiness();
    expect(Object.fromEntries(r.results.map((x) => [x.ruleId, x.status]))).toEqual(expected);
    expect(r.results).toHaveLength(35);
    expect(r.blockers).toBe(blockers);
    expect(r.score).toBe(score);
    expect(r.today).toBe(today);
    return r;
  }
  const result = (r: ReadinessOut, id: string) => r.results.find((x) => x.ruleId === id);

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("構築 担当");
    orgId = await t.createOrg(owner, "株式会社こうちく");
    base = `/api/v1/orgs/${orgId}`;
  });
  afterAll(() => t.close());

  // Each step depends on the one before: they run in order in one test.
  it("follows the organization from nothing to every rule ok", async () => {
    // 0. Nothing recorded. Applicable weights: scope 2, staff/manager/lead/top 4×3, register 3,
    // legal 2, analysis 3, manual 8 blockers ×3 + 2 findings ×2 + 3 advice = 53; none ok.
    let r = await expectReadiness({}, 0, 14);
    expect(result(r, "eligibility.staff")?.reason.ja).toBe(
      "在籍中の従業者が0名です。申請には2名以上が必要です。",
    );
    expect(r.results.slice(0, 14).every((x) => x.severity === "blocker")).toBe(true);

    // 1. The PMS scope in the profile: +2 of 53.
    const profile = await api().put(`${base}/profile`, {
      name: "株式会社こうちく",
      scope: "本社における全事業",
    });
    expect(profile.statusCode, profile.body).toBe(200);
    await expectReadiness({ "scope.defined": "ok" }, 4, 14); // 2/53

    // 2. Two people: the staff condition is met (+3); the education of every current worker
    // now applies, as a gap (+2 possible). 5/55.
    // 佐藤 is the owner's own person (same e-mail): appointed top management below, she
    // approves the documents as herself.
    for (const [key, name, email] of [
      ["sato", "佐藤 花子", owner.email],
      ["suzuki", "鈴木 一郎", null],
    ] as const) {
      ids[key] = await created(
        await api().post(`${base}/people`, { name, email, employmentType: "regular" }),
      );
    }
    r = await expectReadiness({ "eligibility.staff": "ok", "education.all_staff": "gap" }, 9, 13);
    expect(result(r, "eligibility.staff")?.reason.ja).toBe("在籍中の従業者は2名です。");

    // 3. Appointments. The manager alone (+3); the separation rule still waits for the lead.
    const appoint = (role: string, personId: string | undefined) =>
      api().post(`${base}/appointments`, { role, personId, from: "2024-04-01" });
    await created(await appoint("pms_manager", ids.sato));
    await expectReadiness({ "eligibility.pms_manager": "ok" }, 15, 12); // 8/55
    // The audit lead, another person: lead ok and separation now applies, ok (+6 of 58).
    await created(await appoint("audit_lead", ids.suzuki));
    r = await expectReadiness(
      { "eligibility.audit_lead": "ok", "eligibility.separation": "ok" },
      24,
      11,
    ); // 14/58
    expect(result(r, "eligibility.separation")?.reason.ja).toBe(
      "管理者（佐藤 花子）と監査責任者（鈴木 一郎）は別の人です。",
    );
    // Top management (+3).
    await created(await appoint("top_management", ids.sato));
    await expectReadiness({ "eligibility.top_management": "ok" }, 29, 10); // 17/58

    // 4. One register item with every required field, identified today: the register rules
    // apply and pass (+3 +2 +2); the risk analysis is still missing and coverage now applies
    // as a gap (+2 possible). 24/64 = 37.5 %, rounded up.
    ids.item = await created(
      await api().post(`${base}/inventory-items`, {
        name: "顧客名簿",
        dataItems: [{ name: "氏名", sensitive: false }],
        purpose: "商品の発送と問い合わせへの回答",
        storageLocation: "顧客管理システム",
        storageMethod: "アクセス制御付きで保管",
        accessHolders: ["営業部"],
        usePeriod: "取引終了まで",
        retentionPeriod: "取引終了後5年",
        outsourced: false,
        identifiedOn: today,
      }),
    );
    r = await expectReadiness(
      {
        "register.not_empty": "ok",
        "register.required_fields": "ok",
        "register.reviewed": "ok",
        "risk.phase_coverage": "gap",
      },
      38,
      9,
    );
    // Without a flow the five core phases apply.
    expect(result(r, "risk.phase_coverage")?.reason.ja).toBe(
      "1件中1件の項目で、計5の局面にリスク分析がありません。",
    );

    // 5. Its flow over four phases (no transfer): still a gap, now over those four.
    const flow = await api().put(`${base}/inventory-items/${ids.item}/flow`, {
      steps: [
        { phase: "acquisition_input", who: "営業部", what: "申込書を受け取る" },
        { phase: "use_processing", who: "営業部", what: "発送する" },
        { phase: "storage_backup", who: "情報システム部", what: "保管する" },
        { phase: "disposal", who: "総務部", what: "消去する" },
      ],
    });
    expect(flow.statusCode, flow.body).toBe(200);
    r = await expectReadiness({}, 38, 9);
    expect(result(r, "risk.phase_coverage")?.reason.ja).toBe(
      "1件中1件の項目で、計4の局面にリスク分析がありません。",
    );
    expect(result(r, "risk.phase_coverage")?.details).toEqual([
      {
        id: ids.item,
        name: "顧客名簿",
        note: {
          ja: "取得・入力、利用・加工、保管・バックアップ、消去・廃棄",
          en: "Acquisition and input, Use and processing, Storage and backup, Erasure and disposal",
        },
        path: `risks?itemId=${ids.item}`,
      },
    ]);

    // 6. Risks. One high risk (3×3) in the first phase: the analysis exists (+3), and the
    // acceptance rule applies as a gap (+2 possible). 27/66.
    const risk = (phase: string, likelihood: number, impact: number) =>
      api().post(`${base}/risks`, {
        itemId: ids.item,
        phase,
        kind: "leak",
        description: `${phase} の漏えい`,
        likelihood,
        impact,
      });
    ids.high = await created(await risk("acquisition_input", 3, 3));
    r = await expectReadiness({ "risk.analysis_exists": "ok", "risk.treated": "gap" }, 41, 8);
    expect(result(r, "risk.phase_coverage")?.reason.ja).toBe(
      "1件中1件の項目で、計3の局面にリスク分析がありません。",
    );
    // The other three phases; 2×3 is high on the 3×3 matrix, 1×1 and 1×2 are low. 29/66.
    await created(await risk("use_processing", 1, 1));
    ids.storage = await created(await risk("storage_backup", 2, 3));
    await created(await risk("disposal", 1, 2));
    r = await expectReadiness({ "risk.phase_coverage": "ok" }, 44, 8);
    expect(result(r, "risk.treated")?.reason.ja).toBe(
      "リスク4件中2件が受容水準を超えたまま、対策後の評価も受容の記録もありません。",
    );
    expect(result(r, "risk.treated")?.details).toEqual([
      { id: ids.item, name: "顧客名簿", path: `risks?itemId=${ids.item}&unaccepted=true` },
    ]);

    // 7. Treat the first (residual 1×1), then formally accept the second: ok (+2). 31/66.
    const treated = await api().patch(`${base}/risks/${ids.high}`, {
      countermeasure: "申込書は施錠できる箱で受け取る",
      residualLikelihood: 1,
      residualImpact: 1,
    });
    expect(treated.statusCode, treated.body).toBe(200);
    r = await expectReadiness({}, 44, 8);
    expect(result(r, "risk.treated")?.reason.ja).toBe(
      "リスク4件中1件が受容水準を超えたまま、対策後の評価も受容の記録もありません。",
    );
    const accepted = await api().post(`${base}/risks/${ids.storage}/accept`, {
      acceptedOn: today,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    await expectReadiness({ "risk.treated": "ok" }, 47, 8);

    // 8. A legal entry, neither linked nor checked: exists (+2), linked (1) and checked (2)
    // apply as gaps. 33/69. Linked to a department only, as company-wide laws are: linked
    // (+1), 34/69. Then linked to the item too and checked today: +2. 36/69.
    ids.law = await created(
      await api().post(`${base}/legal-requirements`, { lawId: "appi", articles: "第17条〜第35条" }),
    );
    r = await expectReadiness(
      { "legal.exists": "ok", "legal.linked": "gap", "legal.checked": "gap" },
      48,
      8,
    );
    expect(result(r, "legal.linked")?.details).toEqual([
      { id: ids.law, name: "個人情報の保護に関する法律", path: `legal?ids=${ids.law}` },
    ]);
    expect(result(r, "legal.checked")?.reason.ja).toBe(
      "1件中1件が12か月以内に確認されていません（うち確認記録なし1件）。",
    );
    ids.dept = await created(await api().post(`${base}/departments`, { name: "総務部" }));
    const toDept = await api().patch(`${base}/legal-requirements/${ids.law}`, {
      departmentIds: [ids.dept],
    });
    expect(toDept.statusCode, toDept.body).toBe(200);
    r = await expectReadiness({ "legal.linked": "ok" }, 49, 8);
    expect(result(r, "legal.linked")?.reason.ja).toBe(
      "1件すべてが台帳の項目か部署に結び付いています。",
    );
    const law = await api().patch(`${base}/legal-requirements/${ids.law}`, {
      itemIds: [ids.item],
      checkedOn: today,
      checkedBy: "佐藤 花子",
    });
    expect(law.statusCode, law.body).toBe(200);
    await expectReadiness({ "legal.checked": "ok" }, 52, 8);

    // 9. The activity records, one by one in step order, out of 69 (score = ok weight / 69).
    // Top management's acts (resources, management review) count once their approver
    // approves. The policy, its communication and the rules are documents: step 10; the
    // education is its completions: step 11.
    const steps: [string, string, number, number][] = [
      ["manual.project_team", "project_team", 54, 8], // +1 → 37
      ["manual.work_plan", "work_plan_shared", 55, 8], // +1 → 38
      ["manual.resources", "resources_decided", 57, 8], // +1 → 39
      ["manual.operation_start", "operation_start", 61, 7], // +3 → 42
      ["manual.safety_measures", "safety_measure_check", 65, 6], // +3 → 45
      ["manual.complaints_desk", "complaints_desk", 70, 5], // +3 → 48
      ["manual.operation_check", "operation_check", 72, 5], // +2 → 50
      ["manual.internal_audit", "internal_audit", 77, 4], // +3 → 53
      ["manual.management_review", "management_review", 81, 3], // +3 → 56
    ];
    const approvals = ["resources_decided", "management_review"];
    for (const [ruleId, kind, score, blockers] of steps) {
      const needsApproval = approvals.includes(kind);
      const id = await created(
        await api().post(`${base}/activities`, {
          kind,
          performedOn: today,
          performedByName: "構築 担当",
          ...(needsApproval ? { approverUserId: owner.id } : {}),
        }),
      );
      ids[kind] = id;
      if (needsApproval) {
        const approved = await api().post(`${base}/activities/${id}/approve`);
        expect(approved.statusCode, approved.body).toBe(200);
      }
      r = await expectReadiness({ [ruleId]: "ok" }, score, blockers);
    }

    // 10. The documents. The internal policy from its template: a draft proves nothing yet.
    const docs = `${base}/documents`;
    ids.policy = await created(
      await api().post(`${docs}/from-template`, { templateKey: "policy.internal" }),
    );
    r = await expectReadiness({}, 81, 3);
    expect(result(r, "manual.policy")?.reason.ja).toBe(
      "「個人情報保護方針（内部向け）」（P-01）は作成中で、まだ代表者に承認を依頼していません。",
    );
    /** Sends the open version for review to the owner, approves and publishes it. */
    const publish = async (documentId: string | undefined) => {
      const doc = await api().get(`${docs}/${documentId}`);
      const v = `${docs}/${documentId}/versions/${doc.json().versions[0].id}`;
      for (const [path, body] of [
        ["submit", { approverUserId: owner.id }],
        ["approve", {}],
        ["publish", {}],
      ] as const) {
        const res = await api().post(`${v}/${path}`, body);
        expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
      }
      return doc.json().versions[0].id as string;
    };
    // Approved by top management and in force (+3); the review rule applies and is ok (+2 of
    // +2). 61/71. Nobody has confirmed the policy yet.
    const policyVersion = await publish(ids.policy);
    r = await expectReadiness({ "manual.policy": "ok", "documents.review_due": "ok" }, 86, 2);
    expect(result(r, "manual.policy_known")?.reason.ja).toBe(
      "現在の従業者2名のうち2名が、方針（第1版）をまだ確認していません。",
    );
    // Sent to both; they sign printed sheets, entered one by one: ok at the second (+2). 63/71.
    const acks = `${docs}/${ids.policy}/versions/${policyVersion}/acknowledgements`;
    const sent = await api().post(acks, { kind: "read", audience: { all: true } });
    expect(sent.statusCode, sent.body).toBe(201);
    const rows = (await api().get(acks)).json().items as { id: string }[];
    expect(rows).toHaveLength(2);
    for (const [i, row] of rows.entries()) {
      const paper = await api().post(`${acks}/${row.id}/record-paper`, { signedOn: today });
      expect(paper.statusCode, paper.body).toBe(200);
      if (i === 0) {
        r = await expectReadiness({}, 86, 2);
        expect(result(r, "manual.policy_known")?.reason.ja).toBe(
          "現在の従業者2名のうち1名が、方針（第1版）をまだ確認していません。",
        );
      }
    }
    await expectReadiness({ "manual.policy_known": "ok" }, 89, 2);
    // The starter set, its rules in force: every J item is answered by a rule (+3). 66/71.
    // The manual last: until it is in force, the 12 items only it answers lack an answer
    // (J.1.1–J.1.5, J.2.3, J.3.1.2, J.3.2–J.3.4, J.4.1, J.4.4.1: the headings with refs of
    // core/documents/templates/manual.ts that no other policy or rule template names), and its
    // draft is named as the one that would give them.
    const set = await api().post(`${docs}/starter-set`);
    expect(set.statusCode, set.body).toBe(200);
    const fromSet = set.json().created as { templateKey: string; id: string }[];
    const manual = fromSet.find((c) => c.templateKey === "rule.manual")?.id;
    const drafts = await api().get(`${docs}?status=draft&limit=200`);
    const rules = (drafts.json().items as { id: string; kind: string }[]).filter(
      (d) =>
        d.id !== manual && (d.kind === "policy" || d.kind === "rule" || d.kind === "procedure"),
    );
    for (const d of rules) await publish(d.id);
    r = await expectReadiness({}, 89, 2);
    expect(result(r, "manual.internal_rules")?.reason.ja).toBe(
      "規程で答えるべきJ項目57件のうち12件に、施行中の文書が答えていません（J.1.1 組織及びその状況の理解、J.1.2 利害関係者のニーズ及び期待の理解、J.1.3 法令、国が定める指針その他の規範 ほか9件）。",
    );
    expect(result(r, "manual.internal_rules")?.details?.map((d) => d.id)).toEqual([manual]);
    await publish(manual);
    await expectReadiness({ "manual.internal_rules": "ok" }, 93, 1);

    // 11. The education. An activity record of it proves nothing now: the blocker says the
    // record is there without completions.
    await created(
      await api().post(`${base}/activities`, {
        kind: "education",
        performedOn: today,
        performedByName: "構築 担当",
      }),
    );
    r = await expectReadiness({}, 93, 1);
    expect(result(r, "manual.education")?.reason.ja).toBe(
      `「従業者教育」の実施記録（${kanjiDate(today)}）はありますが、教育の機能に修了の記録がありません。教育画面で受講・出席を記録してください。`,
    );
    // 佐藤 completes the course today: the blocker closes (+3), 69/71; 鈴木 is still without.
    const ctx = { orgId, userId: owner.id, userName: owner.name, role: "owner" as const };
    const [satoDone] = await recordTestCompletions(t.database.db, ctx, [ids.sato as string], today);
    r = await expectReadiness({ "manual.education": "ok" }, 97, 0);
    expect(result(r, "education.all_staff")?.reason.ja).toMatch(
      /従業者2名のうち1名が.*（鈴木 一郎）。$/,
    );
    // 鈴木 too: every rule ok (+2). 71/71.
    const [suzukiDone] = await recordTestCompletions(
      t.database.db,
      ctx,
      [ids.suzuki as string],
      today,
    );
    r = await expectReadiness({ "education.all_staff": "ok" }, 100, 0);
    expect(r.byStep.map((s) => s.status)).toEqual(Array(13).fill("done"));

    // The completions were a year and a day ago after all: a blocker and a finding reopen
    // (66/71).
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
    const yearAgo = `${y - 1}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
    const tooOld = new Date(Date.parse(`${yearAgo}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    for (const id of [satoDone, suzukiDone])
      await moveTestCompletion(t.database.db, ctx, id as string, tooOld);
    r = await expectReadiness({ "manual.education": "gap", "education.all_staff": "gap" }, 93, 1);
    expect(result(r, "manual.education")?.reason.ja).toBe(
      `最後の教育の修了は${kanjiDate(tooOld)}で、12か月を過ぎています。${kanjiDate(yearAgo)}以降の修了が必要です。`,
    );
    expect(r.byStep.find((s) => s.step === 10)).toMatchObject({ status: "not_started", gap: 2 });
    for (const id of [satoDone, suzukiDone])
      await moveTestCompletion(t.database.db, ctx, id as string, today);
    await expectReadiness({ "manual.education": "ok", "education.all_staff": "ok" }, 100, 0);

    // 12. The item becomes outsourced, with its contractor: the contractor rule passes (+2)
    // and the vendor-contract check applies as an open blocker (+3 possible). 73/76.
    const outsourced = await api().patch(`${base}/inventory-items/${ids.item}`, {
      outsourced: true,
      outsourcee: "株式会社はいそう",
    });
    expect(outsourced.statusCode, outsourced.body).toBe(200);
    await expectReadiness({ "register.outsourcee": "ok", "manual.vendor_contracts": "gap" }, 96, 1);
    await api().post(`${base}/activities`, {
      kind: "vendor_review",
      performedOn: today,
      performedByName: "構築 担当",
    });
    await expectReadiness({ "manual.vendor_contracts": "ok" }, 100, 0);
  });
});
