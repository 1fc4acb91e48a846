import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const HEADER = ["氏名", "フリガナ", "メールアドレス", "部門", "雇用区分", "入社日", "退職日"];
type Row = Array<string | Date | null>;

const family = [
  ["山田", "ヤマダ"],
  ["佐藤", "サトウ"],
  ["鈴木", "スズキ"],
  ["高橋", "タカハシ"],
  ["田中", "タナカ"],
  ["伊藤", "イトウ"],
  ["渡辺", "ワタナベ"],
  ["中村", "ナカムラ"],
  ["小林", "コバヤシ"],
  ["加藤", "カトウ"],
] as const;
const given = [
  ["太郎", "タロウ"],
  ["花子", "ハナコ"],
  ["一郎", "イチロウ"],
] as const;
const labels = ["正社員", "契約社員", "パート", "役員", "派遣社員"];
const depts = ["総務部", "営業部", null];

/** Person i of a generated staff list (e-mail `${prefix}${i + 1}@example.jp`). */
function staff(i: number, prefix = "p"): Row {
  const [f, fk] = family[i % 10] ?? ["", ""];
  const [g, gk] = given[Math.floor(i / 10) % 3] ?? ["", ""];
  return [
    `${f} ${g}`,
    `${fk} ${gk}`,
    `${prefix}${i + 1}@example.jp`,
    depts[i % 3] ?? null,
    labels[i % 5] ?? "正社員",
    new Date(Date.UTC(2015 + (i % 8), i % 12, 1 + (i % 28))),
    i === 29 ? "2024/03/31" : null,
  ];
}

