import { deflateRawSync, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkArchive, inflateEntry, rowAllowance } from "./check-archive.ts";
import { UploadRefused } from "./refusal.ts";
import { sheetNames } from "./sheet-names.ts";
import {
  buildZip,
  manyRowsSheet,
  sheetXml,
  type TestEntry,
  workbook,
  workbookEntries,
  zeroBomb,
} from "./test-zip.ts";
import { countValueRows } from "./xml-rows.ts";
import { readZipDirectory, type ZipLimits } from "./zip-directory.ts";

const MB = 1024 * 1024;
const limits: ZipLimits = {
  zipEntries: 200,
  zipEntryBytes: 50 * MB,
  zipTotalBytes: 100 * MB,
  zipRatio: 200,
};

function verdict(buf: Buffer, options: { maxRows?: number } = {}) {
  try {
    checkArchive(buf, limits, options);
    return "ok";
  } catch (err) {
    if (!(err instanceof UploadRefused)) throw err;
    const { kind, code, params, fieldKey } = err.refusal;
    return { kind, code, ...(params ? { params } : {}), ...(fieldKey ? { fieldKey } : {}) };
  }
}

describe("zeroBomb (test helper)", () => {
  it("is a valid deflate stream of exactly that many zeros", () => {
    const out = inflateRawSync(zeroBomb(16 * MB));
    expect(out.length).toBe(16 * MB);
    expect(out.every((b) => b === 0)).toBe(true);
    expect(zeroBomb(2 ** 31).length).toBeLessThan(2.2 * MB);
  });
});

