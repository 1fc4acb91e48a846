import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrgContext } from "../../server/org-context.ts";
import { countingDb } from "../../test/counting-db.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { loadSnapshot } from "./provider.ts";

const TODAY = "2025-06-15";

describe.each(dbKinds)("readiness snapshot from the providers (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let small: string;
  let large: string;
  /** The large organization's legal entries reuse these ids of the small one's. */
  const legalIds = { linkedToItem: "", loose: "", deptOnly: "" };
  const ctx = (orgId: string): OrgContext => ({
    orgId,
    userId: owner.id,
    userName: owner.name,
    role: "owner",
  });

  /** `n` items straight into the tables, each with a 3-phase flow and 5 risk rows. */
  async function bulkItems(orgId: string, n: number) {
    const q = t.database.query;
    await q(
      `insert into inventory_item (org_id, id, name, purpose, data_items, storage_location,
         storage_method, access_holders, use_period, retention_period, identified_on)
       select $1, 'bulk-' || g, '台帳' || g, '業務', '[{"name":"氏名","sensitive":false}]',
         '書庫', '施錠', '["総務部"]', '1年', '5年', '2025-01-10'
       from generate_series(1, $2::int) g`,
      [orgId, n],
    );
    await q(
      `insert into inventory_flow_step (org_id, item_id, sort, phase)
       select $1, 'bulk-' || g, s, (array['acquisition_input','use_processing','disposal'])[s]
       from generate_series(1, $2::int) g, generate_series(1, 3) s`,
      [orgId, n],
    );
    await q(
      // Assessed rows (a person rated them): 未評価 ones would be left out of the groups.
      `insert into inventory_risk (org_id, id, item_id, phase, kind, description, likelihood, impact,
         assessed_on)
       select $1, 'risk-' || g || '-' || s, 'bulk-' || g,
         (array['acquisition_input','use_processing','disposal','transfer','disposal'])[s],
         'leak', '漏えい', 1 + s % 3, 1 + g % 3, '2025-01-10'
       from generate_series(1, $2::int) g, generate_series(1, 5) s`,
      [orgId, n],
    );
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("準備度 担当");
    small = await t.createOrg(owner, "株式会社ちいさい");
    large = await t.createOrg(owner, "株式会社おおきい");
    const api = t.as(owner);
    const base = `/api/v1/orgs/${small}`;
    await api.put(`${base}/profile`, {
      name: "株式会社ちいさい",
      representative: "代表 太郎",
      scope: "本社の全業務",
    });
    const people = [];
    for (const [name, leftOn] of [
      ["在籍 一郎", null],
      ["在籍 二郎", "2025-06-16"],
      ["退職 三郎", "2025-06-15"],
    ] as const) {
      const res = await api.post(`${base}/people`, { name, employmentType: "regular", leftOn });
      expect(res.statusCode, res.body).toBe(201);
      people.push(res.json().id as string);
    }
    const appt = await api.post(`${base}/appointments`, {
      role: "pms_manager",
      personId: people[0],
      from: "2024-04-01",
    });
    expect(appt.statusCode, appt.body).toBe(201);
    const full = await api.post(`${base}/inventory-items`, {
      name: "顧客名簿",
      purpose: "商品の発送",
      dataItems: [{ name: "氏名", sensitive: false }],
      storageLocation: "本社書庫",
      storageMethod: "施錠保管",
      accessHolders: ["営業部"],
      usePeriod: "取引終了まで",
      retentionPeriod: "5年",
      sensitive: true,
      consentBasis: "書面で同意",
      outsourced: true,
      outsourcee: "配送会社",
      identifiedOn: "2025-01-10",
      lastReviewedOn: "2025-03-01",
    });
    expect(full.statusCode, full.body).toBe(201);
    const partial = await api.post(`${base}/inventory-items`, {
      name: "応募者情報",
      purpose: "採用選考",
      foreignRecipient: true,
    });
    expect(partial.statusCode, partial.body).toBe(201);
    const retired = await api.post(`${base}/inventory-items`, {
      name: "旧名簿",
      status: "retired",
    });
    expect(retired.statusCode, retired.body).toBe(201);
    const fullId = full.json().id as string;
    await api.put(`${base}/inventory-items/${fullId}/flow`, {
      steps: [
        { phase: "disposal" },
        { phase: "acquisition_input" },
        { phase: "storage_backup" },
        { phase: "acquisition_input" },
      ],
    });
    for (const [phase, l, i] of [
      ["acquisition_input", 3, 3],
      ["acquisition_input", 3, 3],
      ["storage_backup", 1, 1],
    ] as const) {
      const res = await api.post(`${base}/risks`, {
        itemId: fullId,
        phase,
        kind: "leak",
        description: "漏えい",
        likelihood: l,
        impact: i,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const retiredRisk = await api.post(`${base}/risks`, {
      itemId: retired.json().id,
      phase: "disposal",
      kind: "loss",
      description: "紛失",
      likelihood: 3,
      impact: 3,
    });
    expect(retiredRisk.statusCode, retiredRisk.body).toBe(201);
    const law = await api.post(`${base}/legal-requirements`, {
      name: "社内規程",
      kind: "guideline",
      checkedOn: "2025-02-01",
      itemIds: [fullId],
    });
    expect(law.statusCode, law.body).toBe(201);
    const loose = await api.post(`${base}/legal-requirements`, {
      name: "業界指針",
      kind: "guideline",
    });
    expect(loose.statusCode, loose.body).toBe(201);
    // Company-wide: applies to a department, to no particular item.
    const soumu = await api.post(`${base}/departments`, { name: "総務部" });
    expect(soumu.statusCode, soumu.body).toBe(201);
    const deptOnly = await api.post(`${base}/legal-requirements`, {
      name: "就業規則",
      kind: "guideline",
      checkedOn: "2025-05-01",
      departmentIds: [soumu.json().id],
    });
    expect(deptOnly.statusCode, deptOnly.body).toBe(201);
    legalIds.linkedToItem = law.json().id;
    legalIds.loose = loose.json().id;
    legalIds.deptOnly = deptOnly.json().id;
    const policy = await api.post(`${base}/activities`, {
      kind: "policy_approval",
      performedOn: "2025-02-01",
      performedByName: "準備度 担当",
      approverUserId: owner.id,
    });
    expect(policy.statusCode, policy.body).toBe(201);
    const approve = await api.post(`${base}/activities/${policy.json().id}/approve`);
    expect(approve.statusCode, approve.body).toBe(200);

    await bulkItems(large, 60);
    // Records of the large organization that reuse the small one's ids (ids are unique per
    // organization only): a retired item with a flow and a risk, a department, a legal entry
    // linked to both, one linked to the department only, and one linked to nothing whose id
    // has a department link in the small organization. Every lookup must stay inside its own
    // organization.
    const q = t.database.query;
    await q(
      `insert into inventory_item (org_id, id, name, status) values ($1, $2, '同じ番号', 'retired')`,
      [large, fullId],
    );
    await q(
      `insert into inventory_flow_step (org_id, item_id, sort, phase) values ($1, $2, 1, 'transfer')`,
      [large, fullId],
    );
    await q(
      `insert into inventory_risk (org_id, id, item_id, phase, kind, description, likelihood, impact)
       values ($1, 'same-id-risk', $2, 'transfer', 'leak', '漏えい', 3, 3)`,
      [large, fullId],
    );
    await q(
      `insert into legal_requirement (org_id, id, name, kind) values ($1, $2, '同じ番号の法令', 'guideline')`,
      [large, loose.json().id],
    );
    await q(
      `insert into legal_requirement_item (org_id, requirement_id, item_id) values ($1, $2, $3)`,
      [large, loose.json().id, fullId],
    );
    await q(`insert into department (org_id, id, name) values ($1, $2, '同じ番号の部署')`, [
      large,
      soumu.json().id,
    ]);
    for (const [id, name] of [
      [law.json().id, "同じ番号の規程"],
      [deptOnly.json().id, "同じ番号の部署別規程"],
    ]) {
      await q(
        `insert into legal_requirement (org_id, id, name, kind) values ($1, $2, $3, 'guideline')`,
        [large, id, name],
      );
    }
    for (const id of [loose.json().id, law.json().id]) {
      await q(
        `insert into legal_requirement_department (org_id, requirement_id, department_id)
         values ($1, $2, $3)`,
        [large, id, soumu.json().id],
      );
    }
  });
  afterAll(() => t.close());

  it("reads each table into the snapshot (active items only, phases distinct, risks grouped)", async () => {
    const s = await loadSnapshot(t.database.db, ctx(small), { today: TODAY, lang: "ja" });
    expect(s.profile).toEqual({ scope: "本社の全業務", representative: "代表 太郎" });
    // 退職 三郎 left on "today": no longer employed; 在籍 二郎 leaves tomorrow.
    expect(s.activeStaffCount).toBe(2);
    expect(s.appointments.map((a) => [a.role, a.personName, a.from, a.to])).toEqual([
      ["pms_manager", "在籍 一郎", "2024-04-01", null],
    ]);
    expect(s.items.map((i) => i.name)).toEqual(["応募者情報", "顧客名簿"]);
    const [applicants, customers] = s.items;
    expect(customers?.filled).toEqual({
      dataItems: true,
      purpose: true,
      storageLocation: true,
      storageMethod: true,
      accessHolders: true,
      usePeriod: true,
      retentionPeriod: true,
    });
    expect(applicants?.filled).toEqual({
      dataItems: false,
      purpose: true,
      storageLocation: false,
      storageMethod: false,
      accessHolders: false,
      usePeriod: false,
      retentionPeriod: false,
    });
    expect(customers).toMatchObject({
      sensitive: true,
      consentBasis: "書面で同意",
      outsourced: true,
      outsourcee: "配送会社",
      identifiedOn: "2025-01-10",
      lastReviewedOn: "2025-03-01",
    });
    // Distinct, in lifecycle order (not the flow's or the alphabet's).
    expect(customers?.flowPhases).toEqual(["acquisition_input", "storage_backup", "disposal"]);
    expect([...(customers?.riskPhases ?? [])].sort()).toEqual([
      "acquisition_input",
      "storage_backup",
    ]);
    expect(applicants).toMatchObject({
      sensitive: false,
      foreignRecipient: true,
      foreignCountry: null,
      flowPhases: [],
      riskPhases: [],
    });
    // The retired item's 3×3 risk is left out; the two identical rows make one group of 2.
    const groups = [...s.riskGroups].sort((a, b) => a.likelihood - b.likelihood);
    expect(groups).toEqual([
      {
        likelihood: 1,
        impact: 1,
        residualLikelihood: null,
        residualImpact: null,
        accepted: false,
        count: 1,
        exampleItemName: "顧客名簿",
        exampleItemId: customers?.id,
      },
      {
        likelihood: 3,
        impact: 3,
        residualLikelihood: null,
        residualImpact: null,
        accepted: false,
        count: 2,
        exampleItemName: "顧客名簿",
        exampleItemId: customers?.id,
      },
    ]);
    expect(
      s.legal.map((l) => ({ name: l.name, checkedOn: l.checkedOn, linked: l.linked })),
    ).toEqual([
      { name: "社内規程", checkedOn: "2025-02-01", linked: true },
      // Linked in the large organization under the same id, to an item and a department.
      { name: "業界指針", checkedOn: null, linked: false },
      { name: "就業規則", checkedOn: "2025-05-01", linked: true },
    ]);
    expect(s.activities).toEqual([
      {
        id: expect.any(String),
        kind: "policy_approval",
        performedOn: "2025-02-01",
        performedByName: "準備度 担当",
        approverName: "準備度 担当",
        approved: true,
      },
    ]);
    expect(s.riskMatrix.acceptanceMaxRank).toBe(1);
  });

  it("counts a legal entry linked when it has an item or a department, within its organization", async () => {
    const s = await loadSnapshot(t.database.db, ctx(large), { today: TODAY, lang: "ja" });
    const linked = Object.fromEntries(s.legal.map((l) => [l.id, [l.name, l.linked]]));
    expect(linked).toEqual({
      [legalIds.loose]: ["同じ番号の法令", true], // an item and a department
      [legalIds.linkedToItem]: ["同じ番号の規程", true], // a department only
      // Linked to a department in the small organization only.
      [legalIds.deptOnly]: ["同じ番号の部署別規程", false],
    });
  });

  it("runs the same twelve statements for 3 items as for 60 (all providers together)", async () => {
    const counting = countingDb(t);
    const smallSnap = await loadSnapshot(counting.db, ctx(small), { today: TODAY, lang: "ja" });
    const smallCount = counting.count();
    counting.reset();
    const largeSnap = await loadSnapshot(counting.db, ctx(large), { today: TODAY, lang: "ja" });
    const largeCount = counting.count();
    expect(smallSnap.items).toHaveLength(2);
    expect(largeSnap.items).toHaveLength(60);
    // 60 items × 5 risk rows over 3 likelihoods × 3 impacts: 9 groups of the 300 rows.
    expect(largeSnap.riskGroups).toHaveLength(9);
    expect(largeSnap.riskGroups.reduce((n, g) => n + g.count, 0)).toBe(300);
    expect(largeSnap.items.every((i) => i.flowPhases.length === 3)).toBe(true);
    expect(largeSnap.items.every((i) => i.riskPhases.length === 4)).toBe(true);
    // Ten before the documents; their provider adds one (a second, for the policy's
    // confirmations, only once a policy is in force: documents.readiness.test.ts), and the
    // education's one (the people with their latest completion).
    expect(smallCount).toBe(12);
    expect(largeCount).toBe(smallCount);
  });
});
