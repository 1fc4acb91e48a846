import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../shared/table-file/csv-text.ts";
import { parsePeopleFile } from "./people.parse.ts";

const HEADER = "氏名,フリガナ,メールアドレス,部門,雇用区分,入社日,退職日";
const departments = [
  { id: "d-soumu", name: "総務部" },
  { id: "d-eigyo", name: "営業部" },
];
const csv = (...lines: string[]) => Buffer.from(lines.join("\r\n"));
const parseCsvFile = (buf: Buffer, name = "people.csv") => parsePeopleFile(buf, name, departments);

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名簿");
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const person = (over: Record<string, unknown> = {}) => ({
  name: "山田 太郎",
  kana: "ヤマダ タロウ",
  email: "taro@example.jp",
  departmentId: "d-soumu",
  employmentType: "regular",
  joinedOn: "2020-04-01",
  leftOn: null,
  userId: null,
  ...over,
});

describe("CSV", () => {
  const body = [
    HEADER,
    "山田 太郎,ヤマダ タロウ,Taro@Example.jp,総務部,正社員,2020-04-01,",
    "佐藤 次郎,,,営業部,パート・アルバイト,2021/4/1,2023年3月31日",
  ];
  const expected = [
    { line: 2, value: person() },
    {
      line: 3,
      value: person({
        name: "佐藤 次郎",
        kana: null,
        email: null,
        departmentId: "d-eigyo",
        employmentType: "part_time",
        joinedOn: "2021-04-01",
        leftOn: "2023-03-31",
      }),
    },
  ];

  it("reads UTF-8 without a BOM", async () => {
    const r = await parseCsvFile(csv(...body));
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual(expected);
    expect(r.fields).toEqual([
      "name",
      "kana",
      "email",
      "departmentId",
      "employmentType",
      "joinedOn",
      "leftOn",
    ]);
  });

  it("reads UTF-8 with a BOM", async () => {
    const r = await parseCsvFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(...body)]));
    expect(r).toMatchObject({ errors: [], rows: expected });
  });

  it("reads Shift_JIS (cp932, with NEC extension characters)", async () => {
    const lines = [...body, "髙橋 ①子,タカハシ イチコ,,,役員,,"];
    const r = await parseCsvFile(iconv.encode(lines.join("\r\n"), "cp932"));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.value.name)).toEqual(["山田 太郎", "佐藤 次郎", "髙橋 ①子"]);
    expect(r.rows[2]?.value.employmentType).toBe("officer");
  });

  it("reads UTF-16 with a BOM and tab separators (Excel's Unicode text)", async () => {
    const tsv = ["氏名\t雇用区分", "山田 太郎\t正社員"].join("\r\n");
    const r = await parseCsvFile(
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tsv, "utf16le")]),
      "a.txt",
    );
    expect(r.rows).toEqual([
      { line: 2, value: person({ kana: null, email: null, departmentId: null, joinedOn: null }) },
    ]);
  });

  it("handles quoted commas, newlines and escaped quotes, numbering rows as records", async () => {
    const r = await parseCsvFile(
      csv(
        HEADER,
        '"鈴木, ""花"" 子","スズキ\nハナコ",hana@example.jp,,契約社員,,',
        "田中 一,,,,派遣,,",
      ),
    );
    expect(r.rows[0]).toEqual({
      line: 2,
      value: person({
        name: '鈴木, "花" 子',
        kana: "スズキ\nハナコ",
        email: "hana@example.jp",
        departmentId: null,
        employmentType: "contract",
        joinedOn: null,
      }),
    });
    expect(r.rows[1]?.line).toBe(3);
  });

  it("parses RFC 4180 edge cases", () => {
    expect(parseCsv('a,"b""c",\r\n"x\r\ny",z')).toEqual([
      ["a", 'b"c', ""],
      ["x\r\ny", "z"],
    ]);
    expect(parseCsv('""\n')).toEqual([[""]]);
    expect(parseCsv("a\tb", "\t")).toEqual([["a", "b"]]);
  });
});

