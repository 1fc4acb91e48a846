import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { inventoryHeaderFields } from "../../../core/registers/inventory-fields.ts";
import { applyMapping } from "./column-mapping.ts";
import { readTableFile } from "./table-file.ts";

const fields = inventoryHeaderFields();
const xlsx = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
const read = (buffer: Buffer, sheet?: string, maxRows = 100, filename = "台帳.xlsx") =>
  readTableFile(buffer, filename, { fields, maxRows, ...(sheet ? { sheet } : {}) });

async function table(buffer: Buffer, sheet?: string) {
  const r = await read(buffer, sheet);
  if (!r.ok) throw new Error(`unexpected ${r.error.code}`);
  return r.table;
}

/** A register the way companies keep it: title, notes, merged cells, blank rows. */
async function messyRegister(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("表紙").addRow(["個人情報管理台帳 表紙", "改訂履歴"]);
  const ws = wb.addWorksheet("台帳");
  ws.getCell("A1").value = "個人情報管理台帳（2024年度）";
  ws.mergeCells("A1:F1");
  ws.getCell("A2").value = "※ 保管期間は社内規程に従うこと";
  // Row 3 blank; header in row 4.
  ws.getRow(4).values = ["管理部門", "名称", "保存期間", "要配慮", "特定日", "件数"];
  ws.getRow(5).values = ["総務部", "社員名簿", "退職後５年", "○", "令和6年4月1日", "１２０"];
  ws.getRow(6).values = [null, "健康診断結果", "5年", "有", "R6.4.1", 120];
  ws.getRow(7).values = [null, "給与データ", "7年", "はい", "2024/4/1", null];
  ws.mergeCells("A5:A7");
  // Row 8 blank (only a border), row 9 a new department.
  ws.getCell("B8").border = { top: { style: "thin" } };
  ws.getRow(9).values = [
    "営業部",
    { richText: [{ text: "顧客" }, { text: "名簿", font: { bold: true } }] },
  ];
  ws.getCell("C9").value = { formula: 'CONCAT("3","年")', result: "3年" };
  ws.getCell("D9").value = "×";
  ws.getCell("E9").value = new Date(Date.UTC(2024, 3, 1));
  ws.getCell("F9").value = { formula: "100+20", result: 120 };
  return xlsx(wb);
}

