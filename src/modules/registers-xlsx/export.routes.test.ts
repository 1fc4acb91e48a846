// Register and risk-analysis xlsx exports: the traditional layout (title block, stamp boxes,
// frozen header, filters, A4 landscape, print titles), and export → import reproducing every
// field in another organization.
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInJapan } from "../../core/today-in-japan.ts";
import { dbKinds, startTestApp, type TestApp, type TestUser } from "../../test/harness.ts";
import { japaneseDate } from "./sheet-layout.ts";
import { openWorkbook, upload } from "./test-support.ts";

type Row = Record<string, unknown>;
const DEPTS = ["総務部", "営業部"];

/** Two items that use every field (one with every optional value empty). */
const ITEMS = (dept: Record<string, string>): Row[] => [
  {
    name: "従業者名簿",
    departmentId: dept.総務部,
    subjectCategories: ["従業者", "役員"],
    dataItems: [
      { name: "氏名", category: "基本", sensitive: false },
      { name: "健康診断結果", category: "健康", sensitive: true },
      { name: "口座番号", category: null, sensitive: false },
    ],
    infoType: "personal",
    count: "約120件",
    medium: "both",
    acquisition: ["direct_written", "third_party"],
    purpose: "人事労務管理\n給与計算",
    noticeMethod: "就業規則で明示",
    consentRequired: true,
    consentBasis: "入社時の同意書",
    storageLocation: "人事システム",
    storageMethod: "アクセス制限・暗号化",
    accessHolders: ["人事担当者", "総務部長"],
    usePeriod: "退職まで",
    retentionPeriod: "退職後5年",
    disposalMethod: "シュレッダー",
    outsourced: true,
    outsourcee: "株式会社給与計算",
    thirdPartyProvision: false,
    recipients: null,
    jointUse: false,
    foreignRecipient: false,
    foreignCountry: null,
    retainedPersonalData: true,
    sensitive: true,
    identifiedOn: "2019-04-30",
    lastReviewedOn: "2024-04-01",
    status: "active",
  },
  {
    name: "旧顧客リスト",
    departmentId: null,
    subjectCategories: [],
    dataItems: [],
    infoType: "pseudonymized",
    count: null,
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
    foreignRecipient: true,
    foreignCountry: "シンガポール",
    retainedPersonalData: null,
    sensitive: null,
    identifiedOn: null,
    lastReviewedOn: null,
    status: "retired",
  },
];

const RISK_FIELDS = [
  "itemName",
  "departmentName",
  "phase",
  "kind",
  "description",
  "likelihood",
  "impact",
  "countermeasure",
  "residualLikelihood",
  "residualImpact",
  "acceptedBy",
  "acceptedOn",
  "lastReviewedOn",
  "lastReviewedBy",
  "assessed",
  "reviewOn",
];

