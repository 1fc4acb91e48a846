// 個人情報管理台帳 (inventory) through the real HTTP routes: CRUD with every field, search,
// filters, the yearly-review boundary, paging, bulk review, the lifecycle flow, refusals.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";

type Item = Record<string, unknown> & { id: string; name: string; updatedAt: string };

/** YYYY-MM-DD `days` after `iso` (negative: before). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each(dbKinds)("inventory (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let auditor: TestUser;
  let memberUser: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let otherOrg: string;
  let base: string;
  let eigyo: string;
  let soumu: string;
  let foreignDept: string;
  const ids: Record<string, string> = {};
  // "Today" the way the service computes it (JST), and the 12-month boundary written out.
  const today = todayInJapan();
  const [y, md] = [Number(today.slice(0, 4)), today.slice(5)];
  const exactlyYearAgo = `${y - 1}-${md === "02-29" ? "02-28" : md}`;
  const yearAndADayAgo = addDays(exactlyYearAgo, -1);

  const api = (lang = "ja") => t.as(owner, lang);
  async function post(body: Record<string, unknown>, orgBase = base) {
    const res = await api().post(`${orgBase}/inventory-items`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function names(query: string): Promise<string[]> {
    const res = await api().get(`${base}/inventory-items?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Item[]; total: number };
    expect(body.total).toBe(body.items.length);
    return body.items.map((i) => i.name).sort();
  }
  const q = (s: string) => `q=${encodeURIComponent(s)}`;
  async function auditOf(entityId: string, action?: string) {
    const res = await api().get(
      `${base}/audit-events?entity=inventory_item&entityId=${entityId}${action ? `&action=${action}` : ""}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as {
      action: string;
      actorName: string;
      changes: Record<string, { old: unknown; new: unknown }>;
    }[];
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("台帳 担当");
    orgId = await t.createOrg(owner, "株式会社だいちょう");
    base = `/api/v1/orgs/${orgId}`;
    auditor = await t.signUp("監査 役");
    await t.addMember(owner, orgId, auditor, "auditor");
    memberUser = await t.signUp("一般 社員");
    await t.addMember(owner, orgId, memberUser, "member");
    outsider = await t.signUp("他社 社員");
    otherOrg = await t.createOrg(outsider, "他社株式会社");
    foreignDept = (
      await t.as(outsider).post(`/api/v1/orgs/${otherOrg}/departments`, { name: "他社部" })
    ).json().id;
    eigyo = (await api().post(`${base}/departments`, { name: "営業部" })).json().id;
    soumu = (await api().post(`${base}/departments`, { name: "総務部" })).json().id;
    ids.kokyaku = await post({
      name: "顧客名簿",
      departmentId: eigyo,
      dataItems: [
        { name: "氏名", sensitive: false },
        { name: "住所", sensitive: false },
      ],
      purpose: "商品の発送とアフターサービス",
      medium: "paper",
      sensitive: false,
      lastReviewedOn: today,
    });
    ids.kenshin = await post({
      name: "健康診断結果",
      departmentId: soumu,
      dataItems: [{ name: "診断結果", category: "健康", sensitive: true }],
      purpose: "従業員の健康管理",
      medium: "electronic",
      sensitive: true,
      lastReviewedOn: exactlyYearAgo,
    });
    ids.kyuyo = await post({
      name: "給与台帳",
      departmentId: soumu,
      dataItems: [{ name: "口座番号", sensitive: false }],
      purpose: "給与の支払",
      medium: "both",
      lastReviewedOn: yearAndADayAgo,
    });
    ids.anketo = await post({
      name: "匿名化アンケート",
      infoType: "anonymized",
      dataItems: [{ name: "年代", sensitive: false }],
      medium: "electronic",
    });
  });
  afterAll(() => t.close());

  describe("CRUD", () => {
    const full = {
      name: "採用応募者情報",
      subjectCategories: ["応募者", "内定者"],
      dataItems: [
        { name: "氏名", sensitive: false },
        { name: "履歴書", category: "経歴", sensitive: false },
        { name: "健康状態", category: "健康", sensitive: true },
      ],
      infoType: "personal",
      count: "約300",
      medium: "both",
      acquisition: ["direct_written", "third_party"],
      purpose: "採用選考および応募者への連絡",
      noticeMethod: "応募フォームに明示",
      consentRequired: true,
      consentBasis: "応募時の同意書",
      storageLocation: "人事部キャビネット、採用管理システム",
      storageMethod: "施錠保管、アクセス制限",
      accessHolders: ["人事部長", "採用担当"],
      usePeriod: "選考終了まで",
      retentionPeriod: "選考終了後6か月",
      disposalMethod: "シュレッダー、データ消去",
      outsourced: true,
      outsourcee: "株式会社採用代行",
      thirdPartyProvision: false,
      recipients: null,
      jointUse: false,
      foreignRecipient: false,
      foreignCountry: null,
      retainedPersonalData: true,
      sensitive: true,
      identifiedOn: "2024-04-01",
      lastReviewedOn: "2025-04-01",
      status: "active",
    };

    it("creates a row with every field and reads it back with the department name", async () => {
      const id = await post({ ...full, departmentId: soumu });
      const res = await api().get(`${base}/inventory-items/${id}`);
      expect(res.statusCode).toBe(200);
      const { updatedAt, ...rest } = res.json() as Item;
      expect(rest).toEqual({
        ...full,
        id,
        departmentId: soumu,
        departmentName: "総務部",
        // 「約300」 read as a number (core/registers/record-count.ts).
        countValue: 300,
        countQualifier: "about",
        dataItems: [
          { name: "氏名", category: null, sensitive: false, myNumber: false },
          { name: "履歴書", category: "経歴", sensitive: false, myNumber: false },
          { name: "健康状態", category: "健康", sensitive: true, myNumber: false },
        ],
      });
      expect(Number.isNaN(Date.parse(updatedAt))).toBe(false);
      const [created] = await auditOf(id, "create");
      expect(created?.changes.name).toEqual({ old: null, new: "採用応募者情報" });
      expect(created?.changes.departmentId).toEqual({ old: null, new: soumu });
      expect((await api().delete(`${base}/inventory-items/${id}`)).statusCode).toBe(204);
    });

    it("fills the defaults of a row with only a name", async () => {
      const id = await post({ name: "名刺" });
      const { updatedAt: _u, ...rest } = (
        await api().get(`${base}/inventory-items/${id}`)
      ).json() as Item;
      expect(rest).toEqual({
        id,
        name: "名刺",
        departmentId: null,
        departmentName: null,
        subjectCategories: [],
        dataItems: [],
        infoType: "personal",
        count: null,
        countValue: null,
        countQualifier: null,
        medium: null,
        acquisition: [],
        purpose: null,
        noticeMethod: null,
        consentRequired: null,
        consentBasis: null,
        storageLocation: null,
        storageMethod: null,
        accessHolders: [],
        usePeriod: null,
        retentionPeriod: null,
        disposalMethod: null,
        outsourced: null,
        outsourcee: null,
        thirdPartyProvision: null,
        recipients: null,
        jointUse: null,
        foreignRecipient: null,
        foreignCountry: null,
        retainedPersonalData: null,
        sensitive: null,
        identifiedOn: null,
        lastReviewedOn: null,
        status: "active",
      });
      expect((await api().delete(`${base}/inventory-items/${id}`)).statusCode).toBe(204);
    });

    it("PATCH changes only the fields given and records them in the audit trail", async () => {
      const id = await post({ ...full, departmentId: eigyo });
      const res = await api().patch(`${base}/inventory-items/${id}`, {
        storageLocation: "本社書庫",
        departmentId: null,
        outsourced: false,
      });
      expect(res.statusCode, res.body).toBe(200);
      const got = res.json() as Item;
      expect(got.storageLocation).toBe("本社書庫");
      expect(got.departmentId).toBeNull();
      expect(got.outsourced).toBe(false);
      expect(got.acquisition).toEqual(["direct_written", "third_party"]);
      expect(got.accessHolders).toEqual(["人事部長", "採用担当"]);
      expect(got.status).toBe("active");
      expect(got.infoType).toBe("personal");
      expect(got.consentRequired).toBe(true);
      const [update] = await auditOf(id, "update");
      expect(update?.changes).toEqual({
        storageLocation: { old: "人事部キャビネット、採用管理システム", new: "本社書庫" },
        departmentId: { old: eigyo, new: null },
        outsourced: { old: true, new: false },
      });
      expect((await api().delete(`${base}/inventory-items/${id}`)).statusCode).toBe(204);
    });

    it("DELETE removes the row and its flow, and records the deletion", async () => {
      const id = await post({ name: "削除対象" });
      await api().put(`${base}/inventory-items/${id}/flow`, {
        steps: [{ phase: "disposal", who: "総務" }],
      });
      expect((await api().delete(`${base}/inventory-items/${id}`)).statusCode).toBe(204);
      expect((await api().get(`${base}/inventory-items/${id}`)).statusCode).toBe(404);
      expect((await api().get(`${base}/inventory-items/${id}/flow`)).statusCode).toBe(404);
      expect((await api().delete(`${base}/inventory-items/${id}`)).statusCode).toBe(404);
      const [deleted] = await auditOf(id, "delete");
      expect(deleted?.changes.name).toEqual({ old: "削除対象", new: null });
      const rows = await t.database.query(
        "select count(*)::int as n from inventory_flow_step where item_id = $1",
        [id],
      );
      expect(rows).toEqual([{ n: 0 }]);
    });

    it("DELETE takes the item's risk rows with it and keeps them in the deletion event", async () => {
      const id = await post({ name: "リスク付き削除対象" });
      const risk = await api().post(`${base}/risks`, {
        itemId: id,
        phase: "disposal",
        kind: "leak",
        description: "廃棄書類の持ち出し",
        likelihood: 2,
        impact: 3,
      });
      expect(risk.statusCode, risk.body).toBe(201);
      expect((await api().delete(`${base}/inventory-items/${id}`)).statusCode).toBe(204);
      expect((await api().get(`${base}/risks/${risk.json().id}`)).statusCode).toBe(404);
      const [deleted] = await auditOf(id, "delete");
      const risks = deleted?.changes.risks?.old as { description: string; impact: number }[];
      expect(risks).toHaveLength(1);
      expect(risks[0]).toMatchObject({ description: "廃棄書類の持ち出し", impact: 3 });
    });
  });

  describe("search and filters", () => {
    it("finds by a one-character Japanese term in name, purpose or data items", async () => {
      expect(await names(q("名"))).toEqual(["匿名化アンケート", "顧客名簿"].sort());
      expect(await names(q("診"))).toEqual(["健康診断結果"]);
    });

    it("finds by a two-character Japanese term", async () => {
      expect(await names(q("支払"))).toEqual(["給与台帳"]); // purpose
      expect(await names(q("口座"))).toEqual(["給与台帳"]); // data item only
      expect(await names(q("住所"))).toEqual(["顧客名簿"]); // data item only
      expect(await names(q("発送"))).toEqual(["顧客名簿"]); // purpose only
      expect(await names(q("存在"))).toEqual([]);
    });

    it("matches hiragana with katakana and full-width with half-width, both ways", async () => {
      expect(await names(q("あんけーと"))).toEqual(["匿名化アンケート"]);
      expect(await names(q("ｱﾝｹｰﾄ"))).toEqual(["匿名化アンケート"]);
      expect(await names(q("アンケート"))).toEqual(["匿名化アンケート"]);
    });

    it("searches the new text after an edit, and not the old", async () => {
      const patched = await api().patch(`${base}/inventory-items/${ids.kyuyo}`, {
        purpose: "賞与の計算",
      });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(await names(q("賞与"))).toEqual(["給与台帳"]);
      expect(await names(q("支払"))).toEqual([]);
      await api().patch(`${base}/inventory-items/${ids.kyuyo}`, { purpose: "給与の支払" });
      expect(await names(q("支払"))).toEqual(["給与台帳"]);
    });

    it("treats % and _ in the term as text", async () => {
      expect(await names(q("%"))).toEqual([]);
      expect(await names(q("_"))).toEqual([]);
    });

    it("filters by department, sensitive, medium and type", async () => {
      expect(await names(`departmentId=${soumu}`)).toEqual(["健康診断結果", "給与台帳"].sort());
      expect(await names(`departmentId=${eigyo}`)).toEqual(["顧客名簿"]);
      expect(await names("sensitive=true")).toEqual(["健康診断結果"]);
      expect(await names("sensitive=false")).toEqual(
        ["匿名化アンケート", "給与台帳", "顧客名簿"].sort(),
      );
      expect(await names("medium=paper")).toEqual(["顧客名簿"]);
      expect(await names("medium=both")).toEqual(["給与台帳"]);
      expect(await names("medium=electronic")).toEqual(["健康診断結果", "匿名化アンケート"].sort());
      expect(await names("infoType=anonymized")).toEqual(["匿名化アンケート"]);
      expect(await names("infoType=personal&medium=electronic")).toEqual(["健康診断結果"]);
    });

    it("reviewOverdue: a never-reviewed item counts from its identification day", async () => {
      const fresh = await post({ name: "新規特定", identifiedOn: exactlyYearAgo });
      const stale = await post({ name: "旧特定", identifiedOn: yearAndADayAgo });
      expect(await names("reviewOverdue=true&q=特定")).toEqual(["旧特定"]);
      expect(await names("reviewOverdue=false&q=特定")).toEqual(["新規特定"]);
      for (const id of [fresh, stale])
        expect((await api().delete(`${base}/inventory-items/${id}`)).statusCode).toBe(204);
    });

    it("reviewOverdue: reviewed exactly 12 months ago is in time, one day more is overdue", async () => {
      expect(await names("reviewOverdue=true")).toEqual(["匿名化アンケート", "給与台帳"].sort());
      expect(await names("reviewOverdue=false")).toEqual(["健康診断結果", "顧客名簿"].sort());
    });

    it("refuses an unknown filter value", async () => {
      const res = await api().get(`${base}/inventory-items?medium=cd`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    });

    it("sorts by last review (never reviewed first) and by department (none last)", async () => {
      const byReview = (await api().get(`${base}/inventory-items?sort=lastReviewedOn`)).json()
        .items as Item[];
      expect(byReview.map((i) => i.name)).toEqual([
        "匿名化アンケート",
        "給与台帳",
        "健康診断結果",
        "顧客名簿",
      ]);
      const byDept = (await api().get(`${base}/inventory-items?sort=department`)).json()
        .items as Item[];
      expect(byDept.at(-1)?.name).toBe("匿名化アンケート");
    });
  });

  describe("paging", () => {
    let pagedBase: string;
    beforeAll(async () => {
      const paged = await t.createOrg(owner, "株式会社たくさん");
      pagedBase = `/api/v1/orgs/${paged}`;
      // One batch insert: 120 rows through the API would only test the API 120 times.
      const values: string[] = [];
      const params: string[] = [];
      for (let i = 1; i <= 120; i++) {
        params.push(paged, randomUUID(), `台帳${String(i).padStart(3, "0")}`);
        const n = params.length;
        values.push(`($${n - 2}, $${n - 1}, $${n})`);
      }
      await t.database.query(
        `insert into inventory_item (org_id, id, name) values ${values.join(", ")}`,
        params,
      );
    });

    it("pages 120 rows by 50 with the total", async () => {
      const page = async (n: number, sort = "name") => {
        const res = await api().get(`${pagedBase}/inventory-items?limit=50&page=${n}&sort=${sort}`);
        expect(res.statusCode, res.body).toBe(200);
        return res.json() as { items: Item[]; total: number };
      };
      const [p1, p2, p3, p4] = [await page(1), await page(2), await page(3), await page(4)];
      expect([p1.total, p2.total, p3.total, p4.total]).toEqual([120, 120, 120, 120]);
      expect([p1.items.length, p2.items.length, p3.items.length, p4.items.length]).toEqual([
        50, 50, 20, 0,
      ]);
      expect(p1.items[0]?.name).toBe("台帳001");
      expect(p1.items[49]?.name).toBe("台帳050");
      expect(p2.items[0]?.name).toBe("台帳051");
      expect(p3.items[19]?.name).toBe("台帳120");
      const all = new Set([...p1.items, ...p2.items, ...p3.items].map((i) => i.id));
      expect(all.size).toBe(120);
      const desc = await page(1, "-name");
      expect(desc.items[0]?.name).toBe("台帳120");
    });
  });

  describe("bulk review", () => {
    it("records the day on every row and the reviewer in each audit event", async () => {
      const a = await post({ name: "見直しA" });
      const b = await post({ name: "見直しB", lastReviewedOn: "2023-05-01" });
      const res = await api().post(`${base}/inventory-items/reviewed`, {
        ids: [a, b],
        reviewedOn: "2025-06-30",
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ updated: 2 });
      for (const [id, old] of [
        [a, null],
        [b, "2023-05-01"],
      ] as const) {
        expect((await api().get(`${base}/inventory-items/${id}`)).json().lastReviewedOn).toBe(
          "2025-06-30",
        );
        const events = await auditOf(id, "review");
        expect(events).toHaveLength(1);
        expect(events[0]?.actorName).toBe("台帳 担当");
        expect(events[0]?.changes).toEqual({
          lastReviewedOn: { old, new: "2025-06-30" },
          reviewedBy: { old: null, new: { userId: owner.id, name: "台帳 担当" } },
        });
      }
      await api().delete(`${base}/inventory-items/${a}`);
      await api().delete(`${base}/inventory-items/${b}`);
    });

    it("changes nothing when one id is not the organization's (404)", async () => {
      const a = await post({ name: "見直しC" });
      const theirs = await post({ name: "他社台帳" }, `/api/v1/orgs/${otherOrg}`).catch(() => null);
      expect(theirs).toBeNull(); // the owner is not a member of the other org
      const foreign = (
        await t.as(outsider).post(`/api/v1/orgs/${otherOrg}/inventory-items`, { name: "他社台帳" })
      ).json().id as string;
      const res = await api().post(`${base}/inventory-items/reviewed`, {
        ids: [a, foreign],
        reviewedOn: "2025-06-30",
      });
      expect(res.statusCode).toBe(404);
      expect((await api().get(`${base}/inventory-items/${a}`)).json().lastReviewedOn).toBeNull();
      expect(await auditOf(a, "review")).toEqual([]);
      const theirsNow = await t
        .as(outsider)
        .get(`/api/v1/orgs/${otherOrg}/inventory-items/${foreign}`);
      expect(theirsNow.json().lastReviewedOn).toBeNull();
      await api().delete(`${base}/inventory-items/${a}`);
    });

    it("refuses an empty id list and a bad date", async () => {
      const res = await api().post(`${base}/inventory-items/reviewed`, {
        ids: [],
        reviewedOn: "2025/06/30",
      });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields).sort()).toEqual(["ids", "reviewedOn"]);
    });
  });

  describe("lifecycle flow", () => {
    it("replaces the whole flow and reads it back in order", async () => {
      const id = ids.kokyaku as string;
      expect((await api().get(`${base}/inventory-items/${id}/flow`)).json()).toEqual({ steps: [] });
      const steps = [
        {
          phase: "acquisition_input",
          who: "営業担当",
          what: "申込書を受領",
          where: "店頭",
          medium: "紙",
        },
        { phase: "storage_backup", who: "営業事務", where: "施錠キャビネット" },
        { phase: "disposal", what: "溶解処理" },
      ];
      const put = await api().put(`${base}/inventory-items/${id}/flow`, { steps });
      expect(put.statusCode, put.body).toBe(200);
      const expected = {
        steps: [
          {
            phase: "acquisition_input",
            who: "営業担当",
            what: "申込書を受領",
            where: "店頭",
            medium: "紙",
          },
          {
            phase: "storage_backup",
            who: "営業事務",
            what: null,
            where: "施錠キャビネット",
            medium: null,
          },
          { phase: "disposal", who: null, what: "溶解処理", where: null, medium: null },
        ],
      };
      expect(put.json()).toEqual(expected);
      expect((await api().get(`${base}/inventory-items/${id}/flow`)).json()).toEqual(expected);
      const [event] = await auditOf(id, "update");
      expect(event?.changes.flow?.old).toEqual([]);
      expect(event?.changes.flow?.new).toEqual(expected.steps);

      const second = await api().put(`${base}/inventory-items/${id}/flow`, {
        steps: [{ phase: "outsourcing", who: "配送業者" }],
      });
      expect(second.json()).toEqual({
        steps: [{ phase: "outsourcing", who: "配送業者", what: null, where: null, medium: null }],
      });
      expect((await api().put(`${base}/inventory-items/${id}/flow`, { steps: [] })).json()).toEqual(
        { steps: [] },
      );
    });

    it("refuses a phase that is not a lifecycle phase", async () => {
      const res = await api().put(`${base}/inventory-items/${ids.kokyaku}/flow`, {
        steps: [{ phase: "archive" }],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ "steps.0.phase": "選択肢から選んでください。" });
    });
  });

  describe("tenancy and roles", () => {
    it("is 404 for another organization's user, on the list and on a row", async () => {
      const other = t.as(outsider);
      for (const res of [
        await other.get(`${base}/inventory-items`),
        await other.get(`${base}/inventory-items/${ids.kokyaku}`),
        await other.patch(`${base}/inventory-items/${ids.kokyaku}`, { name: "乗っ取り" }),
        await other.get(`/api/v1/orgs/${otherOrg}/inventory-items/${ids.kokyaku}`),
        await other.post(`/api/v1/orgs/${otherOrg}/inventory-items/reviewed`, {
          ids: [ids.kokyaku],
          reviewedOn: "2025-01-01",
        }),
      ]) {
        expect(res.statusCode, res.body).toBe(404);
        expect(res.body).not.toContain("顧客名簿");
      }
      expect((await api().get(`${base}/inventory-items/${ids.kokyaku}`)).json().name).toBe(
        "顧客名簿",
      );
    });

    it("is 403 for a member reading and for an auditor writing; the auditor may read", async () => {
      const forbidden = {
        error: { code: "FORBIDDEN", message: "この操作を行う権限がありません。" },
      };
      const m = await t.as(memberUser).get(`${base}/inventory-items`);
      expect(m.statusCode).toBe(403);
      expect(m.json()).toEqual(forbidden);
      expect(
        (await t.as(memberUser).get(`${base}/inventory-items/${ids.kokyaku}`)).statusCode,
      ).toBe(403);
      expect((await t.as(auditor).get(`${base}/inventory-items`)).statusCode).toBe(200);
      const a = await t.as(auditor).post(`${base}/inventory-items`, { name: "監査人の台帳" });
      expect(a.statusCode).toBe(403);
      expect(a.json()).toEqual(forbidden);
      const p = await t.as(auditor).patch(`${base}/inventory-items/${ids.kokyaku}`, { name: "x" });
      expect(p.statusCode).toBe(403);
    });
  });

  describe("bad input", () => {
    const LONG = "長".repeat(100 * 1024);
    const SCRIPT = "<script>alert(1)</script>";
    const msg = {
      invalid_value: "選択肢から選んでください。",
      html: "HTMLタグやスクリプトは入力できません。",
      unknown: "この項目は受け付けていません。",
      invalid: "値が正しくありません。",
      required: "必須項目です。",
      invalid_date: "日付は YYYY-MM-DD の形式の実在する日付で入力してください。",
      invalid_type: "値の形式が正しくありません。",
    };
    it.each([
      ["a wrong medium", { name: "x", medium: "cd" }, { medium: msg.invalid_value }],
      [
        "a wrong acquisition code",
        { name: "x", acquisition: ["web"] },
        { "acquisition.0": msg.invalid_value },
      ],
      ["a 100 kB name", { name: LONG }, { name: "200文字以内で入力してください。" }],
      [
        "a 100 kB purpose",
        { name: "x", purpose: LONG },
        { purpose: "2000文字以内で入力してください。" },
      ],
      ["a script tag in the purpose", { name: "x", purpose: SCRIPT }, { purpose: msg.html }],
      [
        "a script tag in a data item",
        { name: "x", dataItems: [{ name: SCRIPT, sensitive: false }] },
        { "dataItems.0.name": msg.html },
      ],
      ["an unknown field", { name: "x", riskScore: 3 }, { riskScore: msg.unknown }],
      ["a missing name", { purpose: "目的" }, { name: msg.required }],
      ["a bad date", { name: "x", identifiedOn: "2024-02-30" }, { identifiedOn: msg.invalid_date }],
      ["text for a yes/no", { name: "x", sensitive: "はい" }, { sensitive: msg.invalid_type }],
    ])("refuses %s with 400 naming the field", async (_what, body, fields) => {
      const before = (await api().get(`${base}/inventory-items?limit=1`)).json().total;
      const res = await api().post(`${base}/inventory-items`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
      expect(res.json().error.fields).toEqual(fields);
      expect((await api().get(`${base}/inventory-items?limit=1`)).json().total).toBe(before);
    });

    it("refuses a department of another organization (400, field departmentId)", async () => {
      const res = await api().post(`${base}/inventory-items`, {
        name: "他社部門の台帳",
        departmentId: foreignDept,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ departmentId: msg.invalid });
      const patch = await api().patch(`${base}/inventory-items/${ids.kokyaku}`, {
        departmentId: foreignDept,
      });
      expect(patch.statusCode).toBe(400);
      expect(patch.json().error.fields).toEqual({ departmentId: msg.invalid });
      expect((await api().get(`${base}/inventory-items/${ids.kokyaku}`)).json().departmentId).toBe(
        eigyo,
      );
    });

    it("keeps a department that register rows point to (409 DEPARTMENT_IN_USE)", async () => {
      const dept = (await api().post(`${base}/departments`, { name: "法務部" })).json().id;
      const id = await post({ name: "契約書", departmentId: dept });
      const res = await api().delete(`${base}/departments/${dept}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("DEPARTMENT_IN_USE");
      await api().delete(`${base}/inventory-items/${id}`);
      expect((await api().delete(`${base}/departments/${dept}`)).statusCode).toBe(204);
    });

    it("refuses a wrong enum on PATCH and answers in English when asked", async () => {
      const res = await api("en").patch(`${base}/inventory-items/${ids.kokyaku}`, {
        infoType: "secret",
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toEqual({
        code: "VALIDATION_FAILED",
        message: "Some fields are not valid.",
        fields: { infoType: "Choose one of the options." },
      });
    });
  });
});