describe("inflateEntry", () => {
  it("inflates honest entries, stored or deflated", () => {
    const buf = buildZip([
      { name: "a.xml", data: "<a>deflated</a>" },
      { name: "b.xml", data: "<b>stored</b>", method: 0 },
    ]);
    const texts = readZipDirectory(buf, limits).entries.map((e) => inflateEntry(buf, e).toString());
    expect(texts).toEqual(["<a>deflated</a>", "<b>stored</b>"]);
  });

  it("stops a declared-size lie at the declared size: 2 GiB of zeros declared as 1,000 bytes", () => {
    const buf = workbook({ compressed: zeroBomb(2 ** 31), declaredSize: 1000 });
    const started = performance.now();
    expect(verdict(buf)).toEqual({
      kind: "too_large",
      code: "UPLOAD_ZIP_SIZE_MISMATCH",
      params: { entry: "xl/worksheets/sheet1.xml", declared: 1000 },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("stops a lie declared just under the limits (49 MB, ratio 47) at 49 MB", () => {
    const declared = 49 * MB;
    const buf = buildZip([
      { name: "xl/sharedStrings.xml", compressed: zeroBomb(2 ** 31), declaredSize: declared },
    ]);
    const rssBefore = process.memoryUsage().rss;
    expect(verdict(buf)).toMatchObject({ code: "UPLOAD_ZIP_SIZE_MISMATCH", params: { declared } });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * MB);
  });

  it("refuses a stored entry longer than it says, and deflate data that does not inflate", () => {
    const stored = buildZip([{ name: "a", data: "0123456789", method: 0, declaredSize: 4 }]);
    expect(verdict(stored)).toMatchObject({ code: "UPLOAD_ZIP_SIZE_MISMATCH" });
    const broken = buildZip([
      { name: "a", compressed: Buffer.from([0xff, 0xff, 0xff]), declaredSize: 10 },
    ]);
    expect(verdict(broken)).toEqual({ kind: "validation", code: "FILE_UNREADABLE" });
    const truncated = buildZip([
      { name: "a", compressed: zeroBomb(MB).subarray(0, 500), declaredSize: MB },
    ]);
    expect(verdict(truncated)).toEqual({ kind: "validation", code: "FILE_UNREADABLE" });
  });
});

describe("countValueRows", () => {
  const count = (rows: string, stopAfter?: number) =>
    countValueRows(Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`), stopAfter);

  it("counts rows with a value or inline text, not empty, formula-only or style-only rows", () => {
    expect(count('<row r="1"><c r="A1"><v>1</v></c></row>')).toBe(1);
    expect(count('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')).toBe(1);
    expect(count('<row><c t="inlineStr"><is><t>名簿</t></is></c></row>')).toBe(1);
    expect(
      count('<row><c t="inlineStr"><is><r><rPr/><t xml:space="preserve">a</t></r></is></c></row>'),
    ).toBe(1);
    expect(count('<row><c t="str"><f>A1&amp;""</f><v></v></c></row>')).toBe(0);
    expect(count('<row><c><v/></c><c s="3"/></row><row r="2"/><row r="3"></row>')).toBe(0);
    expect(count('<row><c t="inlineStr"><is><t></t></is></c></row>')).toBe(0);
    expect(count("<row><c><f>1+1</f><v>2</v></c></row>")).toBe(1);
  });

  it("reads prefixed names, CDATA, comments and '>' inside attribute values", () => {
    expect(count('<x:row r="1"><x:c><x:v>1</x:v></x:c></x:row>')).toBe(1);
    expect(count("<row><c><is><t><![CDATA[a<b]]></t></is></c></row>")).toBe(1);
    expect(count("<row><c><is><t><![CDATA[]]></t></is></c></row>")).toBe(0);
    expect(count("<row><c><v><!-- nothing --></v></c></row>")).toBe(0);
    expect(
      count("<row spans=\"a>b\"><c><v>1</v></c></row><row foo='>'><c><v>2</v></c></row>"),
    ).toBe(2);
    expect(count("<rowBreaks><brk id='1'/></rowBreaks><row><c><v>1</v></c></row>")).toBe(1);
    expect(count("<row><c><vv>1</vv><tt>2</tt></c></row>")).toBe(0);
  });

  it("counts a large sheet and stops early once past the allowance", () => {
    const sheet = manyRowsSheet(50_000);
    expect(countValueRows(sheet)).toBe(50_000);
    expect(countValueRows(sheet, 100)).toBe(101);
  });
});

describe("sheetNames", () => {
  it("maps worksheet parts to sheet names through the workbook and its rels", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("表紙");
    wb.addWorksheet("台帳 & <メモ>");
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const parts = new Map<string, string>();
    for (const e of readZipDirectory(buf, limits).entries)
      if (/\.rels$|workbook\.xml$/.test(e.name)) parts.set(e.name, inflateEntry(buf, e).toString());
    expect(sheetNames(parts)).toEqual(
      new Map([
        ["xl/worksheets/sheet1.xml", "表紙"],
        ["xl/worksheets/sheet2.xml", "台帳 & <メモ>"],
      ]),
    );
    expect(sheetNames(new Map())).toEqual(new Map());
  });
});

describe("checkArchive", () => {
  it("accepts a workbook exceljs wrote and reports its value rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台帳");
    ws.addRow(["名称", "利用目的"]);
    for (let i = 0; i < 50; i++) ws.addRow([`台帳${i}`, { formula: "1+1", result: 2 }]);
    ws.addRow([{ formula: 'IF(1,"","")', result: "" }]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const check = checkArchive(buf, limits, { maxRows: 100 });
    expect(check.rows).toEqual(new Map([["xl/worksheets/sheet1.xml", 51]]));
  });

  it("refuses a sheet with more value rows than the import's allowance, naming it", () => {
    const maxRows = 1000;
    expect(rowAllowance(maxRows)).toBe(1031);
    expect(verdict(workbook({ data: manyRowsSheet(1031) }), { maxRows })).toBe("ok");
    expect(
      verdict(workbook({ data: manyRowsSheet(200_000) }, [], "顧客台帳"), { maxRows }),
    ).toEqual({
      kind: "validation",
      code: "TOO_MANY_ROWS",
      params: { max: 1000, sheet: "顧客台帳" },
      fieldKey: "TOO_MANY_ROWS_IN_SHEET",
    });
    // Without a workbook part there is no name to give: the limit alone.
    const bare = buildZip([{ name: "xl/worksheets/sheet1.xml", data: manyRowsSheet(1032) }]);
    expect(verdict(bare, { maxRows })).toEqual({
      kind: "validation",
      code: "TOO_MANY_ROWS",
      params: { max: 1000 },
      fieldKey: "TOO_MANY_ROWS_IN_FILE",
    });
    expect(verdict(bare)).toBe("ok");
  });

  it("refuses a huge sharedStrings part, honest or lying about its size", () => {
    const strings = Buffer.from(`<sst>${"<si><t>あいうえお</t></si>".repeat(1_700_000)}</sst>`);
    expect(strings.length).toBeGreaterThan(50 * MB);
    const compressed = deflateRawSync(strings, { level: 1 });
    const part = (declaredSize: number): TestEntry => ({
      name: "xl/sharedStrings.xml",
      compressed,
      declaredSize,
    });
    const honest = workbook(undefined, [part(strings.length)]);
    expect(honest.length).toBeLessThan(2 * MB);
    expect(verdict(honest)).toMatchObject({ code: "UPLOAD_ZIP_ENTRY_TOO_LARGE" });
    const lying = workbook(undefined, [part(900_000)]);
    expect(verdict(lying)).toMatchObject({ code: "UPLOAD_ZIP_SIZE_MISMATCH" });
  });

  it("checks the directory of an archive inside the archive", () => {
    const inner = buildZip([
      { name: "bomb.bin", compressed: zeroBomb(2 ** 31), declaredSize: 2 ** 31 },
    ]);
    const nested: TestEntry = { name: "xl/embeddings/package.zip", data: inner, method: 0 };
    expect(verdict(workbook(undefined, [nested]))).toEqual({
      kind: "too_large",
      code: "UPLOAD_ZIP_ENTRY_TOO_LARGE",
      params: { max: 50 },
    });
    const manyInside = buildZip(Array.from({ length: 300 }, (_, i) => ({ name: `${i}` })));
    expect(
      verdict(workbook(undefined, [{ name: "xl/media/a.zip", data: manyInside, method: 0 }])),
    ).toMatchObject({
      code: "UPLOAD_ZIP_TOO_MANY_ENTRIES",
    });
    // Inner declared sizes count towards the total, all inner archives together.
    const big = buildZip([{ name: "x", compressed: Buffer.alloc(MB), declaredSize: 45 * MB }]);
    const twice = workbook(undefined, [
      { name: "xl/embeddings/1.zip", data: big, method: 0 },
      { name: "xl/embeddings/2.zip", data: big, method: 0 },
      { name: "xl/embeddings/3.zip", data: big, method: 0 },
    ]);
    expect(verdict(twice)).toMatchObject({ code: "UPLOAD_ZIP_TOTAL_TOO_LARGE" });
    // Bytes that only start like a ZIP are left alone; so is an embedded honest workbook.
    const fake = Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(100, 7)]);
    expect(verdict(workbook(undefined, [{ name: "xl/media/image1.bin", data: fake }]))).toBe("ok");
    expect(
      verdict(workbook(undefined, [{ name: "xl/embeddings/book.xlsx", data: workbook() }])),
    ).toBe("ok");
  });

  it("judges the entries of the 200-entry limit with each other", () => {
    const entries = workbookEntries(
      undefined,
      Array.from({ length: 196 }, (_, i) => ({ name: `xl/media/${i}.txt`, data: "x" })),
    );
    expect(entries).toHaveLength(201);
    expect(verdict(buildZip(entries))).toMatchObject({ code: "UPLOAD_ZIP_TOO_MANY_ENTRIES" });
    expect(verdict(buildZip(entries.slice(1)))).toBe("ok");
  });

  it("reads the sheet it accepted the same as exceljs reads it", () => {
    const buf = workbook({ data: sheetXml([["名称"], ["顧客名簿"]]) });
    expect(checkArchive(buf, limits, { maxRows: 10 }).rows.get("xl/worksheets/sheet1.xml")).toBe(2);
  });
});
