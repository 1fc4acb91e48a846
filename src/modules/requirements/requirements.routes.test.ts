// Assessments through the real HTTP routes: judging items with evidence from the
// organization's records, the audit trail, tenant isolation, roles and bad input.
// The catalogue API is in requirements.catalogues.test.ts, versions in requirements.versions.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Evidence = {
  kind: string;
  id: string;
  label: string | null;
  name: string | null;
  missing: boolean;
};
type Assessment = {
  catalogueId: string;
  ref: string;
  urn: string;
  title: { ja: string; en: string };
  verified: boolean;
  status: string;
  notes: string | null;
  evidence: Evidence[];
  assessedVersion: string | null;
  updatedByName: string | null;
  updatedAt: string | null;
  engine: Engine | null;
};
type EngineRule = {
  ruleId: string;
  status: "ok" | "gap" | "na";
  severity: string;
  reason: { ja: string; en: string };
  fixPath: string;
  manual: boolean;
};
type Engine = { status: "ok" | "gap" | "na"; rules: EngineRule[] };
type List = {
  catalogueId: string;
  version: string;
  newestVersion: string;
  items: Assessment[];
  counts: Record<string, number>;
  hiddenRefs: string[];
};

describe.each(dbKinds)("requirement assessments (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let consultant: TestUser;
  let viewer: TestUser;
  let memberUser: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  const ids = { item: "", legal: "", appointment: "", risk: "", foreignItem: "" };

  async function created(res: { statusCode: number; body: string; json: () => { id: string } }) {
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  const auditTotal = async (entity = "requirement_assessment") =>
    (await t.as(owner).get(`${base}/audit-events?entity=${entity}&limit=1`)).json().total as number;
  async function list() {
    const res = await t.as(owner).get(`${base}/assessments`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as List;
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("評価 担当");
    orgId = await t.createOrg(owner, "株式会社ひょうか");
    base = `/api/v1/orgs/${orgId}`;
    for (const [role, name] of [
      ["consultant", "支援 コンサル"],
      ["viewer", "閲覧 審査員"],
      ["member", "一般 社員"],
    ] as const) {
      const user = await t.signUp(name);
      await t.addMember(owner, orgId, user, role);
      if (role === "consultant") consultant = user;
      if (role === "viewer") viewer = user;
      if (role === "member") memberUser = user;
    }
    outsider = await t.signUp("他社 社員");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    const api = t.as(owner);
    ids.item = await created(await api.post(`${base}/inventory-items`, { name: "顧客名簿" }));
    ids.legal = await created(
      await api.post(`${base}/legal-requirements`, { name: "社内の取扱基準", kind: "guideline" }),
    );
    const personId = await created(
      await api.post(`${base}/people`, { name: "山田 花子", employmentType: "regular" }),
    );
    ids.appointment = await created(
      await api.post(`${base}/appointments`, {
        role: "pms_manager",
        personId,
        from: "2024-04-01",
      }),
    );
    ids.risk = await created(
      await api.post(`${base}/risks`, {
        itemId: ids.item,
        phase: "transfer",
        kind: "leak",
        description: "メールの誤送信",
        likelihood: 2,
        impact: 2,
      }),
    );
    ids.foreignItem = await created(
      await t.as(outsider).post(`/api/v1/orgs/${otherOrg}/inventory-items`, { name: "他社名簿" }),
    );
  });
  afterAll(() => t.close());

  describe("assessments", () => {
    it("lists every assessable item as unassessed at first, with counts", async () => {
      const res = await t.as(outsider).get(`/api/v1/orgs/${otherOrg}/assessments`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as List;
      expect(body.version).toBe("1");
      expect(body.newestVersion).toBe("1");
      expect(body.items).toHaveLength(57);
      expect(body.items[0]).toMatchObject({
        catalogueId: "pmark-guideline-2023",
        ref: "J.1.1",
        title: { ja: "組織及びその状況の理解" },
        status: "unassessed",
        notes: null,
        evidence: [],
        assessedVersion: null,
        updatedAt: null,
        engine: null,
      });
      expect(body.items.at(-1)?.ref).toBe("J.11.1");
      expect(body.counts).toEqual({
        unassessed: 57,
        conform: 0,
        partial: 0,
        nonconform: 0,
        na: 0,
        total: 57,
      });
      expect(body.hiddenRefs).toEqual([]);
    });

    it("records a judgement with evidence from the organization's records, audited once", async () => {
      const before = await auditTotal();
      const res = await t.as(owner).put(`${base}/assessments/J.3.1.1`, {
        status: "partial",
        notes: "給与データが台帳にない",
        evidence: [
          { kind: "inventory_item", id: ids.item, label: "顧客名簿の行" },
          { kind: "appointment", id: ids.appointment },
          { kind: "legal_requirement", id: ids.legal },
          { kind: "risk", id: ids.risk },
          { kind: "url", id: "https://example.jp/privacy" },
          { kind: "inventory_item", id: ids.item, label: "重複" },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const a = res.json() as Assessment;
      expect(a).toMatchObject({
        ref: "J.3.1.1",
        urn: "urn:mamori:pmark-guideline-2023:J.3.1.1",
        status: "partial",
        notes: "給与データが台帳にない",
        assessedVersion: "1",
        updatedByName: "評価 担当",
      });
      // The register has an item with a risk row, so the engine has a view of J.3.1.1.
      expect(a.engine?.rules.map((r) => r.ruleId)).toContain("register.not_empty");
      expect(a.evidence).toEqual([
        {
          kind: "inventory_item",
          id: ids.item,
          label: "顧客名簿の行",
          name: "顧客名簿",
          missing: false,
        },
        {
          kind: "appointment",
          id: ids.appointment,
          label: null,
          name: "山田 花子（個人情報保護管理者）",
          missing: false,
        },
        {
          kind: "legal_requirement",
          id: ids.legal,
          label: null,
          name: "社内の取扱基準",
          missing: false,
        },
        { kind: "risk", id: ids.risk, label: null, name: "メールの誤送信", missing: false },
        { kind: "url", id: "https://example.jp/privacy", label: null, name: null, missing: false },
      ]);
      expect(await auditTotal()).toBe(before + 1);
      const events = (
        await t.as(owner).get(`${base}/audit-events?entity=requirement_assessment&limit=1`)
      ).json().items;
      expect(events[0]).toMatchObject({
        entityId: "pmark-guideline-2023:J.3.1.1",
        action: "create",
        changes: { status: { old: null, new: "partial" }, catalogueVersion: { new: "1" } },
      });

      const en = (await t.as(owner, "en").get(`${base}/assessments/J.3.1.1`)).json() as Assessment;
      expect(en.evidence[1]?.name).toBe("山田 花子 (PMS manager)");
      const all = await list();
      expect(all.counts).toMatchObject({ unassessed: 56, partial: 1, total: 57 });
      expect(all.items.find((i) => i.ref === "J.3.1.1")?.evidence).toHaveLength(5);
    });

    it("says what the engine concluded from the records, per item and its parents", async () => {
      // The other organization holds one item with a name only.
      const res = await t.as(outsider).get(`/api/v1/orgs/${otherOrg}/assessments`);
      const byRef = new Map((res.json() as List).items.map((i) => [i.ref, i]));
      const register = byRef.get("J.3.1.1")?.engine;
      expect(register?.status).toBe("gap");
      const rules = new Map(register?.rules.map((r) => [r.ruleId, r]));
      expect(rules.get("register.not_empty")).toMatchObject({ status: "ok", manual: false });
      expect(rules.get("register.required_fields")).toMatchObject({
        status: "gap",
        fixPath: expect.stringContaining("inventory"),
      });
      expect(rules.get("register.required_fields")?.reason.ja).toMatch(/1/);
      // No rule speaks about J.1.1 (understanding the organization): the judgement is the org's.
      expect(byRef.get("J.1.1")?.engine).toBeNull();
    });

    it("follows the records: an activity record turns its rule ok in the item's conclusion", async () => {
      const report = (await t.as(outsider).get(`/api/v1/orgs/${otherOrg}/readiness`)).json() as {
        results: { ruleId: string; manual: boolean; refs: string[]; status: string }[];
      };
      const manual = report.results.find((r) => r.ruleId === "manual.safety_measures");
      expect(manual?.status).toBe("gap");
      if (!manual) return;
      const ref = manual.refs[0] as string;
      const ruleIn = async () => {
        const list = (
          await t.as(outsider).get(`/api/v1/orgs/${otherOrg}/assessments`)
        ).json() as List;
        const item = list.items.find((i) => i.ref === ref || i.ref.startsWith(`${ref}.`));
        return item?.engine?.rules.find((r) => r.ruleId === manual.ruleId);
      };
      expect((await ruleIn())?.status).toBe("gap");
      const record = await t.as(outsider).post(`/api/v1/orgs/${otherOrg}/activities`, {
        kind: "safety_measure_check",
        performedOn: todayInJapan(),
        performedByName: "外部 点検者",
      });
      expect(record.statusCode, record.body).toBe(201);
      expect((await ruleIn())?.status).toBe("ok");
      const removed = await t
        .as(outsider)
        .delete(`/api/v1/orgs/${otherOrg}/activities/${record.json().id}`);
      expect(removed.statusCode, removed.body).toBe(204);
      expect((await ruleIn())?.status).toBe("gap");
    });

    it("writes nothing for an unchanged judgement, and an update event for a change", async () => {
      const body = {
        status: "conform",
        notes: "見直し済み",
        evidence: [{ kind: "risk", id: ids.risk }],
      };
      expect((await t.as(consultant).put(`${base}/assessments/J.3.1.3`, body)).statusCode).toBe(
        200,
      );
      const before = await auditTotal();
      const again = await t.as(owner).put(`${base}/assessments/J.3.1.3`, body);
      expect(again.statusCode).toBe(200);
      expect(again.json().updatedByName).toBe("支援 コンサル");
      expect(await auditTotal()).toBe(before);
      const changed = await t
        .as(owner)
        .put(`${base}/assessments/J.3.1.3`, { ...body, status: "nonconform" });
      expect(changed.json()).toMatchObject({ status: "nonconform", updatedByName: "評価 担当" });
      expect(await auditTotal()).toBe(before + 1);
      const [event] = (
        await t.as(owner).get(`${base}/audit-events?entity=requirement_assessment&limit=1`)
      ).json().items;
      expect(event).toMatchObject({
        action: "update",
        changes: { status: { old: "conform", new: "nonconform" } },
      });
      expect(Object.keys(event.changes)).toEqual(["status"]);
    });

    it("shows a linked record deleted afterwards as missing", async () => {
      const gone = await created(
        await t.as(owner).post(`${base}/inventory-items`, { name: "廃止名簿" }),
      );
      await t.as(owner).put(`${base}/assessments/J.9.1`, {
        status: "conform",
        evidence: [{ kind: "inventory_item", id: gone }],
      });
      expect((await t.as(owner).delete(`${base}/inventory-items/${gone}`)).statusCode).toBe(204);
      const a = (await t.as(owner).get(`${base}/assessments/J.9.1`)).json() as Assessment;
      expect(a.evidence).toEqual([
        { kind: "inventory_item", id: gone, label: null, name: null, missing: true },
      ]);
    });

    it("refuses another organization's record as evidence, naming the link, writing nothing", async () => {
      const before = await auditTotal();
      const prior = (await t.as(owner).get(`${base}/assessments/J.8.1`)).json();
      for (const [lang, message] of [
        ["ja", "この組織に登録されていないものが指定されています。"],
        ["en", "This is not a record of this organization."],
      ] as const) {
        const res = await t.as(owner, lang).put(`${base}/assessments/J.8.1`, {
          status: "conform",
          evidence: [
            { kind: "inventory_item", id: ids.item },
            { kind: "inventory_item", id: ids.foreignItem },
            { kind: "risk", id: "no-such-risk" },
            { kind: "appointment", id: ids.item },
          ],
        });
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json().error.code).toBe("VALIDATION_FAILED");
        expect(res.json().error.fields).toEqual({
          "evidence.1.id": message,
          "evidence.2.id": message,
          "evidence.3.id": message,
        });
      }
      expect(await auditTotal()).toBe(before);
      expect((await t.as(owner).get(`${base}/assessments/J.8.1`)).json()).toEqual(prior);
    });

    it("keeps each organization's assessments to itself", async () => {
      const mine = await t.as(outsider).get(`/api/v1/orgs/${otherOrg}/assessments/J.3.1.1`);
      expect(mine.json()).toMatchObject({ status: "unassessed", evidence: [] });
      for (const res of [
        await t.as(outsider).get(`${base}/assessments`),
        await t.as(outsider).get(`${base}/assessments/J.3.1.1`),
        await t.as(outsider).put(`${base}/assessments/J.3.1.1`, { status: "conform" }),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe("NOT_FOUND");
        expect(res.body).not.toContain("給与データ");
      }
      expect((await t.as(owner).get(`${base}/assessments/J.3.1.1`)).json().status).toBe("partial");
    });

    it("lets readers read and only owners, admins and consultants write", async () => {
      expect((await t.as(viewer).get(`${base}/assessments`)).statusCode).toBe(200);
      expect((await t.as(viewer).get(`${base}/assessments/J.3.1.1`)).statusCode).toBe(200);
      const put = await t.as(viewer).put(`${base}/assessments/J.4.1`, { status: "conform" });
      expect(put.statusCode).toBe(403);
      expect((await t.as(memberUser).get(`${base}/assessments`)).statusCode).toBe(403);
      expect((await t.as(owner).get(`${base}/assessments/J.4.1`)).json().status).toBe("unassessed");
    });

    it("answers an unknown item with 404 and a heading with 400, naming the ref", async () => {
      const unknown = await t.as(owner).put(`${base}/assessments/J.99`, { status: "conform" });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error).toEqual({
        code: "REQUIREMENT_NOT_FOUND",
        message: "要求事項「J.99」は採用中のカタログの版にありません。",
      });
      for (const res of [
        await t.as(owner, "en").put(`${base}/assessments/J.8`, { status: "conform" }),
        await t.as(owner, "en").get(`${base}/assessments/J.8`),
      ]) {
        expect(res.statusCode).toBe(400);
        expect(res.json().error).toEqual({
          code: "REQUIREMENT_NOT_ASSESSABLE",
          message: '"J.8" is a heading and cannot be assessed. Assess the items under it.',
        });
      }
      const noCatalogue = await t.as(owner).get(`${base}/assessments?catalogue=no-such`);
      expect(noCatalogue.statusCode).toBe(404);
      expect(noCatalogue.json().error.code).toBe("CATALOGUE_NOT_FOUND");
    });

    it("refuses bad judgements with the field named, in Japanese and English", async () => {
      const before = await auditTotal();
      const cases: [body: unknown, field: string, ja: string, en: string][] = [
        [
          { status: "na" },
          "notes",
          "対象外とする場合は、その理由を備考に入力してください。",
          "Give the reason in the notes when an item does not apply.",
        ],
        [
          { status: "conform", evidence: [{ kind: "document", id: "doc-1" }] },
          "evidence.0.kind",
          "この種類の根拠はまだ紐付けられません。",
          "Evidence of this kind cannot be linked yet.",
        ],
        [
          { status: "conform", evidence: [{ kind: "url", id: "javascript:alert(1)" }] },
          "evidence.0.id",
          "http:// または https:// で始まるURLを入力してください。",
          "Use a web address starting with http:// or https://.",
        ],
        [
          { status: "conform", evidence: [{ kind: "url", id: "https://a.jp", label: "<b>x</b>" }] },
          "evidence.0.label",
          "HTMLタグやスクリプトは入力できません。",
          "HTML tags and scripts are not allowed here.",
        ],
        [{ notes: "理由" }, "status", "必須項目です。", "This field is required."],
      ];
      for (const [body, field, ja, en] of cases) {
        for (const [lang, message] of [
          ["ja", ja],
          ["en", en],
        ] as const) {
          const res = await t.as(owner, lang).put(`${base}/assessments/J.8.9`, body);
          expect(res.statusCode, res.body).toBe(400);
          expect(res.json().error.fields).toEqual({ [field]: message });
        }
      }
      expect(await auditTotal()).toBe(before);
      const na = await t.as(owner).put(`${base}/assessments/J.8.9`, {
        status: "na",
        notes: "匿名加工情報は作成していない",
      });
      expect(na.json()).toMatchObject({ status: "na", notes: "匿名加工情報は作成していない" });
    });
  });
});
