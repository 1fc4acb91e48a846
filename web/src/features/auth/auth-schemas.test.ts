import { describe, expect, it } from "vitest";
import { zodErrors } from "../../lib/validation.ts";
import { forgotPasswordSchema, signInSchema, signUpSchema } from "./auth-schemas.ts";

describe("auth forms", () => {
  it("ask for an empty e-mail address before judging its form", () => {
    const empty = zodErrors(signInSchema, { email: "", password: "" });
    expect(empty.email).toBe("必須項目です。");
    expect(zodErrors(forgotPasswordSchema, { email: "" }).email).toBe("必須項目です。");
    const signUp = zodErrors(signUpSchema, {
      name: "佐藤 花子",
      email: "",
      password: "",
      confirm: "",
    });
    expect(signUp.email).toBe("必須項目です。");
  });

  it("still say a malformed address is malformed", () => {
    const bad = zodErrors(signInSchema, { email: "sato@", password: "x" });
    expect(bad.email).toBe("メールアドレスの形式が正しくありません。");
    expect(zodErrors(signInSchema, { email: "sato@example.jp", password: "x" })).toEqual({});
  });
});