async function workbook(rows: Row[], header = HEADER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("従業者");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(filename: string, content: Buffer, type: string) {
  const boundary = `----mamori-test-${randomBytes(8).toString("hex")}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
    `Content-Type: ${type}\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(head),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { boundary, payload };
}

function upload(
  t: TestApp,
  user: TestUser,
  orgId: string,
  filename: string,
  content: Buffer,
  type = XLSX_TYPE,
) {
  const { boundary, payload } = multipart(filename, content, type);
  return t.app.inject({
    method: "POST",
    url: `/api/v1/orgs/${orgId}/people/import`,
    headers: {
      cookie: user.cookie,
      ...sameOrigin,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "accept-language": "ja",
    },
    payload,
  });
}

describe.each(dbKinds)("people import and export (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let orgId: string;
  const deptIds: Record<string, string> = {};
  const people = async () => {
    const res = await t.as(owner).get(`/api/v1/orgs/${orgId}/people?limit=200`);
    return res.json() as { items: Array<Record<string, unknown>>; total: number };
  };
  const auditTotal = async (action: string) =>
    (
      await t.as(owner).get(`/api/v1/orgs/${orgId}/audit-events?entity=person&action=${action}`)
    ).json().total as number;

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("山田 花子");
    orgId = await t.createOrg(owner, "株式会社やまだ");
    for (const name of ["総務部", "営業部"]) {
      const res = await t.as(owner).post(`/api/v1/orgs/${orgId}/departments`, { name });
      deptIds[name] = res.json().id;
    }
  });
  afterAll(() => t.close());

  it("creates 30 people from an xlsx", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => staff(i));
    const res = await upload(t, owner, orgId, "people.xlsx", await workbook(rows));
    expect(res.json()).toEqual({ created: 30, updated: 0, total: 30 });
    const list = await people();
    expect(list.total).toBe(30);
    const byEmail = (e: string) => list.items.find((p) => p.email === e);
    expect(byEmail("p1@example.jp")).toMatchObject({
      name: "山田 太郎",
      kana: "ヤマダ タロウ",
      departmentId: deptIds.総務部,
      departmentName: "総務部",
      employmentType: "regular",
      joinedOn: "2015-01-01",
      leftOn: null,
    });
    expect(byEmail("p30@example.jp")).toMatchObject({
      name: "加藤 一郎",
      kana: "カトウ イチロウ",
      departmentId: null,
      employmentType: "dispatched",
      joinedOn: "2020-06-02",
      leftOn: "2024-03-31",
    });
    expect(await auditTotal("create")).toBe(30);
  });

  it("re-import updates changed people by e-mail instead of duplicating them", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => staff(i));
    for (const r of rows.slice(0, 5)) r[1] = `${r[1]}ー`;
    const res = await upload(t, owner, orgId, "people.xlsx", await workbook(rows));
    expect(res.json()).toEqual({ created: 0, updated: 5, total: 30 });
    expect((await people()).total).toBe(30);
    expect(await auditTotal("update")).toBe(5);
    const events = await t
      .as(owner)
      .get(`/api/v1/orgs/${orgId}/audit-events?entity=person&action=update`);
    expect(
      events.json().items.map((e: { changes: object }) => Object.keys(e.changes)),
    ).toContainEqual(["kana"]);
  });

  it("writes nothing when 3 rows of 50 are wrong, and names each row and column in Japanese", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => staff(i, "new"));
    (rows[9] as Row)[2] = "not-an-email";
    (rows[24] as Row)[3] = "経理部";
    (rows[46] as Row)[5] = "2024/02/30";
    const res = await upload(t, owner, orgId, "people.xlsx", await workbook(rows));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe("IMPORT_INVALID");
    expect(error.message).toBe("取り込みファイルに誤りがあります。1件も登録していません。");
    expect(error.details.errors).toEqual([
      {
        row: 11,
        column: "メールアドレス",
        value: "not-an-email",
        message: "メールアドレスの形式が正しくありません。",
      },
      { row: 26, column: "部門", value: "経理部", message: "部門「経理部」は登録されていません。" },
      {
        row: 48,
        column: "入社日",
        value: "2024/02/30",
        message: "日付は YYYY-MM-DD の形式の実在する日付で入力してください。",
      },
    ]);
    expect((await people()).total).toBe(30);
  });

  it("refuses an empty file", async () => {
    const res = await upload(t, owner, orgId, "people.xlsx", Buffer.alloc(0));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "FILE_EMPTY", message: "ファイルが空です。" });
  });

  it("refuses a broken xlsx and a PNG with a file-level error", async () => {
    const broken = Buffer.concat([Buffer.from("PK\x03\x04"), randomBytes(2000)]);
    const res = await upload(t, owner, orgId, "people.xlsx", broken);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toEqual([
      {
        row: 0,
        column: "",
        value: null,
        message: "ファイルを読み取れません。xlsx または csv 形式のファイルを選んでください。",
      },
    ]);
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const res2 = await upload(t, owner, orgId, "photo.png", png, "image/png");
    expect(res2.statusCode).toBe(400);
    expect(res2.json().error.details.errors[0].message).toBe(
      "対応していないファイル形式です。xlsx または csv を選んでください。",
    );
    expect((await people()).total).toBe(30);
  });

  it("imports a Shift_JIS CSV", async () => {
    const text = [
      "氏名,フリガナ,メールアドレス,部門,雇用区分,入社日,退職日",
      "髙橋 ①美,タカハシ イチミ,sjis1@example.jp,営業部,正社員,2023/4/1,",
      '"渡邊, 亜希子",ワタナベ アキコ,sjis2@example.jp,,アルバイト,令和5年10月1日,',
    ].join("\r\n");
    const res = await upload(
      t,
      owner,
      orgId,
      "従業者.csv",
      iconv.encode(text, "cp932"),
      "text/csv",
    );
    expect(res.json()).toEqual({ created: 2, updated: 0, total: 2 });
    const list = await people();
    expect(list.items.find((p) => p.email === "sjis1@example.jp")).toMatchObject({
      name: "髙橋 ①美",
      departmentName: "営業部",
      joinedOn: "2023-04-01",
    });
    expect(list.items.find((p) => p.email === "sjis2@example.jp")).toMatchObject({
      name: "渡邊, 亜希子",
      employmentType: "part_time",
      joinedOn: "2023-10-01",
    });
  });

  it("hides the organization from a member of another one (404) and refuses a viewer (403)", async () => {
    const file = await workbook([staff(0, "x")]);
    const stranger = await t.signUp("他社 一郎");
    await t.createOrg(stranger, "株式会社よそ");
    const res = await upload(t, stranger, orgId, "people.xlsx", file);
    expect(res.statusCode).toBe(404);
    const viewer = await t.signUp("審査 員子");
    await t.addMember(owner, orgId, viewer, "viewer");
    const res2 = await upload(t, viewer, orgId, "people.xlsx", file);
    expect(res2.statusCode).toBe(403);
    expect(res2.json().error.code).toBe("FORBIDDEN");
    expect((await people()).total).toBe(32);
  });

  it("exports an xlsx that opens with the import headers and re-imports with no changes", async () => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/orgs/${orgId}/people/export.xlsx`,
      headers: { cookie: owner.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(XLSX_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("従業者一覧");
    expect(ws?.rowCount).toBe(33);
    // The export adds 社員番号 after the import template's columns.
    expect(ws?.getRow(1).values).toEqual([undefined, ...HEADER, "社員番号"]);
    // Sorted by kana: イトウ イチロウ (伊藤 一郎, person 26) comes first.
    expect(ws?.getRow(2).values).toEqual([
      undefined,
      "伊藤 一郎",
      "イトウ イチロウ",
      "p26@example.jp",
      "営業部",
      "正社員",
      new Date(Date.UTC(2016, 1, 26)),
    ]);
    expect(ws?.getCell("F2").numFmt).toBe("yyyy/mm/dd");
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws?.autoFilter).toBe("A1:H1");
    expect(ws?.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape" });
    expect(ws?.getCell("A1").font).toMatchObject({ bold: true });
    expect(ws?.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid" });

    const again = await upload(t, owner, orgId, "people.xlsx", res.rawPayload);
    expect(again.json()).toEqual({ created: 0, updated: 0, total: 32 });
    expect((await people()).total).toBe(32);
  });

  it("updates only the columns a file has, keeping the others as stored", async () => {
    const partial = await workbook(
      [["山田 太郎", "p1@example.jp", "契約社員"]],
      ["氏名", "メールアドレス", "雇用区分"],
    );
    const res3 = await upload(t, owner, orgId, "people.xlsx", partial);
    expect(res3.json()).toEqual({ created: 0, updated: 1, total: 1 });
    const p1 = (await people()).items.find((p) => p.email === "p1@example.jp");
    expect(p1).toMatchObject({
      employmentType: "contract",
      kana: "ヤマダ タロウー",
      departmentName: "総務部",
    });
  });
});

describe.each(dbKinds)("people import upload limit (%s)", (kind) => {
  let t: TestApp;
  afterAll(() => t.close());

  it("answers 413 for a file over UPLOAD_LIMIT_MB", async () => {
    t = await startTestApp(kind, { UPLOAD_LIMIT_MB: "1" });
    const owner = await t.signUp();
    const orgId = await t.createOrg(owner);
    const res = await upload(
      t,
      owner,
      orgId,
      "big.csv",
      Buffer.alloc(1024 * 1024 + 10, "a"),
      "text/csv",
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
