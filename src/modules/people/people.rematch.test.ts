// People re-import without e-mail addresses: rows match stored people by 社員番号, else by
// name + department + joining date, and the preview says which rule matched each row.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dbKinds,
  sameOrigin,
  startTestApp,
  type TestApp,
  type TestUser,
} from "../../test/harness.ts";

const HEADER = ["社員番号", "氏名", "フリガナ", "部門", "雇用区分", "入社日"];
type Row = Array<string | null>;

async function workbook(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("従業者");
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(dbKinds)("people re-import matching (%s)", (kind) => {
  let t: TestApp;
  let owner: TestUser;
  let base: string;

  function upload(content: Buffer, mode?: string) {
    const boundary = `----mamori-test-${randomBytes(8).toString("hex")}`;
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="people.xlsx"\r\n` +
          "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n",
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app.inject({
      method: "POST",
      url: `${base}/people/import${mode ? `?mode=${mode}` : ""}`,
      headers: {
        cookie: owner.cookie,
        ...sameOrigin,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "accept-language": "ja",
      },
      payload,
    });
  }
  const people = async () =>
    (await t.as(owner).get(`${base}/people?limit=200`)).json() as {
      items: Array<{
        id: string;
        name: string;
        kana: string | null;
        employeeNumber: string | null;
      }>;
      total: number;
    };

  const first: Row[] = [
    ["E001", "山田 太郎", "ヤマダ タロウ", "総務部", "正社員", "2020/04/01"],
    [null, "佐藤 花子", "サトウ ハナコ", "総務部", "契約社員", "2021/04/01"],
    [null, "鈴木 一郎", "スズキ イチロウ", null, "パート", null],
  ];

  beforeAll(async () => {
    t = await startTestApp(kind);
    owner = await t.signUp("人事 担当");
    const orgId = await t.createOrg(owner, "株式会社さいとりこみ");
    base = `/api/v1/orgs/${orgId}`;
    await t.as(owner).post(`${base}/departments`, { name: "総務部" });
    const res = await upload(await workbook(first));
    expect(res.json()).toEqual({ created: 3, updated: 0, total: 3 });
  });
  afterAll(() => t.close());

  it("previews a re-import: each row names the rule that matched, nothing is written", async () => {
    const again = first.map((r) => [...r.slice(0, 2), `${r[2]}（更新）`, ...r.slice(3)]);
    const before = await people();
    const res = await upload(await workbook(again), "preview");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ mode: "preview", created: 0, updated: 3, unchanged: 0, total: 3 });
    expect(body.matches.map((m: { row: number; rule: string }) => [m.row, m.rule])).toEqual([
      [2, "employee_number"],
      [3, "name_department_joined"],
      [4, "name_department_joined"],
    ]);
    const byName = new Map(before.items.map((p) => [p.name, p.id]));
    expect(body.matches[1].personId).toBe(byName.get("佐藤 花子"));
    expect(await people()).toEqual(before);
  });

  it("updates instead of duplicating people without an e-mail", async () => {
    const again = first.map((r) => [...r.slice(0, 2), `${r[2]}（更新）`, ...r.slice(3)]);
    const res = await upload(await workbook(again));
    expect(res.json()).toEqual({ created: 0, updated: 3, total: 3 });
    const list = await people();
    expect(list.total).toBe(3);
    expect(list.items.map((p) => p.kana).sort()).toEqual(
      ["サトウ ハナコ（更新）", "スズキ イチロウ（更新）", "ヤマダ タロウ（更新）"].sort(),
    );
  });

  it("matches on 社員番号 even when the name changed, and keeps another number apart", async () => {
    const res = await upload(
      await workbook([
        ["Ｅ００１", "山田 太朗", "ヤマダ タロウ", "総務部", "正社員", "2020/04/01"],
        ["E999", "佐藤 花子", "サトウ ハナコ", "総務部", "契約社員", "2021/04/01"],
      ]),
      "preview",
    );
    // Full-width Ｅ００１ is E001. 佐藤 花子 has no number yet, so E999 can be hers.
    expect(res.json().matches.map((m: { rule: string | null }) => m.rule)).toEqual([
      "employee_number",
      "name_department_joined",
    ]);
    await upload(
      await workbook([["E999", "佐藤 花子", "サトウ ハナコ", "総務部", "契約社員", "2021/04/01"]]),
    );
    // Now she is E999: a row naming her with another number is somebody else.
    const other = await upload(
      await workbook([["E555", "佐藤 花子", "サトウ ハナコ", "総務部", "契約社員", "2021/04/01"]]),
      "preview",
    );
    expect(other.json()).toMatchObject({ created: 1, updated: 0 });
    expect(other.json().matches[0].rule).toBeNull();
  });

  it("refuses a row that matches two stored people, and one person twice", async () => {
    for (let i = 0; i < 2; i++)
      await t.as(owner).post(`${base}/people`, { name: "高橋 次郎", employmentType: "regular" });
    const res = await upload(
      await workbook([[null, "高橋 次郎", null, null, "正社員", null]]),
      "preview",
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors[0].message).toBe(
      "氏名・部門・入社日が同じ従業者が2名登録されているため、どの人か決められません。社員番号かメールアドレスを入れてください。",
    );
    const twice = await upload(
      await workbook([
        ["E001", "山田 太郎", null, "総務部", "正社員", "2020/04/01"],
        [null, "山田 太郎", null, "総務部", "正社員", "2020/04/01"],
      ]),
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details.errors[0]).toMatchObject({
      row: 3,
      message: "2行目と同じ従業者に当たります。",
    });
  });

  it("refuses the same 社員番号 twice in a file, and a wrong mode", async () => {
    const res = await upload(
      await workbook([
        ["E100", "伊藤 一", null, null, "正社員", null],
        ["E100", "伊藤 二", null, null, "正社員", null],
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors[0].message).toBe(
      "同じ社員番号がファイル内で重複しています（2行目）。",
    );
    const wrong = await upload(await workbook([]), "dry");
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty("mode");
  });

  it("refuses a 社員番号 another person has, on create", async () => {
    const res = await t
      .as(owner)
      .post(`${base}/people`, { name: "別人", employmentType: "regular", employeeNumber: "E001" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toEqual({
      employeeNumber: "この社員番号の従業者はすでに登録されています。",
    });
  });
});
