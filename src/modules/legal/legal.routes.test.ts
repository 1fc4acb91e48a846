// 法令等一覧 (legal register) through the real HTTP routes: catalogue and own entries, links to
// register items and departments, the baseline, the yearly check and its 12-month boundary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { legalListQuery } from "./legal.contract.ts";
import { listLegalRequirements } from "./legal.service.ts";

type Entry = {
  id: string;
  lawId: string | null;
  name: string;
  nameJa: string;
  nameEn: string;
  ownName: string | null;
  kind: string;
  articles: string | null;
  obligations: string | null;
  checkedBy: string | null;
  checkedOn: string | null;
  notes: string | null;
  itemIds: string[];
  items: { id: string; name: string }[];
  departmentIds: string[];
  departments: { id: string; name: string }[];
  catalogue: { id: string; verified: boolean; kind: string; name: { ja: string } } | null;
};

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each(dbKinds)("legal register (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let manager: TestUser;
  let memberUser: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let base: string;
  let eigyo: string;
  let soumu: string;
  let kokyaku: string;
  let kyuyo: string;
  let foreignItem: string;
  let foreignDept: string;

  const api = (lang = "ja") => t.as(owner, lang);
  const url = (path = "") => `${base}/legal-requirements${path}`;
  async function create(body: Record<string, unknown>) {
    const res = await api().post(url(), body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function get(id: string, lang = "ja") {
    const res = await api(lang).get(url(`/${id}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Entry;
  }
  async function list(query = "") {
    const res = await api().get(url(`?limit=200&${query}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Entry[]; total: number };
  }
  const auditTotal = async () =>
    (await api().get(`${base}/audit-events?entity=legal_requirement&limit=1`)).json()
      .total as number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("法令 担当");
    orgId = await t.createOrg(owner, "株式会社ほうれい");
    base = `/api/v1/orgs/${orgId}`;
    manager = await t.signUp("部門 管理者");
    await t.addMember(owner, orgId, manager, "manager");
    memberUser = await t.signUp("一般 社員");
    await t.addMember(owner, orgId, memberUser, "member");
    outsider = await t.signUp("他社 社員");
    const otherOrg = await t.createOrg(outsider, "他社株式会社");
    const other = `/api/v1/orgs/${otherOrg}`;
    foreignDept = (await t.as(outsider).post(`${other}/departments`, { name: "他社部" })).json().id;
    foreignItem = (
      await t.as(outsider).post(`${other}/inventory-items`, { name: "他社名簿" })
    ).json().id;
    eigyo = (await api().post(`${base}/departments`, { name: "営業部" })).json().id;
    soumu = (await api().post(`${base}/departments`, { name: "総務部" })).json().id;
    kokyaku = (await api().post(`${base}/inventory-items`, { name: "顧客名簿" })).json().id;
    kyuyo = (await api().post(`${base}/inventory-items`, { name: "給与台帳" })).json().id;
  });
  afterAll(() => t.close());

  describe("catalogue and own entries", () => {
    let appi: string;
    let own: string;

    it("creates a catalogue entry with its kind from the catalogue, in both languages", async () => {
      const before = await auditTotal();
      appi = await create({
        lawId: "appi",
        articles: "17条, 23条, 27条",
        obligations: "利用目的を特定し、安全管理措置を講じる",
        checkedBy: "法令 担当",
        checkedOn: "2025-04-01",
        notes: "毎年4月に改正を確認",
        itemIds: [kyuyo, kokyaku, kokyaku],
        departmentIds: [soumu],
      });
      const e = await get(appi);
      expect(e).toMatchObject({
        lawId: "appi",
        name: "個人情報の保護に関する法律",
        nameJa: "個人情報の保護に関する法律",
        nameEn: "Act on the Protection of Personal Information",
        ownName: null,
        kind: "law",
        articles: "17条, 23条, 27条",
        obligations: "利用目的を特定し、安全管理措置を講じる",
        checkedBy: "法令 担当",
        checkedOn: "2025-04-01",
        notes: "毎年4月に改正を確認",
        // By name: 給与台帳 sorts before 顧客名簿.
        items: [
          { id: kyuyo, name: "給与台帳" },
          { id: kokyaku, name: "顧客名簿" },
        ],
        departments: [{ id: soumu, name: "総務部" }],
      });
      expect(e.itemIds).toEqual([kyuyo, kokyaku]);
      expect(e.catalogue).toMatchObject({ id: "appi", verified: true, kind: "law" });
      expect((await get(appi, "en")).name).toBe("Act on the Protection of Personal Information");
      expect(await auditTotal()).toBe(before + 1);
    });

    it("shows an unverified catalogue entry as such", async () => {
      const id = await create({ lawId: "labour_standards_act" });
      const e = await get(id);
      expect(e.kind).toBe("law");
      expect(e.catalogue?.verified).toBe(false);
      expect(e.items).toEqual([]);
    });

    it("creates an own entry with name and kind; a label on a catalogue entry wins", async () => {
      own = await create({
        name: "社内規程 個人情報保護規程",
        kind: "guideline",
        departmentIds: [eigyo, soumu],
      });
      const e = await get(own, "en");
      expect(e).toMatchObject({
        lawId: null,
        name: "社内規程 個人情報保護規程",
        nameEn: "社内規程 個人情報保護規程",
        kind: "guideline",
        catalogue: null,
      });
      expect(e.departments.map((d) => d.name)).toEqual(["営業部", "総務部"]);
      const labelled = await create({ lawId: "specified_email_act", name: "迷惑メール防止法" });
      expect((await get(labelled, "en")).name).toBe("迷惑メール防止法");
      expect((await get(labelled)).catalogue?.id).toBe("specified_email_act");
    });

    it("refuses a lawId already in the register with 409 and a clear code", async () => {
      const before = (await list()).total;
      const res = await api().post(url(), { lawId: "appi" });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toEqual({
        code: "LEGAL_REQUIREMENT_DUPLICATE",
        message: "この法令等はすでに法令等一覧に登録されています。",
        fields: { lawId: "この法令等はすでに法令等一覧に登録されています。" },
      });
      expect((await t.as(owner, "en").post(url(), { lawId: "appi" })).json().error.message).toBe(
        "This law or guideline is already in the legal register.",
      );
      expect((await list()).total).toBe(before);
    });

    it.each([
      [{ lawId: "no_such_law" }, { lawId: "法令カタログにない法令等です。" }],
      [
        { lawId: "appi_rules", kind: "law" },
        { kind: "カタログから選んだ法令等の種別はカタログのとおりで、変更できません。" },
      ],
      [{}, { name: "必須項目です。", kind: "必須項目です。" }],
      [{ name: "社内規程" }, { kind: "必須項目です。" }],
      [{ name: "社内規程", kind: "rule" }, { kind: "選択肢から選んでください。" }],
      [
        { name: "<b>社内規程</b>", kind: "guideline" },
        { name: "HTMLタグやスクリプトは入力できません。" },
      ],
      [
        { lawId: "finance_guideline", obligations: "<script>alert(1)</script>" },
        { obligations: "HTMLタグやスクリプトは入力できません。" },
      ],
      [{ lawId: "finance_guideline", checkedOn: "2025-02-30" }, { checkedOn: null }],
    ])("refuses %j naming the fields", async (body, fields) => {
      const before = await auditTotal();
      const res = await api().post(url(), body);
      expect(res.statusCode, res.body).toBe(400);
      const got = res.json().error.fields as Record<string, string>;
      expect(Object.keys(got).sort()).toEqual(Object.keys(fields).sort());
      for (const [k, v] of Object.entries(fields)) if (v) expect(got[k]).toBe(v);
      expect(await auditTotal()).toBe(before);
    });

    it("refuses another organization's item and department ids, writing nothing", async () => {
      const before = { total: (await list()).total, audit: await auditTotal() };
      const res = await api().post(url(), {
        lawId: "telecom_guideline",
        itemIds: [kokyaku, foreignItem],
        departmentIds: [foreignDept, "no-such-dept"],
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields).toEqual({
        "itemIds.1": "この組織に登録されていないものが指定されています。",
        "departmentIds.0": "この組織に登録されていないものが指定されています。",
        "departmentIds.1": "この組織に登録されていないものが指定されています。",
      });
      expect((await list()).total).toBe(before.total);
      expect(await auditTotal()).toBe(before.audit);
      const patch = await api().patch(url(`/${appi}`), { itemIds: [foreignItem] });
      expect(patch.statusCode).toBe(400);
      expect(Object.keys(patch.json().error.fields)).toEqual(["itemIds.0"]);
      expect((await get(appi)).itemIds).toEqual([kyuyo, kokyaku]);
    });

    it("PATCH changes fields, replaces the link lists given and keeps the others", async () => {
      const res = await api().patch(url(`/${appi}`), {
        articles: "17条〜35条",
        itemIds: [kyuyo],
        notes: "",
      });
      expect(res.statusCode, res.body).toBe(200);
      const e = res.json() as Entry;
      expect(e.articles).toBe("17条〜35条");
      expect(e.notes).toBeNull();
      expect(e.itemIds).toEqual([kyuyo]);
      expect(e.departmentIds).toEqual([soumu]);
      expect(e.obligations).toBe("利用目的を特定し、安全管理措置を講じる");
      const audit = await api().get(
        `${base}/audit-events?entity=legal_requirement&entityId=${appi}&action=update`,
      );
      expect(audit.json().items[0].changes).toEqual({
        articles: { old: "17条, 23条, 27条", new: "17条〜35条" },
        notes: { old: "毎年4月に改正を確認", new: null },
        itemIds: { old: [kokyaku, kyuyo].sort(), new: [kyuyo] },
      });
      const cleared = await api().patch(url(`/${own}`), { departmentIds: [] });
      expect((cleared.json() as Entry).departments).toEqual([]);
    });

    it("PATCH keeps a catalogue entry's kind and an own entry's name and kind", async () => {
      const cases: [string, Record<string, unknown>, string][] = [
        [appi, { kind: "guideline" }, "kind"],
        [own, { name: null }, "name"],
        [own, { name: "" }, "name"],
        [own, { kind: null }, "kind"],
      ];
      for (const [id, body, field] of cases) {
        const res = await api().patch(url(`/${id}`), body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(Object.keys(res.json().error.fields)).toEqual([field]);
      }
      expect((await api().patch(url(`/${appi}`), { kind: "law" })).statusCode).toBe(200);
      expect((await api().patch(url(`/${appi}`), { lawId: "x" })).statusCode).toBe(400);
      const renamed = await api().patch(url(`/${own}`), {
        name: "個人情報保護規程",
        kind: "standard",
      });
      expect(renamed.json()).toMatchObject({ name: "個人情報保護規程", kind: "standard" });
    });

    it("DELETE removes the entry and its links, audited with what it was", async () => {
      const id = await create({ lawId: "medical_care_guidance", itemIds: [kokyaku] });
      const res = await api().delete(url(`/${id}`));
      expect(res.statusCode).toBe(204);
      expect((await api().get(url(`/${id}`))).statusCode).toBe(404);
      const audit = await api().get(
        `${base}/audit-events?entity=legal_requirement&entityId=${id}&action=delete`,
      );
      expect(audit.json().items[0].changes.itemIds).toEqual({ old: [kokyaku], new: null });
      expect((await list(`itemId=${kokyaku}`)).items.map((e) => e.lawId)).not.toContain(
        "medical_care_guidance",
      );
      expect((await api().delete(url(`/${id}`))).statusCode).toBe(404);
    });
  });

  describe("baseline", () => {
    it("adds each baseline entry once, however often it is called", async () => {
      const present = new Set((await list()).items.map((e) => e.lawId));
      // The catalogue's baseline: 11 entries, of which appi and labour_standards_act exist.
      expect(present.has("appi") && present.has("labour_standards_act")).toBe(true);
      const before = await auditTotal();
      const first = await api().post(url("/baseline"));
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ added: 9 });
      expect(await auditTotal()).toBe(before + 9);
      const again = await api().post(url("/baseline"));
      expect(again.json()).toEqual({ added: 0 });
      expect(await auditTotal()).toBe(before + 9);
      const lawIds = (await list()).items.map((e) => e.lawId);
      for (const id of [
        "appi",
        "appi_cabinet_order",
        "appi_rules",
        "ppc_guideline_general",
        "ppc_guideline_records",
        "my_number_act",
        "my_number_guideline",
        "labour_standards_act",
        "industrial_safety_health_act",
        "jis_q_15001_2023",
        "jipdec_pms_guideline",
      ])
        expect(lawIds.filter((l) => l === id)).toHaveLength(1);
    });
  });

  describe("search, filters and order", () => {
    it("lists catalogue entries in catalogue order, then own entries by name", async () => {
      const { items } = await list();
      const lawIds = items.map((e) => e.lawId);
      expect(lawIds.slice(0, 3)).toEqual(["appi", "appi_cabinet_order", "appi_rules"]);
      expect(lawIds.indexOf("jis_q_15001_2023")).toBeLessThan(
        lawIds.indexOf("jipdec_pms_guideline"),
      );
      expect(lawIds.at(-1)).toBeNull();
      expect(items.at(-1)?.name).toBe("個人情報保護規程");
    });

    it("searches own names, catalogue names in Japanese and English, articles, obligations", async () => {
      const lawIdsOf = async (q: string) =>
        (await list(`q=${encodeURIComponent(q)}`)).items.map((e) => e.lawId ?? e.name);
      expect(await lawIdsOf("労働基準")).toEqual(["labour_standards_act"]);
      expect(await lawIdsOf("labour standards")).toEqual(["labour_standards_act"]);
      expect(await lawIdsOf("35条")).toEqual(["appi"]);
      expect(await lawIdsOf("安全管理措置")).toEqual(["appi"]);
      expect(await lawIdsOf("保護規程")).toEqual(["個人情報保護規程"]);
      expect(await lawIdsOf("迷惑")).toEqual(["specified_email_act"]);
      expect(await lawIdsOf("%")).toEqual([]);
    });

    it("filters by item, department and kind", async () => {
      expect((await list(`itemId=${kyuyo}`)).items.map((e) => e.lawId)).toEqual(["appi"]);
      expect((await list(`itemId=${foreignItem}`)).total).toBe(0);
      expect((await list(`departmentId=${soumu}`)).items.map((e) => e.lawId)).toEqual(["appi"]);
      expect((await list("kind=standard")).items.map((e) => e.lawId ?? e.name)).toEqual([
        "jis_q_15001_2023",
        "個人情報保護規程",
      ]);
      const bad = await api().get(url("?kind=rule"));
      expect(bad.statusCode).toBe(400);
    });

    it("checkOverdue: never checked or checked before the same day 12 months ago", async () => {
      const today = todayInJapan();
      const [y, md] = [Number(today.slice(0, 4)), today.slice(5)];
      const exactlyYearAgo = `${y - 1}-${md === "02-29" ? "02-28" : md}`;
      const ids = (await list()).items;
      const byLaw = (law: string) => ids.find((e) => e.lawId === law)?.id as string;
      const mark = async (lawId: string, checkedOn: string) =>
        expect(
          (await api().post(url("/checked"), { ids: [byLaw(lawId)], checkedOn })).statusCode,
        ).toBe(200);
      await mark("appi", exactlyYearAgo);
      await mark("appi_rules", addDays(exactlyYearAgo, -1));
      await mark("appi_cabinet_order", today);
      const overdue = (await list("checkOverdue=true")).items.map((e) => e.lawId);
      const current = (await list("checkOverdue=false")).items.map((e) => e.lawId);
      expect(current.sort()).toEqual(["appi", "appi_cabinet_order"]);
      expect(overdue).toContain("appi_rules");
      expect(overdue).toContain("my_number_act");
      expect(overdue).not.toContain("appi");
      expect(overdue.length + current.length).toBe((await list()).total);
    });
  });

  describe("the yearly check", () => {
    it("records the day and the caller's name by default, or the name given", async () => {
      const { items } = await list("kind=guideline");
      const ids = items.map((e) => e.id);
      const res = await api().post(url("/checked"), { ids, checkedOn: "2025-04-10" });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ updated: ids.length });
      for (const e of (await list("kind=guideline")).items)
        expect([e.checkedOn, e.checkedBy]).toEqual(["2025-04-10", "法令 担当"]);
      const one = ids[0] as string;
      await api().post(url("/checked"), {
        ids: [one],
        checkedOn: "2025-05-01",
        checkedBy: "外部 顧問",
      });
      expect(await get(one)).toMatchObject({ checkedOn: "2025-05-01", checkedBy: "外部 顧問" });
      const audit = await api().get(
        `${base}/audit-events?entity=legal_requirement&entityId=${one}&action=check`,
      );
      expect(audit.json().items[0].changes).toEqual({
        checkedOn: { old: "2025-04-10", new: "2025-05-01" },
        checkedBy: { old: "法令 担当", new: "外部 顧問" },
      });
    });

    it("refuses unknown or foreign ids and bad dates, changing nothing", async () => {
      const [first] = (await list()).items;
      const before = await auditTotal();
      const res = await api().post(url("/checked"), {
        ids: [first?.id, "no-such-id"],
        checkedOn: "2030-01-01",
      });
      expect(res.statusCode).toBe(404);
      expect((await get(first?.id as string)).checkedOn).not.toBe("2030-01-01");
      const bad = await api().post(url("/checked"), { ids: [], checkedOn: "2025/04/01" });
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(bad.json().error.fields).sort()).toEqual(["checkedOn", "ids"]);
      expect(await auditTotal()).toBe(before);
    });
  });

  describe("roles", () => {
    it("lets managers read but not write; members neither", async () => {
      expect((await t.as(manager).get(url())).statusCode).toBe(200);
      const write = await t.as(manager).post(url(), { lawId: "finance_guideline" });
      expect(write.statusCode).toBe(403);
      expect((await t.as(manager).post(url("/baseline"))).statusCode).toBe(403);
      expect((await t.as(memberUser).get(url())).statusCode).toBe(403);
      expect((await t.as(outsider).get(url())).statusCode).toBe(404);
    });
  });

  describe("the 12-month boundary on fixed days (service)", () => {
    it.each([
      // today, checkedOn, overdue
      ["2025-03-15", "2024-03-15", false],
      ["2025-03-15", "2024-03-14", true],
      ["2025-02-28", "2024-02-29", false],
      ["2025-02-28", "2024-02-28", false],
      ["2025-02-28", "2024-02-27", true],
      ["2025-03-01", "2024-02-29", true],
      ["2028-02-29", "2027-02-28", false],
      ["2028-02-29", "2027-02-27", true],
    ] as const)("today %s, checked %s → overdue %s", async (today, checkedOn, overdue) => {
      const orgOwner = await t.signUp("境界 確認");
      const org = await t.createOrg(orgOwner, "株式会社きょうかい");
      await t
        .as(orgOwner)
        .post(`/api/v1/orgs/${org}/legal-requirements`, { lawId: "appi", checkedOn });
      const ctx = {
        orgId: org,
        userId: orgOwner.id,
        userName: orgOwner.name,
        role: "owner" as const,
      };
      const query = legalListQuery.parse({ checkOverdue: "true" });
      const result = await listLegalRequirements(t.database.db, ctx, query, "ja", today);
      expect(result.total).toBe(overdue ? 1 : 0);
    });
  });
});
