import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client.ts";
import { detailRows, errorMessage, toFieldErrors } from "./errors.ts";

const refusal = new ApiError(400, {
  code: "VALIDATION",
  message: "入力内容を確認してください。",
  fields: { name: "必須項目です。", "offices.0.address": "300文字以内で入力してください。" },
  details: { errors: [{ row: 3, column: "氏名" }] },
});

describe("errorMessage", () => {
  it("is the server's message when it sent one", () => {
    expect(errorMessage(refusal)).toBe("入力内容を確認してください。");
  });

  it("is the generic Japanese sentence otherwise", () => {
    const generic = "処理に失敗しました。時間をおいて再度お試しください。";
    expect(errorMessage(new Error("boom"))).toBe(generic);
    expect(errorMessage(new ApiError(500, { code: "HTTP_500", message: "" }))).toBe(generic);
    expect(errorMessage("text")).toBe(generic);
  });
});

describe("toFieldErrors", () => {
  it("keeps the server's paths, which are the form's field paths", () => {
    expect(toFieldErrors(refusal)).toEqual({
      name: "必須項目です。",
      "offices.0.address": "300文字以内で入力してください。",
    });
  });

  it("renames paths, drops those no field shows, keeps the first of two on one field", () => {
    const err = new ApiError(409, {
      code: "CONFLICT",
      message: "重複しています。",
      fields: { lawId: "登録済みです。", acceptedOn: "日付が正しくありません。", other: "x" },
    });
    const fieldOf = (path: string) =>
      path === "other" ? null : path === "lawId" ? "name" : path === "acceptedOn" ? "name" : path;
    expect(toFieldErrors(err, fieldOf)).toEqual({ name: "登録済みです。" });
  });

  it("is empty for anything but a server refusal", () => {
    expect(toFieldErrors(new Error("network"))).toEqual({});
    expect(toFieldErrors(new ApiError(0, { code: "NETWORK", message: "x" }))).toEqual({});
  });
});

describe("detailRows", () => {
  it("lists the rows of a refused import, and nothing for other failures", () => {
    expect(detailRows(refusal)).toEqual([{ row: 3, column: "氏名" }]);
    expect(
      detailRows(new ApiError(400, { code: "X", message: "y", details: { errors: "no" } })),
    ).toEqual([]);
    expect(detailRows(new ApiError(400, { code: "X", message: "y" }))).toEqual([]);
    expect(detailRows(new Error("z"))).toEqual([]);
  });
});
