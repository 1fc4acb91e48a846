import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { UploadRefused } from "./refusal.ts";
import { buildZip, type TestEntry, workbook, zeroBomb } from "./test-zip.ts";
import { readZipDirectory, type ZipLimits } from "./zip-directory.ts";

const MB = 1024 * 1024;
const limits: ZipLimits = {
  zipEntries: 200,
  zipEntryBytes: 50 * MB,
  zipTotalBytes: 100 * MB,
  zipRatio: 200,
};

/** The refusal readZipDirectory throws, or "ok". */
function verdict(buf: Buffer, l: ZipLimits = limits) {
  try {
    readZipDirectory(buf, l);
    return "ok";
  } catch (err) {
    if (!(err instanceof UploadRefused)) throw err;
    const { kind, code, params } = err.refusal;
    return { kind, code, ...(params ? { params } : {}) };
  }
}

const unreadable = { kind: "validation", code: "FILE_UNREADABLE" };

describe("readZipDirectory", () => {
  it("lists the entries of a workbook exceljs wrote, with their sizes and data", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("台帳").addRow(["名称", "利用目的"]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const dir = readZipDirectory(buf, limits);
    expect(dir.entries.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    for (const e of dir.entries) {
      expect(e.dataEnd - e.dataStart).toBe(e.compressedSize);
      expect([0, 8]).toContain(e.method);
    }
    expect(dir.totalBytes).toBe(dir.entries.reduce((s, e) => s + e.uncompressedSize, 0));
  });

  it("finds the end record behind an archive comment, also one holding a fake signature", () => {
    const entries: TestEntry[] = [{ name: "a.txt", data: "hello" }];
    expect(
      readZipDirectory(buildZip(entries, { comment: "a comment" }), limits).entries,
    ).toHaveLength(1);
    // A signature inside the comment is what JSZip would take too: it does not add up.
    expect(verdict(buildZip(entries, { comment: "PK\x05\x06" }))).toEqual(unreadable);
  });

  it("refuses truncated archives as unreadable, wherever they were cut", () => {
    const buf = workbook();
    for (const cut of [buf.length - 1, buf.length - 22, buf.length - 100, 300, 30, 4]) {
      expect(verdict(buf.subarray(0, cut)), `cut at ${cut}`).toEqual(unreadable);
    }
  });

  it("refuses more entries than allowed, counting the headers present, not the count claimed", () => {
    const files = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt` }));
    expect(verdict(buildZip(files(200)))).toBe("ok");
    const tooMany = {
      kind: "too_large",
      code: "UPLOAD_ZIP_TOO_MANY_ENTRIES",
      params: { max: 200 },
    };
    expect(verdict(buildZip(files(201)))).toEqual(tooMany);
    expect(verdict(buildZip(files(5000)))).toEqual(tooMany);
    expect(verdict(buildZip(files(201), { declaredCount: 1 }))).toEqual(tooMany);
    expect(verdict(buildZip(files(3), { declaredCount: 60_000 }))).toEqual(tooMany);
  });

  it("refuses a declared size over the entry limit, and a total over the total limit", () => {
    const big = (name: string, mb: number): TestEntry => ({
      name,
      compressed: zeroBomb(MB),
      declaredSize: mb * MB,
    });
    const lenient = { ...limits, zipRatio: 1_000_000 };
    expect(verdict(buildZip([big("a", 50)]), lenient)).toBe("ok");
    expect(verdict(buildZip([big("a", 51)]), lenient)).toEqual({
      kind: "too_large",
      code: "UPLOAD_ZIP_ENTRY_TOO_LARGE",
      params: { max: 50 },
    });
    expect(verdict(buildZip([big("a", 50), big("b", 50)]), lenient)).toBe("ok");
    expect(verdict(buildZip([big("a", 50), big("b", 50), big("c", 1)]), lenient)).toEqual({
      kind: "too_large",
      code: "UPLOAD_ZIP_TOTAL_TOO_LARGE",
      params: { max: 100 },
    });
  });

  it("refuses an absurd compression ratio on entries over 1 MB only", () => {
    const ratioOf = (size: number, compressed: number) =>
      verdict(buildZip([{ name: "x", compressed: Buffer.alloc(compressed), declaredSize: size }]));
    expect(ratioOf(MB, 1)).toBe("ok");
    expect(ratioOf(10 * MB, Math.ceil((10 * MB) / 200))).toBe("ok");
    expect(ratioOf(10 * MB, Math.floor((10 * MB) / 200) - 1)).toEqual({
      kind: "too_large",
      code: "UPLOAD_ZIP_RATIO",
      params: { max: 200 },
    });
    expect(ratioOf(2 * MB, 0)).toMatchObject({ code: "UPLOAD_ZIP_RATIO" });
  });

  it("refuses methods other than stored and deflate, and encryption", () => {
    for (const method of [1, 9, 12, 14, 93, 99])
      expect(verdict(buildZip([{ name: "a", data: "x", method }]))).toEqual({
        kind: "validation",
        code: "UPLOAD_ZIP_METHOD",
        params: { method },
      });
    expect(verdict(buildZip([{ name: "a", data: "x", method: 0 }]))).toBe("ok");
    expect(verdict(buildZip([{ name: "a", data: "x", flags: 1 }]))).toEqual({
      kind: "validation",
      code: "UPLOAD_ZIP_ENCRYPTED",
    });
  });

  it("reads ZIP64 sizes and records, and judges the 64-bit values", () => {
    const honest = buildZip(
      [
        { name: "a.txt", data: "hello", zip64: true },
        { name: "b.txt", data: "world" },
      ],
      { zip64End: true },
    );
    const dir = readZipDirectory(honest, limits);
    expect(dir.entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ["a.txt", 5],
      ["b.txt", 5],
    ]);
    expect(honest.subarray(dir.entries[0]?.dataStart, dir.entries[0]?.dataEnd)).toHaveLength(7);
    // 4 GiB + 1 would read as 1 in 32 bits: the ZIP64 field's value is the one judged.
    const huge = buildZip([
      { name: "a", compressed: zeroBomb(MB), declaredSize: 2 ** 32 + 1, zip64: true },
    ]);
    expect(verdict(huge)).toMatchObject({ code: "UPLOAD_ZIP_ENTRY_TOO_LARGE" });
    const absurd = buildZip([{ name: "a", data: "x", declaredSize: 2 ** 60, zip64: true }]);
    expect(verdict(absurd)).toMatchObject({ code: "UPLOAD_ZIP_ENTRY_TOO_LARGE" });
  });

  it("refuses ZIP64 marks without their records or fields as unreadable", () => {
    const good = buildZip([{ name: "a.txt", data: "hello", zip64: true }], { zip64End: true });
    // The locator's signature wiped: the saturated end record points nowhere.
    const noLocator = Buffer.from(good);
    noLocator.writeUInt32LE(0, noLocator.lastIndexOf(Buffer.from([0x50, 0x4b, 0x06, 0x07])));
    expect(verdict(noLocator)).toEqual(unreadable);
    // The ZIP64 extra field renamed: the entry's sizes stay 0xFFFFFFFF.
    const noField = Buffer.from(good);
    const central = noField.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    noField.writeUInt16LE(0x9999, central + 46 + "a.txt".length);
    expect(verdict(noField)).toEqual(unreadable);
  });

  it("refuses entries whose local header or data lie outside the file", () => {
    const good = buildZip([{ name: "a.txt", data: "hello" }]);
    const central = good.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const badOffset = Buffer.from(good);
    badOffset.writeUInt32LE(good.length + 10, central + 42);
    expect(verdict(badOffset)).toEqual(unreadable);
    const badSize = Buffer.from(good);
    badSize.writeUInt32LE(good.length * 2, central + 20);
    expect(verdict(badSize)).toEqual(unreadable);
  });

  it("is not fooled by a 2 GiB zero bomb declared as 2 GiB", () => {
    const bomb = buildZip([
      { name: "xl/worksheets/sheet1.xml", compressed: zeroBomb(2 ** 31), declaredSize: 2 ** 31 },
    ]);
    expect(bomb.length).toBeLessThan(3 * MB);
    expect(verdict(bomb)).toMatchObject({ code: "UPLOAD_ZIP_ENTRY_TOO_LARGE" });
  });
});