describe("readTableFile", () => {
  it("finds the header below title and notes rows, on the sheet that matches best", async () => {
    const t = await table(await messyRegister());
    expect(t.sheets).toEqual(["表紙", "台帳"]);
    expect(t.sheet).toBe("台帳");
    expect(t.headerRow).toBe(4);
    expect(t.headers).toEqual(["管理部門", "名称", "保存期間", "要配慮", "特定日", "件数"]);
    expect(t.match.mapping).toEqual({
      departmentId: 0,
      name: 1,
      retentionPeriod: 2,
      sensitive: 3,
      identifiedOn: 4,
      count: 5,
    });
  });

  it("repeats a department merged down over data rows, skips blank rows, reads rich text, formulas and dates", async () => {
    const t = await table(await messyRegister());
    expect(t.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [5, "総務部", "社員名簿", "退職後５年", "○", "令和6年4月1日", "１２０"],
      [6, "総務部", "健康診断結果", "5年", "有", "R6.4.1", "120"],
      [7, "総務部", "給与データ", "7年", "はい", "2024/4/1"],
      [9, "営業部", "顧客名簿", "3年", "×", "2024-04-01", "120"],
    ]);
    expect(t.rows[1]?.inherited).toEqual([0]);
    expect(t.rows[0]?.inherited).toBeUndefined();
  });

  it("keeps a merged title in its first cell only", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台帳");
    ws.getCell("A1").value = "台帳";
    ws.mergeCells("A1:C2");
    ws.getRow(3).values = ["個人情報の名称", "保管場所", "保管期限"];
    ws.getRow(4).values = ["顧客名簿", "書庫", "5年"];
    const r = await read(await xlsx(wb));
    expect(r.ok && r.table.headerRow).toBe(3);
    expect(r.ok && r.table.rows.map((x) => x.cells)).toEqual([["顧客名簿", "書庫", "5年"]]);
  });

  it("takes a vertically merged header cell of a two-row header from its master", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台帳");
    ws.getRow(1).values = ["名称", "保管", null, "利用目的"];
    ws.getRow(2).values = [null, "保管場所", "保管方法", null];
    ws.mergeCells("A1:A2");
    ws.mergeCells("B1:C1");
    ws.mergeCells("D1:D2");
    ws.getRow(3).values = ["顧客名簿", "書庫", "施錠", "発送"];
    const t = await table(await xlsx(wb));
    expect(t.headerRow).toBe(2);
    expect(t.headers).toEqual(["名称", "保管場所", "保管方法", "利用目的"]);
    expect(t.match.mapping).toEqual({ name: 0, storageLocation: 1, storageMethod: 2, purpose: 3 });
  });

  it.each([
    ["保管期限", "exact"],
    ["保管期間", "alias"],
    ["保存期間", "alias"],
    ["※保存期限（年）", "fuzzy"],
  ])("maps the header %s to the retention period (%s)", async (header, confidence) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("s").addRows([
      ["名称", header],
      ["顧客名簿", "5年"],
    ]);
    const t = await table(await xlsx(wb));
    expect(t.match.mapping.retentionPeriod).toBe(1);
    expect(t.match.confidence.retentionPeriod).toBe(confidence);
  });

  it("reads the sheet asked for by name, and refuses an unknown one", async () => {
    const buffer = await messyRegister();
    const cover = await read(buffer, "表紙");
    expect(cover.ok ? cover.table.sheet : cover.error.code).toBe("HEADER_MISSING");
    const missing = await read(buffer, "存在しない");
    expect(missing).toEqual({
      ok: false,
      error: { code: "SHEET_NOT_FOUND", params: { sheet: "存在しない" } },
    });
  });

  it("refuses more data rows than allowed, naming the first row too many", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["名称", "利用目的"]);
    for (let i = 0; i < 6; i++) ws.addRow([`台帳${i}`, "目的"]);
    const r = await read(await xlsx(wb), undefined, 5);
    expect(r).toEqual({
      ok: false,
      error: { code: "TOO_MANY_ROWS", params: { max: 5 }, row: 7 },
    });
    expect((await read(await xlsx(wb), undefined, 6)).ok).toBe(true);
  });

  it("gives FILE_EMPTY, FILE_TYPE and FILE_UNREADABLE for files that are no spreadsheet", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const good = await messyRegister();
    const cases: Array<[Buffer, string]> = [
      [Buffer.alloc(0), "FILE_EMPTY"],
      [png, "FILE_TYPE"],
      [good.subarray(0, 200), "FILE_UNREADABLE"],
      [Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00]), "FILE_UNREADABLE"],
    ];
    for (const [buffer, code] of cases) {
      const r = await read(buffer);
      expect(r.ok ? "ok" : r.error.code, code).toBe(code);
    }
    const emptyBook = new ExcelJS.Workbook();
    emptyBook.addWorksheet("空");
    expect(await read(await xlsx(emptyBook))).toEqual({ ok: false, error: { code: "FILE_EMPTY" } });
  });

  it("reads a CSV file as one sheet", async () => {
    const csv = Buffer.from('名称,保管場所\r\n顧客名簿,"書庫\nB棚"\r\n,\r\n', "utf8");
    const t = await table(csv);
    expect(t.sheets).toEqual(["台帳"]);
    expect(t.rows.map((r) => r.cells)).toEqual([["顧客名簿", "書庫\nB棚"]]);
  });
});

describe("applyMapping", () => {
  const guess = {
    mapping: { name: 0, purpose: 1 },
    confidence: { name: "exact" as const, purpose: "fuzzy" as const },
    unmatched: [2],
    missingRequired: [],
  };
  const keys = ["name", "purpose", "storageLocation"] as const;

  it("moves a field to the column the person chose and unmaps columns set to null", () => {
    expect(applyMapping(guess, { "2": "purpose" }, keys)).toEqual({
      ok: true,
      columns: { name: 0, purpose: 2 },
    });
    expect(applyMapping(guess, { "1": null, "2": "storageLocation" }, keys)).toEqual({
      ok: true,
      columns: { name: 0, storageLocation: 2 },
    });
  });

  it("refuses unknown fields, bad column numbers and one field on two columns", () => {
    expect(
      applyMapping(guess, { x: "name", "3": "nope", "4": "purpose", "5": "purpose" }, keys),
    ).toEqual({
      ok: false,
      fields: {
        "mapping.x": { key: "column_out_of_range", params: { max: 200 } },
        "mapping.3": { key: "unknown_import_field", params: { value: "nope" } },
        "mapping.5": { key: "duplicate_mapping", params: { column: 5 } },
      },
    });
  });
});
