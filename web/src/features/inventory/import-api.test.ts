import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client.ts";
import { readCellErrors, readPreview, readResult, refusedCells } from "./import-api.ts";

describe("readPreview", () => {
  it("reads the server's preview, tolerating other names for the counts", () => {
    const p = readPreview({
      sheets: ["台帳", 3, null],
      sheet: "台帳",
      headerRow: 2,
      columns: [
        { index: 0, header: "名称", field: "name", confidence: "exact", samples: ["顧客名簿", 7] },
        { header: "備考", field: null },
      ],
      missingRequired: ["name"],
      rows: 12,
      counts: { create: 10, update: 2 },
      unchanged: 0,
      errors: [{ row: 4, header: "名称", reason: "必須項目です。" }],
      errorCount: 25,
    });
    expect(p.sheets).toEqual(["台帳", "3"]);
    expect(p.headerRow).toBe(2);
    expect(p.columns).toEqual([
      { index: 0, header: "名称", field: "name", confidence: "exact", samples: ["顧客名簿", "7"] },
      { index: 1, header: "備考", field: null, confidence: null, samples: [] },
    ]);
    expect(p.rowCount).toBe(12);
    expect(p.toCreate).toBe(10);
    expect(p.toUpdate).toBe(2);
    expect(p.errors).toEqual([
      { row: 4, column: "名称", field: null, value: null, message: "必須項目です。" },
    ]);
    // The server lists the first errors and counts all of them.
    expect(p.errorCount).toBe(25);
  });

  it("gives an empty preview for an answer it cannot read", () => {
    const p = readPreview(null);
    expect(p).toMatchObject({ sheets: [], columns: [], rowCount: null, errors: [], errorCount: 0 });
  });
});

describe("readResult and refusedCells", () => {
  it("reads the counts of a written import (0 when absent)", () => {
    expect(readResult({ created: 3, updated: 1 })).toEqual({
      created: 3,
      updated: 1,
      unchanged: 0,
      departmentsCreated: 0,
    });
    expect(readResult({ created: 3, departmentsCreated: 2 }).departmentsCreated).toBe(2);
  });

  it("reads the departments a file names that do not exist", () => {
    const p = readPreview({ unknownDepartments: [{ name: "営業部", rows: 4 }, { bad: 1 }] });
    expect(p.unknownDepartments).toEqual([
      { name: "営業部", rows: 4 },
      { name: "", rows: 0 },
    ]);
    expect(readPreview({}).unknownDepartments).toEqual([]);
  });

  it("lists the bad cells of a refused import with their full count", () => {
    const err = new ApiError(400, {
      code: "IMPORT_INVALID",
      message: "取り込めません。",
      details: { errors: [{ row: 2, column: "名称", message: "必須項目です。" }], errorCount: 9 },
    });
    expect(refusedCells(err)).toEqual({
      errors: [{ row: 2, column: "名称", field: null, value: null, message: "必須項目です。" }],
      count: 9,
    });
    expect(refusedCells(new Error("x"))).toEqual({ errors: [], count: 0 });
    expect(readCellErrors("no list")).toEqual([]);
  });
});