describe("xlsx", () => {
  it("finds the header below a title row and reads rich text, links, formulas and dates", async () => {
    const buf = await xlsx([
      ["従業者名簿（2024年4月現在）"],
      [],
      ["No.", "氏名", "ﾌﾘｶﾞﾅ", "メール", "所属", "雇用形態", "入社日"],
      [
        1,
        { richText: [{ text: "山田 " }, { text: "太郎", font: { bold: true } }] },
        "ヤマダ タロウ",
        { text: "taro@example.jp", hyperlink: "mailto:taro@example.jp" },
        { formula: '"総務"&"部"', result: "総務部" },
        "正社員",
        new Date(Date.UTC(2020, 3, 1)),
      ],
      [],
      [2, "佐藤 次郎", null, null, null, "regular", 45383],
      [3], // a template's pre-numbered empty line
    ]);
    const r = await parsePeopleFile(buf, "名簿.xlsx", departments);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { line: 4, value: person() },
      {
        line: 6,
        value: person({
          name: "佐藤 次郎",
          kana: null,
          email: null,
          departmentId: null,
          joinedOn: "2024-04-01",
        }),
      },
    ]);
    expect(r.fields).not.toContain("leftOn");
  });

  it("accepts English headers", async () => {
    const buf = await xlsx([
      ["Name", "Kana", "E-mail", "Department", "Employment type", "Joined on", "Left on"],
      ["Ann Lee", "", "ann@example.jp", "営業部", "dispatched", "2024-01-15", "2024-12-31"],
    ]);
    const r = await parsePeopleFile(buf, "people.xlsx", departments);
    expect(r.rows[0]?.value).toEqual(
      person({
        name: "Ann Lee",
        kana: null,
        email: "ann@example.jp",
        departmentId: "d-eigyo",
        employmentType: "dispatched",
        joinedOn: "2024-01-15",
        leftOn: "2024-12-31",
      }),
    );
  });
});

describe("dates and full-width characters", () => {
  it.each([
    ["2024-04-01", "2024-04-01"],
    ["2024/4/1", "2024-04-01"],
    ["2024年4月1日", "2024-04-01"],
    ["２０２４／０４／０１", "2024-04-01"],
    ["2024/04/01 0:00:00", "2024-04-01"],
    ["2024-04-01T00:00:00+09:00", "2024-04-01"],
    ["20240401", "2024-04-01"],
    ["45383", "2024-04-01"],
    ["令和6年4月1日", "2024-04-01"],
    ["令和元年5月1日", "2019-05-01"],
    ["H31.4.30", "2019-04-30"],
  ])("reads %s as %s", async (typed, iso) => {
    const r = await parseCsvFile(csv("氏名,雇用区分,入社日", `山田,正社員,${typed}`));
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.value.joinedOn).toBe(iso);
  });

  it("folds full-width e-mail addresses and header names", async () => {
    const r = await parseCsvFile(
      csv("氏　名,メール　アドレス,雇用区分", "山田,ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ,ﾊﾟｰﾄ"),
    );
    expect(r.rows[0]?.value).toMatchObject({
      email: "taro@example.jp",
      employmentType: "part_time",
    });
  });
});

