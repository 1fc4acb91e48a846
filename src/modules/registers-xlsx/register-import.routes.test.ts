// 個人情報管理台帳 import through the real route: preview (writes nothing), mapping overrides,
// all-or-nothing commit with every bad cell reported, re-import, file problems, access.
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";
import { MESSY_DEPARTMENTS, messyLines, messyRegister } from "./messy-register.ts";
import { simpleWorkbook, toBuffer, upload } from "./test-support.ts";

type Item = Record<string, unknown> & { id: string; name: string };

describe.each(dbKinds)("register import (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let viewer: TestUser;
  let outsider: TestUser;
  let orgId: string;
  let base: string;
  const dept: Record<string, string> = {};
  const url = () => `${base}/inventory-items/import`;

  async function items(): Promise<Item[]> {
    const all: Item[] = [];
    for (let page = 1; ; page++) {
      const res = await t.as(owner).get(`${base}/inventory-items?limit=200&page=${page}`);
      const body = res.json() as { items: Item[]; total: number };
      all.push(...body.items);
      if (all.length >= body.total) return all;
    }
  }
  const auditTotal = async () =>
    (await t.as(owner).get(`${base}/audit-events?limit=1`)).json().total as number;

  beforeAll(async () => {
    // 0.5 MB, so the oversize case stays small.
    t = await startTestApp(kind, { UPLOAD_LIMIT_MB: "0.5" });
    owner = await t.signUp("台帳 取込");
    orgId = await t.createOrg(owner, "株式会社とりこみ");
    base = `/api/v1/orgs/${orgId}`;
    for (const name of MESSY_DEPARTMENTS) {
      const res = await t.as(owner).post(`${base}/departments`, { name });
      dept[name] = res.json().id;
    }
    viewer = await t.signUp("閲覧 者");
    await t.addMember(owner, orgId, viewer, "viewer");
    outsider = await t.signUp("他社 者");
    await t.createOrg(outsider, "他社");
  });
  afterAll(() => t.close());

  it("previews a messy workbook with the guessed mapping and writes nothing", async () => {
    const before = await auditTotal();
    const res = await upload(t, owner, url(), await messyRegister({ rows: 12 }));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      mode: "preview",
      sheets: ["個人情報台帳"],
      sheet: "個人情報台帳",
      headerRow: 4,
      rows: 12,
      create: 12,
      update: 0,
      unchanged: 0,
      errors: [],
      errorCount: 0,
    });
    const mapping = Object.fromEntries(
      body.columns.map((c: { header: string; field: string | null }) => [c.header, c.field]),
    );
    expect(mapping).toEqual({
      "No.": null,
      管理部署: "departmentId",
      個人情報の名称: "name",
      取得項目: "dataItems",
      利用目的: "purpose",
      媒体: "medium",
      取得方法: "acquisition",
      保存場所: "storageLocation",
      保管方法: "storageMethod",
      アクセス権者: "accessHolders",
      利用期限: "usePeriod",
      保存期間: "retentionPeriod",
      要配慮の有無: "sensitive",
      委託: "outsourced",
      特定日: "identifiedOn",
      件数: "count",
    });
    expect(body.columns[1]).toEqual({
      index: 1,
      header: "管理部署",
      field: "departmentId",
      confidence: "alias",
      samples: ["総務部", "営業部"],
    });
    expect(body.missingRequired).toEqual([]);
    expect(await items()).toEqual([]);
    expect(await auditTotal()).toBe(before);
  });

  it("commits a messy workbook: merged departments, 和暦 and Western dates, ○/× words, lists", async () => {
    const res = await upload(t, owner, url(), await messyRegister({ rows: 12 }), {
      mode: "commit",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      mode: "commit",
      departmentsCreated: 0,
      created: 12,
      updated: 0,
      unchanged: 0,
      total: 12,
    });
    const byName = new Map((await items()).map((i) => [i.name, i]));
    expect(byName.get("顧客名簿1")).toMatchObject({
      departmentId: dept.総務部,
      dataItems: [
        { name: "氏名", category: null, sensitive: false },
        { name: "住所", category: null, sensitive: false },
        { name: "病歴", category: null, sensitive: true },
      ],
      purpose: "商品の発送（1）",
      medium: "paper",
      acquisition: ["direct_written"],
      accessHolders: ["営業担当者", "管理者"],
      retentionPeriod: "1年",
      sensitive: true,
      outsourced: true,
      identifiedOn: "2024-04-01",
      count: "１２０",
    });
    expect(byName.get("顧客名簿3")).toMatchObject({
      departmentId: dept.総務部,
      medium: "both",
      identifiedOn: "2019-04-30",
      sensitive: false,
      outsourced: false,
      count: "約30",
    });
    expect(byName.get("顧客名簿6")).toMatchObject({ sensitive: null }); // "-": not answered
    expect(byName.get("顧客名簿11")).toMatchObject({
      departmentId: dept.営業部,
      acquisition: ["direct_written"],
      sensitive: false, // "No"
      identifiedOn: "2024-04-01",
    });
    expect(byName.get("顧客名簿12")).toMatchObject({
      departmentId: dept.営業部,
      acquisition: ["direct_written", "third_party"],
      medium: "electronic",
      dataItems: [
        { name: "氏名", category: null, sensitive: false },
        { name: "電話番号", category: null, sensitive: false },
        { name: "メールアドレス", category: null, sensitive: false },
      ],
    });
  });

  it("re-import updates the rows matched by 名称 + 管理部門 instead of duplicating them", async () => {
    const before = await auditTotal();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台帳");
    ws.addRow(["名称", "部門", "利用目的"]);
    ws.addRow(["顧客名簿1", "総務部", "新しい目的"]); // same as stored except the purpose
    ws.addRow(["顧客名簿2", "総務部", "商品の発送（2）"]); // unchanged
    ws.addRow(["顧客名簿1", "人事部", "別部門の同名台帳"]); // another department: new
    const preview = await upload(t, owner, url(), await toBuffer(wb));
    expect(preview.json()).toMatchObject({ create: 1, update: 1, unchanged: 1, errorCount: 0 });
    const res = await upload(t, owner, url(), await toBuffer(wb), { mode: "commit" });
    expect(res.json()).toEqual({
      mode: "commit",
      departmentsCreated: 0,
      created: 1,
      updated: 1,
      unchanged: 1,
      total: 3,
    });
    const all = await items();
    expect(all).toHaveLength(13);
    const updated = all.find((i) => i.name === "顧客名簿1" && i.departmentId === dept.総務部);
    // Only the mapped columns change: the data items stay as imported before.
    expect(updated).toMatchObject({
      purpose: "新しい目的",
      retentionPeriod: "1年",
      sensitive: true,
    });
    const events = (await t.as(owner).get(`${base}/audit-events?limit=10`)).json().items as Array<{
      action: string;
      changes: Record<string, unknown>;
    }>;
    expect(await auditTotal()).toBe(before + 2);
    expect(events.map((e) => e.action).sort()).toContain("update");
    expect(events.find((e) => e.action === "update")?.changes).toEqual({
      purpose: { old: "商品の発送（1）", new: "新しい目的" },
    });
  });

  it("uses the person's mapping instead of the guess", async () => {
    const file = await simpleWorkbook(
      ["名称", "メモ", "利用目的"],
      [["マッピング台帳", "人事担当者のみ", "採用選考"]],
    );
    const guess = await upload(t, owner, url(), file);
    expect(guess.json().columns.map((c: { field: string | null }) => c.field)).toEqual([
      "name",
      null,
      "purpose",
    ]);
    const mapping = { "1": "accessHolders", "2": null };
    const preview = await upload(t, owner, url(), file, { mapping });
    expect(preview.json().columns.map((c: { field: string | null }) => c.field)).toEqual([
      "name",
      "accessHolders",
      null,
    ]);
    const res = await upload(t, owner, url(), file, { mode: "commit", mapping });
    expect(res.statusCode, res.body).toBe(200);
    const item = (await items()).find((i) => i.name === "マッピング台帳");
    expect(item).toMatchObject({ accessHolders: ["人事担当者のみ"], purpose: null });
  });

  it("refuses a mapping that names an unknown field or drops the name column", async () => {
    const file = await simpleWorkbook(["名称", "利用目的"], [["x", "y"]]);
    const bad = await upload(t, owner, url(), file, { mapping: { "1": "colour" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toEqual({
      code: "MAPPING_INVALID",
      message: "列の対応付けに誤りがあります。",
      fields: { "mapping.1": "「colour」という項目はありません。" },
    });
    const noName = await upload(t, owner, url(), file, { mapping: { "0": null } }, { lang: "en" });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().error).toMatchObject({
      code: "HEADER_MISSING",
      message: 'The header row has no "個人情報の名称" column.',
    });
  });

  it("writes nothing when one cell of 300 is wrong, and reports exactly that cell (ja and en)", async () => {
    const before = await items();
    const beforeAudit = await auditTotal();
    const file = await messyRegister({ rows: 300, badRow: 57, suffix: "-B" });
    expect(messyLines(300)).toContain(57);
    const res = await upload(t, owner, url(), file, { mode: "commit" });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toEqual({
      code: "IMPORT_INVALID",
      message: "取り込みファイルに誤りがあります。1件も登録していません。",
      fields: { file: "取り込みファイルに誤りがあります。1件も登録していません。" },
      details: {
        errorCount: 1,
        errors: [
          {
            row: 57,
            column: "要配慮の有無",
            field: "sensitive",
            value: "たぶん",
            message: "○ か ×（有／無、はい／いいえ、Yes／No など）で入力してください。",
          },
        ],
      },
    });
    const en = await upload(t, owner, url(), file, { mode: "commit" }, { lang: "en" });
    expect(en.json().error.details.errors).toEqual([
      {
        row: 57,
        column: "要配慮の有無",
        field: "sensitive",
        value: "たぶん",
        message: "Use ○ or × (or yes/no words such as 有/無, はい/いいえ, Yes/No).",
      },
    ]);
    const preview = await upload(t, owner, url(), file);
    expect(preview.json()).toMatchObject({ rows: 300, create: 299, errorCount: 1 });
    expect(await items()).toEqual(before);
    expect(await auditTotal()).toBe(beforeAudit);
  });

  it("reports unknown departments, bad dates, choices and duplicate rows per cell", async () => {
    const file = await simpleWorkbook(
      ["個人情報の名称", "管理部門", "媒体", "特定日", "保有個人データ"],
      [
        ["台帳A", "経理部", "紙", "2024/4/1", "○"],
        ["台帳B", "総務部", "石板", "令和6年2月30日", "○"],
        ["台帳A", "経理部", "紙", null, "×"],
        ["台帳C", "総務部", "紙", null, "<b>有</b>"],
        ["", "総務部", "紙", null, null],
        ["台帳D", "総務部", "紙", null, null],
        ["台帳Ｄ", "総務部", "電子", null, null],
      ],
      [["個人情報管理台帳"], []],
    );
    const res = await upload(t, owner, url(), file);
    expect(res.json().errors).toEqual([
      {
        row: 4,
        column: "管理部門",
        field: "departmentId",
        value: "経理部",
        message: "部門「経理部」は登録されていません。",
      },
      {
        row: 5,
        column: "媒体",
        field: "medium",
        value: "石板",
        message: "次のいずれかを入力してください：「紙」「電子」「紙・電子」",
      },
      {
        row: 5,
        column: "特定日",
        field: "identifiedOn",
        value: "令和6年2月30日",
        message: "日付として読み取れません。2024/4/1 や 令和6年4月1日 のように入力してください。",
      },
      {
        row: 6,
        column: "管理部門",
        field: "departmentId",
        value: "経理部",
        message: "部門「経理部」は登録されていません。",
      },
      {
        row: 7,
        column: "保有個人データ",
        field: "retainedPersonalData",
        value: "<b>有</b>",
        message: "○ か ×（有／無、はい／いいえ、Yes／No など）で入力してください。",
      },
      { row: 8, column: "個人情報の名称", field: "name", value: null, message: "必須項目です。" },
      {
        row: 10,
        column: "個人情報の名称",
        field: "name",
        value: "台帳Ｄ",
        message: "同じ名称・管理部門の行がファイル内にすでにあります（9行目）。",
      },
    ]);
  });

  it("gives clear errors for empty, foreign, broken and oversize files", async () => {
    const good = await simpleWorkbook(["名称"], [["x"]]);
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const cases: Array<[Buffer, string, number, string]> = [
      [Buffer.alloc(0), "FILE_EMPTY", 400, "ファイルが空です。"],
      [png, "FILE_TYPE", 400, "対応していないファイル形式です。xlsx または csv を選んでください。"],
      [
        good.subarray(0, 300),
        "FILE_UNREADABLE",
        400,
        "ファイルを読み取れません。xlsx または csv 形式のファイルを選んでください。",
      ],
      [await simpleWorkbook(["名称", "利用目的"], []), "FILE_EMPTY", 400, "ファイルが空です。"],
      [
        Buffer.concat([good, Buffer.alloc(600 * 1024)]),
        "PAYLOAD_TOO_LARGE",
        413,
        "ファイルまたは入力が大きすぎます。",
      ],
    ];
    for (const [content, code, status, message] of cases) {
      const res = await upload(t, owner, url(), content, { mode: "commit" });
      expect(res.statusCode, code).toBe(status);
      expect(res.json().error).toMatchObject({ code, message });
    }
    // A JSON body is not an upload at all (415); a form without its file is FILE_MISSING.
    expect((await t.as(owner).post(url(), {})).json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const boundary = "----nofile";
    const noFile = await t.app.inject({
      method: "POST",
      url: url(),
      headers: {
        cookie: owner.cookie,
        ...sameOrigin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="mode"\r\n\r\ncommit\r\n--${boundary}--\r\n`,
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe("FILE_MISSING");
    const sheet = await upload(t, owner, url(), good, { sheet: "存在しない" });
    expect(sheet.json().error).toEqual({
      code: "SHEET_NOT_FOUND",
      message: "シート「存在しない」がファイルにありません。",
      fields: { sheet: "シート「存在しない」がファイルにありません。" },
    });
    const mode = await upload(t, owner, url(), good, { mode: "dry-run" });
    expect(mode.json().error.fields).toEqual({ mode: "選択肢から選んでください。" });
  });

  it("refreshes the planner's statistics after a large import (PGlite has no autovacuum)", async () => {
    const reltuples = async () => {
      const r = (await t.database.db.execute(
        sql`select reltuples::float8 as n from pg_class where relname = 'inventory_item'`,
      )) as unknown as { rows: { n: number }[] };
      return Number(r.rows[0]?.n);
    };
    const stored = (await items()).length;
    // Never analysed yet (-1), or counted before this import.
    expect(await reltuples()).toBeLessThan(stored + 600);
    const file = await messyRegister({ rows: 600, suffix: "-統計" });
    const res = await upload(t, owner, url(), file, { mode: "commit" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 600 });
    expect(await reltuples()).toBe(stored + 600);
  });

  it("lets a viewer read but not import, and answers 404 to another organization", async () => {
    const file = await simpleWorkbook(["名称"], [["閲覧者の台帳"]]);
    const res = await upload(t, viewer, url(), file, { mode: "commit" });
    expect(res.statusCode).toBe(403);
    const other = await upload(t, outsider, url(), file, { mode: "commit" });
    expect(other.statusCode).toBe(404);
    expect((await items()).some((i) => i.name === "閲覧者の台帳")).toBe(false);
  });
});
