import ExcelJS from "exceljs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parsePeopleFile } from "./people.parse.ts";

const departments = [{ id: "d1", name: "総務部" }];

/** The parser's contract: it resolves (never throws) with rows or errors, each well formed. */
async function parsesSafely(buffer: Buffer, filename: string) {
  const r = await parsePeopleFile(buffer, filename, departments);
  expect(r.rows.length + r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(typeof e.key).toBe("string");
    expect(Number.isInteger(e.row)).toBe(true);
  }
  for (const row of r.rows) expect(row.value.name.length).toBeGreaterThan(0);
  return r;
}

const fileName = fc.constantFrom("people.csv", "people.xlsx", "people.txt", "people.png", "x");
const pieces = fc.constantFrom(
  "氏名",
  "雇用区分",
  "メール",
  "入社日",
  "部門",
  "正社員",
  "総務部",
  "2024/4/1",
  "令和元年5月1日",
  "a@example.jp",
  '"',
  '""',
  ",",
  "\n",
  "\r\n",
  "\t",
  "\ufeff",
  "",
);
const csvish = fc
  .array(fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 8 }), {
    maxLength: 30,
  })
  .map((rows) => rows.map((r) => r.join(",")).join("\r\n"));

const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 20 }),
  pieces,
  fc.double({ noNaN: true }),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.boolean(),
  fc.date({
    noInvalidDate: true,
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(9999, 0, 1)),
  }),
  fc.string({ maxLength: 10 }).map((text) => ({ richText: [{ text }, { text: "子" }] })),
  fc.string({ maxLength: 10 }).map((text) => ({ text, hyperlink: `mailto:${text}` })),
  fc.oneof(fc.string({ maxLength: 10 }), fc.integer()).map((result) => ({ formula: "A1", result })),
  fc.constant({ error: "#N/A" }),
);

describe("parsePeopleFile never throws", () => {
  it("on random bytes, with or without a ZIP or BOM prefix", async () => {
    const prefix = fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xef, 0xbb, 0xbf], [0xff, 0xfe]);
    await fc.assert(
      fc.asyncProperty(
        prefix,
        fc.uint8Array({ maxLength: 600 }),
        fileName,
        async (p, bytes, name) => {
          await parsesSafely(Buffer.from([...p, ...bytes]), name);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on CSV-ish text in UTF-8 and Shift_JIS", async () => {
    await fc.assert(
      fc.asyncProperty(csvish, fc.boolean(), async (text, sjis) => {
        await parsesSafely(sjis ? iconv.encode(text, "cp932") : Buffer.from(text), "people.csv");
      }),
      { numRuns: 300 },
    );
  });

  it("on generated workbooks with random cell values", async () => {
    const sheet = fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(sheet, fc.boolean(), async (rows, withHeader) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("s");
        if (withHeader) ws.addRow(["氏名", "雇用区分", "入社日", "メール", "部門", "退職日"]);
        for (const r of rows) ws.addRow(r);
        const buffer = Buffer.from(await wb.xlsx.writeBuffer());
        await parsesSafely(buffer, "people.xlsx");
      }),
      { numRuns: 60 },
    );
  });
});

describe("parsePeopleFile on damaged workbooks", () => {
  it("never throws on a real xlsx that was truncated or had bytes overwritten", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["氏名", "雇用区分", "入社日"]);
    for (let i = 0; i < 20; i++)
      ws.addRow([`人${i}`, "正社員", new Date(Date.UTC(2020, 0, i + 1))]);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const damage = fc.record({
      cut: fc.integer({ min: 4, max: good.length }),
      writes: fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
        maxLength: 8,
      }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ cut, writes }) => {
        const bad = Buffer.from(good.subarray(0, cut));
        for (const [at, byte] of writes) if (at < bad.length) bad[at] = byte;
        await parsesSafely(bad, "people.xlsx");
      }),
      { numRuns: 150 },
    );
  });
});

describe("CSV round trip", () => {
  const plain = (max: number) =>
    fc
      .string({ minLength: 1, maxLength: max, unit: "grapheme" })
      .filter((s) => s.trim() === s && s !== "" && !/[<>\p{Cc}\ufffd]/u.test(s));
  const person = fc.record({
    name: plain(30),
    kana: fc.option(plain(30), { nil: null }),
    email: fc.option(fc.stringMatching(/^[a-z0-9]{1,12}$/), { nil: null }),
    employmentType: fc.constantFrom("officer", "regular", "contract", "part_time", "dispatched"),
    joinedOn: fc.option(
      fc.date({ noInvalidDate: true, min: new Date("1990-01-01"), max: new Date("2040-12-31") }),
      { nil: null },
    ),
  });
  const quote = (s: string | null) => `"${(s ?? "").replaceAll('"', '""')}"`;

  it("reads back exactly what was written, quotes, commas and newlines included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(person, {
          minLength: 1,
          maxLength: 20,
          selector: (p) => p.email ?? Symbol(),
        }),
        async (people) => {
          const expected = people.map((p, i) => ({
            line: i + 2,
            value: {
              ...p,
              email: p.email ? `${p.email}@example.jp` : null,
              departmentId: null,
              joinedOn: p.joinedOn ? p.joinedOn.toISOString().slice(0, 10) : null,
              leftOn: null,
              userId: null,
            },
          }));
          const lines = expected.map(({ value: v }) =>
            [v.name, v.kana, v.email, v.employmentType, v.joinedOn].map(quote).join(","),
          );
          const text = ["氏名,フリガナ,メールアドレス,雇用区分,入社日", ...lines].join("\r\n");
          const r = await parsePeopleFile(Buffer.from(text), "p.csv");
          expect(r.errors).toEqual([]);
          expect(r.rows).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
