// Templates, field values and the 規程類対照表 through the real HTTP routes on both databases:
// creating one document or the starter set from templates (skips, number conflicts, audit
// events), the fields filled from the organization's data, the coverage table and its Excel
// file, bad input, roles and tenant isolation. Expected values are written out by hand.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import type {
  CoverageOut,
  FieldValuesOut,
  StarterSetResult,
  TemplateListItem,
} from "./documents.templates.contract.ts";

describe.each(dbKinds)("document templates (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let base: string;
  let otherBase: string;

  const url = (path = "") => `${base}/documents${path}`;
  async function events(entity: string, id: string) {
    const res = await t.as(owner).get(`${base}/audit-events?entity=${entity}&entityId=${id}`);
    return (res.json().items as { action: string }[]).map((e) => e.action);
  }
  async function auditTotal() {
    return (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;
  }
  async function values(query = "", as = owner) {
    const res = await t.as(as).get(url(`/field-values${query}`));
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as FieldValuesOut).values;
  }
  async function coverage(as = owner) {
    const res = await t.as(as).get(url("/coverage"));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CoverageOut;
  }
  async function documentOf(id: string) {
    const res = await t.as(owner).get(url(`/${id}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("山田 太郎");
    viewer = await t.signUp("閲覧 次郎");
    member = await t.signUp("社員 五郎");
    outsider = await t.signUp("他社 四郎");
    const orgId = await t.createOrg(owner, "株式会社ひながた");
    const otherOrg = await t.createOrg(outsider, "他社株式会社");
    await t.addMember(owner, orgId, viewer, "viewer");
    await t.addMember(owner, orgId, member, "member");
    base = `/api/v1/orgs/${orgId}`;
    otherBase = `/api/v1/orgs/${otherOrg}`;
    const profile = await t.as(owner).put(`${base}/profile`, {
      name: "株式会社ひながた",
      representative: "代表取締役 山田 太郎",
    });
    expect(profile.statusCode, profile.body).toBe(200);
  });
  afterAll(() => t.close());

  it("lists the templates with the J items each answers, for readers only", async () => {
    const res = await t.as(viewer).get(url("/templates"));
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json() as { items: TemplateListItem[]; total: number };
    expect(list.total).toBe(34);
    expect(list.items.map((i) => i.number).slice(0, 4)).toEqual(["P-01", "P-02", "R-01", "R-02"]);
    expect(list.items[0]).toMatchObject({
      key: "policy.internal",
      title: "個人情報保護方針（内部向け）",
      kind: "policy",
      kindLabel: { ja: "方針", en: "Policy" },
      approverRole: "top_management",
      refs: ["J.2.1", "J.2.2"],
      created: [],
    });
    expect(list.items.find((i) => i.key === "form.incident-report")).toMatchObject({
      number: "F-17",
      kind: "form",
      approverRole: "pms_manager",
      retentionYears: 5,
      refs: ["J.4.4.2"],
    });
    expect((await t.as(member).get(url("/templates"))).statusCode).toBe(403);
    expect((await t.as(outsider).get(url("/templates"))).statusCode).toBe(404);
  });

  it("leaves every J item uncovered before any document exists", async () => {
    const out = await coverage(viewer);
    expect(out.total).toBe(57);
    expect(out.uncovered).toHaveLength(57);
    expect(out.items[0]).toEqual({
      ref: "J.1.1",
      title: { ja: "組織及びその状況の理解", en: "Understanding the organization and its context" },
      needs: ["rule", "record"],
      keptIn: [],
      answers: [],
      missing: ["rule", "record"],
      draftOnly: [],
    });
  });

  it("creates a document and its draft from a template, audited, once per number", async () => {
    const before = await auditTotal();
    const res = await t.as(owner).post(url("/from-template"), { templateKey: "policy.internal" });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const doc = await documentOf(id);
    expect(doc).toMatchObject({
      number: "P-01",
      title: "個人情報保護方針（内部向け）",
      kind: "policy",
      audience: "internal",
      approverRole: "top_management",
      templateKey: "policy.internal",
      jRefs: ["J.2.2"],
      openVersionNo: 1,
      openStatus: "draft",
    });
    const version = await t.as(owner).get(url(`/${id}/versions/${doc.versions[0].id}`));
    expect(version.json().content.content[0]).toEqual({
      type: "heading",
      attrs: { level: 1, refs: null },
      content: [{ type: "text", text: "個人情報保護方針（内部向け）" }],
    });
    expect(await events("pms_document", id)).toEqual(["create"]);
    expect(await auditTotal()).toBe(before + 2);

    const again = await t.as(owner).post(url("/from-template"), { templateKey: "policy.internal" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "DOCUMENT_NUMBER_TAKEN",
      fields: { number: "この文書番号はすでに使われています。別の番号にしてください。" },
    });
    const copy = await t
      .as(owner)
      .post(url("/from-template"), { templateKey: "policy.internal", number: "P-01-2" });
    expect(copy.statusCode, copy.body).toBe(201);
    const listed = (await t.as(owner).get(url("/templates"))).json().items[0] as TemplateListItem;
    expect(listed.created.map((c) => c.number).sort()).toEqual(["P-01", "P-01-2"]);
  });

  it("refuses an unknown template, a bad number and a reader, changing nothing", async () => {
    const before = await auditTotal();
    const unknown = await t.as(owner).post(url("/from-template"), { templateKey: "rule.nothing" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { templateKey: "このテンプレートは見つかりません。一覧から選んでください。" },
    });
    const bad = await t
      .as(owner)
      .post(url("/from-template"), { templateKey: "rule.audit", number: "R 05/x", extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["extra", "number"]);
    const missing = await t.as(owner).post(url("/from-template"), {});
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(["templateKey"]);
    const reader = await t.as(viewer).post(url("/from-template"), { templateKey: "rule.audit" });
    expect(reader.statusCode).toBe(403);
    const stranger = await t.as(outsider).post(url("/starter-set"));
    expect(stranger.statusCode).toBe(404);
    expect(await auditTotal()).toBe(before);
  });

  it("creates the rest of the starter set at once, skipping used templates and taken numbers", async () => {
    // Another document already holds the number of 安全管理規程.
    const own = await t
      .as(owner)
      .post(url(), { number: "R-03", title: "自社の規程", kind: "rule" });
    expect(own.statusCode, own.body).toBe(201);
    const res = await t.as(owner).post(url("/starter-set"));
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json() as StarterSetResult;
    expect(out.created).toHaveLength(32);
    expect(out.created[0]).toMatchObject({ templateKey: "policy.external", number: "P-02" });
    expect(out.skipped).toEqual([
      { templateKey: "policy.internal", number: "P-01", reason: "exists" },
      { templateKey: "rule.security", number: "R-03", reason: "number_taken" },
    ]);
    const before = await auditTotal();
    const again = (await t.as(owner).post(url("/starter-set"))).json() as StarterSetResult;
    expect(again.created).toEqual([]);
    expect(again.skipped).toHaveLength(34);
    expect(await auditTotal()).toBe(before);
  });

  it("maps the documents' clauses onto the J items, drafts marked until published", async () => {
    const out = await coverage();
    // Only 安全管理規程 states the safety measures and the supervision of staff.
    expect(out.uncovered).toEqual(["J.9.2", "J.9.3"]);
    const row = (ref: string) => out.items.find((r) => r.ref === ref);
    expect(row("J.9.3")?.missing).toEqual(["rule"]);
    expect(row("J.1.4")?.answers).toEqual([
      expect.objectContaining({
        number: "R-01",
        title: "個人情報保護マネジメントシステム基本規程",
        kind: "rule",
        need: "rule",
        clause: "第3条（適用範囲）",
        draft: true,
      }),
    ]);
    expect(row("J.1.3")?.keptIn).toEqual([
      { key: "legal", label: { ja: "法令等一覧", en: "Legal register" } },
    ]);
  });

  it("fills fields from the profile, departments and appointments, and a version's own data", async () => {
    for (const [name, sortOrder] of [
      ["総務部", 2],
      ["営業部", 1],
    ] as const) {
      const res = await t.as(owner).post(`${base}/departments`, { name, sortOrder });
      expect(res.statusCode, res.body).toBe(201);
    }
    const person = await t.as(owner).post(`${base}/people`, {
      name: "佐藤 花子",
      email: "hanako@example.jp",
      employmentType: "regular",
    });
    const appointed = await t.as(owner).post(`${base}/appointments`, {
      role: "pms_manager",
      personId: person.json().id,
      from: "2024-04-01",
    });
    expect(appointed.statusCode, appointed.body).toBe(201);
    const today = await values("", viewer);
    expect(today).toEqual({
      "org.name": "株式会社ひながた",
      "org.representative": "代表取締役 山田 太郎",
      "org.headOffice": null,
      "org.corporateNumber": null,
      "org.departments": "営業部、総務部",
      "pms.manager": "佐藤 花子",
      "pms.auditLead": null,
      "pms.complaintsDesk": null,
      "desk.name": null,
      "desk.address": null,
      "desk.phone": null,
      "desk.email": null,
      "desk.hours": null,
      "doc.number": null,
      "doc.version": null,
      "doc.establishedOn": null,
      "doc.effectiveOn": null,
    });

    // A new representative shows in every draft at once; so does the complaints desk.
    const changed = await t.as(owner).put(`${base}/profile`, {
      name: "株式会社ひながた",
      representative: "代表取締役 鈴木 一郎",
      deskName: "個人情報相談窓口",
      deskPhone: "03-1234-5678",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const list = (await t.as(owner).get(url("?q=R-01"))).json().items as { id: string }[];
    const manual = await documentOf(list[0]?.id as string);
    const vid = manual.versions[0].id as string;
    const draft = await values(`?versionId=${vid}`);
    expect(draft).toMatchObject({
      "org.representative": "代表取締役 鈴木 一郎",
      "desk.name": "個人情報相談窓口",
      "desk.phone": "03-1234-5678",
      "desk.email": null,
      "doc.number": "R-01",
      "doc.version": "第1版",
      "doc.establishedOn": null,
      "doc.effectiveOn": null,
    });

    // Published: 制定日 and 施行日 are version 1's effective day; the table reads it as in force.
    const v = url(`/${manual.id}/versions/${vid}`);
    expect((await t.as(owner).post(`${v}/submit`, { approverUserId: owner.id })).statusCode).toBe(
      200,
    );
    expect((await t.as(owner).post(`${v}/approve`)).statusCode).toBe(200);
    // In force from today (the default): a day can't come before the approval.
    const pub = await t.as(owner).post(`${v}/publish`);
    expect(pub.statusCode, pub.body).toBe(200);
    const [y, m, d] = todayInJapan().split("-").map(Number);
    expect(await values(`?versionId=${vid}`)).toMatchObject({
      "doc.establishedOn": `${y}年${m}月${d}日`,
      "doc.effectiveOn": `${y}年${m}月${d}日`,
    });
    const j14 = (await coverage()).items.find((r) => r.ref === "J.1.4");
    expect(j14?.answers.map((a) => [a.number, a.draft])).toEqual([["R-01", false]]);

    // Another organization's version is not found.
    expect(
      (await t.as(outsider).get(`${otherBase}/documents/field-values?versionId=${vid}`)).statusCode,
    ).toBe(404);
    expect((await t.as(member).get(url("/field-values"))).statusCode).toBe(403);
  });

  it("downloads the 規程類対照表 as Excel, one row per answer, 未対応 marked, recorded", async () => {
    const res = await t.as(viewer).get(url("/coverage.xlsx"));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(
      /^attachment; filename="document-coverage_\d{8}\.xlsx"; filename\*=UTF-8''%E8%A6%8F/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("規程類対照表") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("規程類対照表");
    expect(ws.getCell("A2").value).toBe("株式会社ひながた");
    const rowValues = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect(rowValues(5)).toEqual([
      "J項番",
      "要求事項",
      "必要な文書",
      "文書番号",
      "文書名",
      "条項",
      "状態",
      "システム内の記録",
      "対応状況",
    ]);
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => {
      if (n > 5) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows.find((r) => r[0] === "J.1.4")).toEqual([
      "J.1.4",
      "個人情報保護マネジメントシステムの適用範囲の決定",
      "規程",
      "R-01",
      "個人情報保護マネジメントシステム基本規程",
      "第3条（適用範囲）",
      "施行中",
      undefined,
      "対応済み",
    ]);
    // J.1.1: the manual is in force, the form F-01 only a draft.
    expect(rows.filter((r) => r[0] === "J.1.1").map((r) => [r[3], r[6], r[8]])).toEqual([
      ["F-01", "未施行", "対応済み（未施行）"],
      ["R-01", "施行中", "対応済み（未施行）"],
    ]);
    expect(rows.filter((r) => r[0] === "J.9.3")).toEqual([
      [
        "J.9.3",
        "従業者の監督",
        "規程・記録",
        "F-05",
        "誓約書（従業者）",
        "（文書全体）",
        "未施行",
        undefined,
        "未対応（規程）",
      ],
    ]);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.printTitlesRow).toBe("5:5");
    expect(await events("export", "document_coverage.xlsx")).toEqual(["export"]);
  });
});
