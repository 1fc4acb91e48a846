import { departmentInput } from "@src/modules/org/org.contract.ts";
import { describe, expect, it } from "vitest";
import { contractResolver } from "./form.ts";

type Values = { name: string; parentId: string | null };

describe("contractResolver", () => {
  it("checks the values with the contract, in Japanese", () => {
    const validate = contractResolver<Values>(departmentInput);
    expect(validate({ name: "営業部", parentId: null })).toEqual({});
    expect(validate({ name: "", parentId: null })).toEqual({ name: "必須項目です。" });
    expect(validate({ name: "x".repeat(101), parentId: null }).name).toMatch(
      /文字以内で入力してください。$/,
    );
  });

  it("checks the request body made from the values when given `payload`", () => {
    const validate = contractResolver(departmentInput, {
      payload: (v: Values) => ({ name: v.name.trim(), parentId: v.parentId || null }),
    });
    // Spaces alone are trimmed away before the contract sees them.
    expect(validate({ name: "   ", parentId: "" })).toEqual({ name: "必須項目です。" });
    expect(validate({ name: " 経理部 ", parentId: "" })).toEqual({});
  });

  it("adds the form's own checks, which win on the same field and ignore nulls", () => {
    const validate = contractResolver<Values>(departmentInput, {
      also: (v) => ({
        name: v.name === "" ? "部門名を入力してください" : null,
        parentId: v.parentId === "self" ? "自分自身の下には移せません" : undefined,
      }),
    });
    expect(validate({ name: "", parentId: "self" })).toEqual({
      name: "部門名を入力してください",
      parentId: "自分自身の下には移せません",
    });
    expect(validate({ name: "総務部", parentId: null })).toEqual({});
  });
});
