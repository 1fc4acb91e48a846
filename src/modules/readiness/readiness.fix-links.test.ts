// Fix links land on exactly the records their rule names: the list behind each fix path, asked
// with the path's own filters, returns those records and no others (the demo company's planted
// gaps, and a register built here with a retired row that must stay out); every named record's
// link opens that record. Also the new list filters' refusals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import type { ReadinessOut, RuleResultOut } from "./readiness.contract.ts";

/** The API list behind a web page of a fix path. */
const LIST_OF: Record<string, string> = {
  inventory: "inventory-items",
  legal: "legal-requirements",
};

describe.each(dbKinds)("readiness fix links (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let demo: string;
  let own: string;

  const get = async <T>(url: string): Promise<T> => {
    const res = await t.as(owner).get(url);
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json() as T;
  };
  const readiness = (orgId: string) => get<ReadinessOut>(`/api/v1/orgs/${orgId}/readiness`);
  const rule = (r: ReadinessOut, id: string): RuleResultOut => {
    const found = r.results.find((x) => x.ruleId === id);
    if (!found) throw new Error(`no result for ${id}`);
    return found;
  };
  /** The names the list behind `fixPath` shows, asked with the path's own query. */
  const listed = async (orgId: string, fixPath: string) => {
    const [page, query = ""] = fixPath.split("?");
    const list = LIST_OF[page ?? ""];
    if (!list) throw new Error(`no list behind ${fixPath}`);
    const body = await get<{ items: { name: string | null; lawId?: string }[]; total: number }>(
      `/api/v1/orgs/${orgId}/${list}?${query}&limit=200`,
    );
    return { names: body.items.map((i) => i.name).sort(), total: body.total };
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("修正 導線");
    demo = await t.createOrg(owner, "株式会社サンプル導線", true);
    own = await t.createOrg(owner, "株式会社委託先確認");
  });
  afterAll(() => t.close());

  it("the 委託先 fix opens the register filtered to the outsourced items without a contractor", async () => {
    const base = `/api/v1/orgs/${own}/inventory-items`;
    const add = async (body: Record<string, unknown>) => {
      const res = await t.as(owner).post(base, { purpose: "業務連絡", ...body });
      expect(res.statusCode, res.body).toBe(201);
      return (res.json() as { id: string }).id;
    };
    const blank = await add({ name: "給与計算", outsourced: true, outsourcee: "　" });
    await add({ name: "健康診断", outsourced: true, outsourcee: "A健診センター" });
    await add({ name: "旧名簿", outsourced: true, status: "retired" });
    await add({ name: "社内名簿", outsourced: false });
    const r = rule(await readiness(own), "register.outsourcee");
    expect(r.status).toBe("gap");
    expect(r.fixPath).toBe("inventory?status=active&outsourced=true&lacking=outsourcee");
    expect(r.details).toEqual([{ id: blank, name: "給与計算", path: `inventory?item=${blank}` }]);
    expect(await listed(own, r.fixPath)).toEqual({ names: ["給与計算"], total: 1 });
    // Each filter counts: without status the retired row shows; without lacking the named one.
    expect((await listed(own, "inventory?outsourced=true&lacking=outsourcee")).names).toEqual([
      "旧名簿",
      "給与計算",
    ]);
    expect((await listed(own, "inventory?status=active&outsourced=true")).names).toEqual([
      "健康診断",
      "給与計算",
    ]);
  });

  it("the 特定個人情報 fix opens the register filtered to exactly the items the rule names", async () => {
    const org = await t.createOrg(owner, "株式会社番号確認");
    const base = `/api/v1/orgs/${org}/inventory-items`;
    const myNumber = [{ name: "個人番号", sensitive: false, myNumber: true }];
    const complete = {
      dataItems: myNumber,
      purpose: "源泉徴収票の作成",
      storageLocation: "人事課の保管庫",
      storageMethod: "施錠保管",
      accessHolders: ["個人番号取扱担当者"],
      usePeriod: "退職まで",
      retentionPeriod: "7年",
    };
    const add = async (body: Record<string, unknown>) => {
      const res = await t.as(owner).post(base, { ...complete, ...body });
      expect(res.statusCode, res.body).toBe(201);
      return (res.json() as { id: string }).id;
    };
    await add({ name: "源泉徴収" });
    const noPurpose = await add({ name: "扶養控除申告", purpose: null });
    const noAccess = await add({ name: "番号届出", accessHolders: [] });
    const provided = await add({ name: "税務署への提出", thirdPartyProvision: true });
    const joint = await add({ name: "グループ共有", jointUse: true });
    await add({ name: "旧番号台帳", purpose: null, status: "retired" });
    // Not 特定個人情報: the same gaps do not concern the rule.
    await add({ name: "顧客名簿", dataItems: [{ name: "氏名", sensitive: false }], purpose: null });

    const r = rule(await readiness(org), "register.my_number");
    expect(r.status).toBe("gap");
    expect(r.severity).toBe("finding");
    expect(r.reason.ja).toBe(
      "特定個人情報を含む項目5件中4件に確認が必要です（利用目的なし1件、保管方法・アクセス権を有する者の空欄1件、第三者提供・共同利用あり2件）。マイナンバー法で認められた場合以外の提供はできません — 提供の根拠を確認してください。",
    );
    expect(r.details?.map((d) => d.id).sort()).toEqual(
      [noPurpose, noAccess, provided, joint].sort(),
    );
    expect(r.fixPath).toBe("inventory?status=active&myNumber=true&lacking=myNumber");
    expect(await listed(org, r.fixPath)).toEqual({
      names: ["グループ共有", "扶養控除申告", "番号届出", "税務署への提出"].sort(),
      total: 4,
    });
    // The yes/no filter on its own, both ways (retired rows included without status).
    expect((await listed(org, "inventory?myNumber=true")).names).toEqual(
      [
        "グループ共有",
        "扶養控除申告",
        "旧番号台帳",
        "源泉徴収",
        "番号届出",
        "税務署への提出",
      ].sort(),
    );
    expect((await listed(org, "inventory?myNumber=false")).names).toEqual(["顧客名簿"]);
  });

  it("every demo gap's fix link lists exactly the records the rule names", async () => {
    const r = await readiness(demo);
    const pageOf = (fixPath: string) => fixPath.split("?")[0] ?? "";
    const gaps = r.results.filter((x) => x.status === "gap" && LIST_OF[pageOf(x.fixPath)]);
    // The planted register and legal gaps (readiness.demo.test.ts) are all among them.
    expect(gaps.map((g) => g.ruleId).sort()).toEqual([
      "legal.checked",
      "register.outsourcee",
      "register.reviewed",
      "register.sensitive_consent",
    ]);
    for (const g of gaps) {
      const names = (g.details ?? []).map((d) => d.name).sort();
      expect(names.length, g.ruleId).toBeLessThan(20);
      expect(await listed(demo, g.fixPath), g.ruleId).toEqual({ names, total: names.length });
    }
  });

  it("every named record opens that record", async () => {
    const r = await readiness(demo);
    const named = r.results.flatMap((x) =>
      x.status === "gap" ? (x.details ?? []).map((d) => ({ rule: x.ruleId, ...d })) : [],
    );
    expect(named.length).toBeGreaterThan(5);
    for (const d of named) {
      const [page, query = ""] = (d.path ?? "").split("?");
      const q = new URLSearchParams(query);
      if (page === "inventory") {
        const item = await get<{ id: string; name: string }>(
          `/api/v1/orgs/${demo}/inventory-items/${q.get("item")}`,
        );
        expect(item.name, d.rule).toBe(d.name);
      } else if (page === "legal") {
        expect(q.get("ids"), d.rule).toBe(d.id);
        const entries = await listed(demo, d.path ?? "");
        expect(entries.total, d.rule).toBe(1);
      } else if (page === "risks") {
        const rows = await get<{ items: { itemId: string; itemName: string }[] }>(
          `/api/v1/orgs/${demo}/risks?itemId=${q.get("itemId")}&limit=200`,
        );
        for (const row of rows.items) expect(row.itemName, d.rule).toBe(d.name);
      } else if (page === "activities") {
        // A dated activity record (実施記録) opens on its own page, by its id.
        expect(q.get("record"), d.rule).toBe(d.id);
      } else if (page === "documents" || page === "document-acknowledgements") {
        // A document opens by its id (a version's confirmations by the version's too).
        expect(q.get("doc"), d.rule).toBeTruthy();
        if (page === "documents") expect(q.get("doc"), d.rule).toBe(d.id);
      } else {
        // risk.treated names the register item of a risk group, which has no id of its own.
        expect(d.rule, `${d.name} has no link`).toBe("risk.treated");
      }
    }
  });

  it("the overdue-review fix opens the register filtered to the documents in force past it", async () => {
    const org = await t.createOrg(owner, "株式会社文書見直し");
    const base = `/api/v1/orgs/${org}/documents`;
    /** A document with its first version, published when asked; its review day set after. */
    const add = async (number: string, publish: boolean, nextReviewOn: string | null) => {
      const created = await t
        .as(owner)
        .post(base, { number, title: `文書${number}`, kind: "rule" });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      const doc = await get<{ versions: { id: string }[] }>(`${base}/${id}`);
      const v = `${base}/${id}/versions/${doc.versions[0]?.id}`;
      if (publish)
        for (const [move, body] of [
          ["submit", { approverUserId: owner.id }],
          ["approve", {}],
          ["publish", {}],
        ] as const) {
          const res = await t.as(owner).post(`${v}/${move}`, body);
          expect(res.statusCode, `${move}: ${res.body}`).toBe(200);
        }
      const patched = await t.as(owner).patch(`${base}/${id}`, { nextReviewOn });
      expect(patched.statusCode, patched.body).toBe(200);
      return id;
    };
    const late = await add("R-01", true, "2024-03-31");
    await add("R-02", true, "2999-12-31");
    // Not in force: its day means nothing yet, and the status filter leaves it out.
    const draft = await add("R-03", false, "2024-03-31");
    const r = rule(await readiness(org), "documents.review_due");
    expect(r.status).toBe("gap");
    expect(r.fixPath).toBe("documents?status=published&reviewOverdue=true");
    expect(r.details?.map((d) => [d.id, d.path])).toEqual([[late, `documents?doc=${late}`]]);
    const ids = async (query: string) =>
      (await get<{ items: { id: string }[] }>(`${base}?${query}&limit=200`)).items
        .map((d) => d.id)
        .sort();
    expect(await ids("status=published&reviewOverdue=true")).toEqual([late]);
    expect(await ids("reviewOverdue=true")).toEqual([late, draft].sort());
  });

  it("the legal register's unlinked filter and id list", async () => {
    const base = `/api/v1/orgs/${own}/legal-requirements`;
    const a = await t.as(owner).post(base, { lawId: "appi" });
    const b = await t.as(owner).post(base, { lawId: "my_number_act" });
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    const ids = [a.json().id as string, b.json().id as string];
    const dept = await t.as(owner).post(`/api/v1/orgs/${own}/departments`, { name: "総務部" });
    const linked = await t.as(owner).patch(`${base}/${ids[0]}`, {
      departmentIds: [dept.json().id],
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const r = rule(await readiness(own), "legal.linked");
    expect(r.details?.map((d) => d.id)).toEqual([ids[1]]);
    expect((await listed(own, r.fixPath)).total).toBe(1);
    expect((await listed(own, "legal?linked=true")).total).toBe(1);
    expect((await listed(own, `legal?ids=${ids.join(",")}`)).total).toBe(2);
    expect((await listed(own, `legal?ids=${ids[1]}`)).total).toBe(1);
  });

  it.each([
    ["inventory-items?lacking=purpose", "lacking"],
    ["inventory-items?status=deleted", "status"],
    ["inventory-items?outsourced=yes", "outsourced"],
    ["inventory-items?myNumber=yes", "myNumber"],
    ["inventory-items?lacking=mynumber", "lacking"],
    ["legal-requirements?linked=maybe", "linked"],
    [`legal-requirements?ids=${Array.from({ length: 201 }, (_, i) => `id${i}`).join(",")}`, "ids"],
    [`legal-requirements?ids=${"x".repeat(65)}`, "ids"],
  ])("refuses %s, naming the field", async (query, field) => {
    const res = await t.as(owner).get(`/api/v1/orgs/${own}/${query}`);
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json() as { error: { code: string; fields: Record<string, unknown> } };
    expect(Object.keys(body.error.fields)).toContain(field);
  });

  it("another organization's user gets 404 on the filtered lists", async () => {
    const stranger = await t.signUp("他社 利用者");
    const res = await t
      .as(stranger)
      .get(`/api/v1/orgs/${own}/inventory-items?status=active&lacking=required`);
    expect(res.statusCode).toBe(404);
  });
});