describe("errors", () => {
  const file = (...rows: string[]) => parseCsvFile(csv(HEADER, ...rows));
  const fileError = (key: string, row = 0, params?: object) => ({
    rows: [],
    fields: [],
    errors: [{ row, column: "", value: null, key, ...(params ? { params } : {}) }],
  });

  it("names row, column (as written), value and key of every bad cell", async () => {
    const r = await parseCsvFile(
      csv(
        "氏名,メール,所属,雇用区分,入社日,退職日",
        ",bad-mail,経理部,社長,2024-02-30,",
        "山田,a@example.jp,総務部,正社員,2024-04-01,2024-03-31",
        "<b>x</b>,A@example.jp,営業部,正社員,,",
        `${"あ".repeat(101)},,,正社員,,`,
      ),
    );
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([
      { row: 2, column: "氏名", value: null, key: "required" },
      { row: 2, column: "メール", value: "bad-mail", key: "invalid_email" },
      {
        row: 2,
        column: "所属",
        value: "経理部",
        key: "unknown_department",
        params: { value: "経理部" },
      },
      { row: 2, column: "雇用区分", value: "社長", key: "invalid_employment_type" },
      { row: 2, column: "入社日", value: "2024-02-30", key: "invalid_date" },
      { row: 3, column: "退職日", value: "2024-03-31", key: "date_range_invalid" },
      { row: 4, column: "氏名", value: "<b>x</b>", key: "html_not_allowed" },
      {
        row: 4,
        column: "メール",
        value: "A@example.jp",
        key: "duplicate_in_file",
        params: { line: 3 },
      },
      { row: 5, column: "氏名", value: "あ".repeat(101), key: "too_long", params: { max: 100 } },
    ]);
  });

  it("reports a missing employment type as required", async () => {
    const r = await file("山田,,,,,,");
    expect(r.errors).toEqual([{ row: 2, column: "雇用区分", value: null, key: "required" }]);
  });

  it("reports a department name that two departments share", async () => {
    const r = await parsePeopleFile(csv("氏名,部門,雇用区分", "山田,総務部,役員"), "a.csv", [
      ...departments,
      { id: "d-2", name: "総務部" },
    ]);
    expect(r.errors[0]).toMatchObject({ row: 2, column: "部門", key: "ambiguous_department" });
  });

  it("reports missing headers with the expected Japanese name", async () => {
    expect((await parseCsvFile(csv("名前だけ,部門", "山田,総務部"))).errors).toEqual([
      { row: 1, column: "氏名", value: null, key: "HEADER_MISSING", params: { column: "氏名" } },
    ]);
    expect((await parseCsvFile(csv("", "氏名,部門", "山田,総務部"))).errors).toEqual([
      {
        row: 2,
        column: "雇用区分",
        value: null,
        key: "HEADER_MISSING",
        params: { column: "雇用区分" },
      },
    ]);
  });

  it("refuses empty files, header-only files and more than 5,000 rows", async () => {
    expect(await parseCsvFile(Buffer.alloc(0))).toEqual(fileError("FILE_EMPTY"));
    expect(await parseCsvFile(Buffer.from("\ufeff\r\n , \r\n"))).toEqual(fileError("FILE_EMPTY"));
    expect(await file()).toEqual(fileError("FILE_EMPTY", 1));
    const many = Array.from({ length: 5001 }, (_, i) => `人${i},,,,正社員,,`);
    expect(await file(...many)).toEqual(fileError("TOO_MANY_ROWS", 5002, { max: 5000 }));
    expect((await file(...many.slice(1))).rows).toHaveLength(5000);
  });

  it("refuses broken xlsx and binary garbage as unreadable", async () => {
    const brokenZip = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.alloc(300, 0x41),
    ]);
    expect(await parseCsvFile(brokenZip, "people.xlsx")).toEqual(fileError("FILE_UNREADABLE"));
    const garbage = Buffer.from([0x00, 0x01, 0x02, 0xfe, 0x10, 0x80, 0x00, 0x1b]);
    expect(await parseCsvFile(garbage, "people.csv")).toEqual(fileError("FILE_UNREADABLE"));
  });

  it("refuses images and PDFs as the wrong type", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await parseCsvFile(png, "people.csv")).toEqual(fileError("FILE_TYPE"));
    expect(await parseCsvFile(Buffer.from("%PDF-1.7\n%âãÏÓ\n"), "a.pdf")).toEqual(
      fileError("FILE_TYPE"),
    );
  });
});