describe.each(dbKinds)("register and risk xlsx export (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let base: string;
  let copyBase: string;
  const dept: Record<string, string> = {};
  const copyDept: Record<string, string> = {};

  const get = (path: string) => t.as(owner).get(path);
  async function list(orgBase: string, path: string): Promise<Row[]> {
    const res = await get(`${orgBase}${path}${path.includes("?") ? "&" : "?"}limit=200`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  }
  /** Items without ids and timestamps, departments by name, in name order. */
  async function comparableItems(orgBase: string) {
    return (await list(orgBase, "/inventory-items?sort=name")).map(
      ({ id: _i, updatedAt: _u, departmentId: _d, ...rest }) => rest,
    );
  }
  async function comparableRisks(orgBase: string) {
    const rows = await list(orgBase, "/risks?sort=item");
    return rows.map((r) => Object.fromEntries(RISK_FIELDS.map((f) => [f, r[f]])));
  }
  /** What an import carries over: everything but the review, which only 見直し済み records. */
  const withoutReview = (rows: Record<string, unknown>[]) =>
    rows.map(({ lastReviewedOn: _l, lastReviewedBy: _b, assessed: _a, ...rest }) => rest);
  async function download(path: string) {
    const res = await get(`${base}${path}`);
    expect(res.statusCode, res.body).toBe(200);
    return { res, wb: await openWorkbook(res.rawPayload) };
  }

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("出力 担当");
    const orgId = await t.createOrg(owner, "株式会社しゅつりょく");
    const copyId = await t.createOrg(owner, "株式会社ふくせい");
    base = `/api/v1/orgs/${orgId}`;
    copyBase = `/api/v1/orgs/${copyId}`;
    for (const name of DEPTS) {
      dept[name] = (await t.as(owner).post(`${base}/departments`, { name })).json().id;
      copyDept[name] = (await t.as(owner).post(`${copyBase}/departments`, { name })).json().id;
    }
    const itemIds: string[] = [];
    for (const item of ITEMS(dept)) {
      const res = await t.as(owner).post(`${base}/inventory-items`, item);
      expect(res.statusCode, res.body).toBe(201);
      itemIds.push(res.json().id);
    }
    const risk = (itemId: string, extra: Row) =>
      t.as(owner).post(`${base}/risks`, {
        itemId,
        phase: "transfer",
        kind: "leak",
        likelihood: 2,
        impact: 2,
        ...extra,
      });
    const [staff, old] = itemIds as [string, string];
    await risk(staff, {
      phase: "disposal",
      kind: "loss",
      description: "廃棄時の紛失",
      likelihood: 3,
      impact: 3,
    });
    const reviewed = await risk(staff, {
      description: "給与明細の誤送信",
      countermeasure: "宛先の二重確認",
      residualLikelihood: 1,
      residualImpact: 2,
      reviewOn: "2025-03-31",
    });
    // Reviewed before the planned day: the plan stays, the review day is recorded.
    const mark = await t.as(owner).post(`${base}/risks/reviewed`, {
      ids: [reviewed.json().id],
      reviewedOn: "2025-03-15",
    });
    expect(mark.statusCode, mark.body).toBe(200);
    const accepted = await risk(staff, {
      description: "メール誤送信",
      kind: "leak",
      residualLikelihood: 1,
      residualImpact: 1,
    });
    await t.as(owner).post(`${base}/risks/${accepted.json().id}/accept`, {
      acceptedOn: "2024-05-01",
      acceptedBy: "代表取締役 山田",
    });
    await risk(old, {
      phase: "outsourcing",
      kind: "unlawful_provision",
      description: "委託先からの漏えい",
      likelihood: 1,
      impact: 3,
    });
    // A suggestion nobody has assessed yet (未評価): the library's 中 × 高 for dis-01.
    const suggested = await t.as(owner).post(`${base}/risks/from-suggestions`, {
      itemIds: [old],
      suggestionIds: ["dis-01"],
    });
    expect(suggested.statusCode, suggested.body).toBe(201);
  });
  afterAll(() => t.close());

  it("lays the register out for printing and names the file in Japanese", async () => {
    const { res, wb } = await download("/inventory-items/export.xlsx");
    const stamp = todayInJapan().replaceAll("-", "");
    expect(res.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="register_${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(`個人情報管理台帳_${stamp}.xlsx`)}`,
    );
    const ws = wb.getWorksheet("個人情報管理台帳") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("個人情報管理台帳");
    expect(ws.getCell("A2").value).toBe("株式会社しゅつりょく");
    expect(ws.getCell("A3").value).toBe(`出力日：${japaneseDate(todayInJapan())}`);
    expect(japaneseDate("2024-04-01")).toBe("2024年4月1日");
    const n = ws.getRow(5).cellCount;
    expect(n).toBe(30);
    expect([ws.getCell(1, n - 1).value, ws.getCell(1, n).value]).toEqual(["作成", "承認"]);
    expect(ws.getCell(2, n).isMerged && ws.getCell(3, n).master.address).toBe(
      ws.getCell(2, n).address,
    );
    expect(ws.getCell(2, n).border?.left?.style).toBe("thin");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.autoFilter).toBe(`A5:AD7`);
    // A3 at 75 %, name and department repeated (print-setup.test.ts computes it).
    expect(ws.pageSetup).toMatchObject({
      paperSize: 8,
      orientation: "landscape",
      fitToPage: false,
      scale: 75,
      printTitlesRow: "5:5",
      printTitlesColumn: "A:B",
    });
    const header = ws.getCell("A5");
    expect(header.value).toBe("個人情報の名称");
    expect(header.font?.bold).toBe(true);
    expect(header.font?.name).toBe("游ゴシック");
    expect(header.alignment?.wrapText).toBe(true);
    expect((header.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFDDEBF7");
    // Row 6: 従業者名簿 (sorted by name: 旧顧客リスト comes first in code-point order).
    const staffRow = ws.getRow(6).getCell(1).value === "従業者名簿" ? 6 : 7;
    const cell = (label: string) => {
      const col = (ws.getRow(5).values as unknown[]).indexOf(label);
      return ws.getRow(staffRow).getCell(col);
    };
    expect(cell("管理部門").value).toBe("総務部");
    expect(cell("個人情報の項目").value).toBe(
      "氏名［基本］、健康診断結果［健康］（要配慮）、口座番号",
    );
    expect(cell("媒体").value).toBe("紙・電子");
    expect(cell("取得方法").value).toBe("本人から直接書面で、第三者から");
    expect(cell("委託の有無").value).toBe("○");
    expect(cell("第三者提供の有無").value).toBe("×");
    expect(cell("特定日").value).toEqual(new Date(Date.UTC(2019, 3, 30)));
    expect(cell("特定日").numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(cell("状態").value).toBe("利用中");
    expect(cell("個人情報の名称").font?.name).toBe("游ゴシック");
  });

  it("lays the risk analysis out one row per item × phase × risk, with the computed levels", async () => {
    const { wb } = await download("/risks/export.xlsx");
    const ws = wb.getWorksheet("リスク分析表") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("リスク分析表");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.autoFilter).toBe("A5:R10");
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 8,
      printTitlesRow: "5:5",
    });
    const rows = [6, 7, 8, 9, 10].map((r) =>
      Array.from({ length: 18 }, (_, c) => {
        const v = ws.getRow(r).getCell(c + 1).value ?? null;
        return v instanceof Date ? v.toISOString().slice(0, 10) : v;
      }),
    );
    expect(ws.getRow(5).values).toEqual([
      undefined,
      "個人情報の名称",
      "管理部門",
      "フェーズ",
      "リスクの種類",
      "想定リスク",
      "発生可能性",
      "影響度",
      "固有リスク",
      "対策",
      "残存発生可能性",
      "残存影響度",
      "残存リスク",
      "評価状況",
      "受容者",
      "受容日",
      "最終見直し日",
      "見直し者",
      "見直し予定日",
    ]);
    expect(rows).toEqual([
      [
        "従業者名簿",
        "総務部",
        "移送・送信",
        "漏えい",
        "給与明細の誤送信",
        2,
        2,
        "中",
        "宛先の二重確認",
        1,
        2,
        "低",
        "評価済み",
        null,
        null,
        "2025-03-15",
        "出力 担当",
        "2025-03-31",
      ],
      [
        "従業者名簿",
        "総務部",
        "移送・送信",
        "漏えい",
        "メール誤送信",
        2,
        2,
        "中",
        null,
        1,
        1,
        "低",
        "評価済み",
        "代表取締役 山田",
        "2024-05-01",
        null,
        null,
        null,
      ],
      [
        "従業者名簿",
        "総務部",
        "消去・廃棄",
        "滅失",
        "廃棄時の紛失",
        3,
        3,
        "高",
        null,
        null,
        null,
        null,
        "評価済み",
        null,
        null,
        null,
        null,
        null,
      ],
      [
        // 未評価: the suggestion's ratings stay numbers (the import reads them), its level is
        // marked （提案）.
        "旧顧客リスト",
        null,
        "消去・廃棄",
        "漏えい",
        "書類を普通のごみとして捨て、外部の人の目に触れる",
        2,
        3,
        "（提案）高",
        "シュレッダーか溶解処理で読めない状態にする\nいつ何を廃棄したかを記録する",
        null,
        null,
        null,
        "未評価",
        null,
        null,
        null,
        null,
        null,
      ],
      [
        "旧顧客リスト",
        null,
        "委託",
        "違法な提供",
        "委託先からの漏えい",
        1,
        3,
        "中",
        null,
        null,
        null,
        null,
        "評価済み",
        null,
        null,
        null,
        null,
        null,
      ],
    ]);
    // 最終見直し日 (P) is a real date in the same format as 見直し予定日 (R).
    const [last, next] = [ws.getCell("P6"), ws.getCell("R6")];
    expect(last.value).toEqual(new Date(Date.UTC(2025, 2, 15)));
    expect([last.numFmt, next.numFmt]).toEqual(['yyyy"年"m"月"d"日"', 'yyyy"年"m"月"d"日"']);
    expect(last.alignment).toEqual(next.alignment);
  });

  it("re-imports its own exports without changing anything", async () => {
    const before = (await get(`${base}/audit-events?limit=1`)).json().total;
    const register = (await get(`${base}/inventory-items/export.xlsx`)).rawPayload;
    const r1 = await upload(t, owner, `${base}/inventory-items/import`, register, {
      mode: "commit",
    });
    expect(r1.json()).toEqual({
      mode: "commit",
      departmentsCreated: 0,
      created: 0,
      updated: 0,
      unchanged: 2,
      total: 2,
    });
    const risks = (await get(`${base}/risks/export.xlsx`)).rawPayload;
    const r2 = await upload(t, owner, `${base}/risks/import`, risks, { mode: "commit" });
    expect(r2.json()).toEqual({
      mode: "commit",
      items: 2,
      create: 0,
      update: 0,
      unchanged: 5,
      delete: 0,
      total: 5,
    });
    // The 未評価 row stays 未評価: 評価状況 and （提案）高 are read as nothing.
    const unassessed = await list(base, "/risks?assessed=false");
    expect(unassessed.map((r) => r.description)).toEqual([
      "書類を普通のごみとして捨て、外部の人の目に触れる",
    ]);
    // Only the two downloads were recorded: the imports changed nothing.
    const after = (await get(`${base}/audit-events?limit=2`)).json();
    expect(after.total).toBe(before + 2);
    expect(after.items.map((e: { entityId: string }) => e.entityId)).toEqual([
      "risks.xlsx",
      "inventory_items.xlsx",
    ]);
  });

  it("reproduces every field of the register and the risk analysis in another organization", async () => {
    const register = (await get(`${base}/inventory-items/export.xlsx`)).rawPayload;
    const r1 = await upload(t, owner, `${copyBase}/inventory-items/import`, register, {
      mode: "commit",
    });
    expect(r1.json()).toMatchObject({ created: 2, updated: 0 });
    expect(await comparableItems(copyBase)).toEqual(await comparableItems(base));
    const copied = await list(copyBase, "/inventory-items?sort=name");
    expect(copied.find((i) => i.name === "従業者名簿")?.departmentId).toBe(copyDept.総務部);

    const risks = (await get(`${base}/risks/export.xlsx`)).rawPayload;
    const r2 = await upload(t, owner, `${copyBase}/risks/import`, risks, { mode: "commit" });
    expect(r2.json()).toMatchObject({ items: 2, create: 5 });
    const original = await comparableRisks(base);
    expect(original).toHaveLength(5);
    const copy = await comparableRisks(copyBase);
    expect(withoutReview(copy)).toEqual(withoutReview(original));
    // The copy's rows were never reviewed there, whatever the file's 最終見直し日 and 見直し者
    // say.
    expect(original.some((r) => r.lastReviewedOn !== null)).toBe(true);
    expect(copy.map((r) => [r.lastReviewedOn, r.lastReviewedBy])).toEqual(
      Array.from({ length: 5 }, () => [null, null]),
    );
    // Rows an import creates are assessed by the importer (risk-plan.ts), 評価状況 or not.
    expect(copy.map((r) => r.assessed)).toEqual([true, true, true, true, true]);
  });
});
