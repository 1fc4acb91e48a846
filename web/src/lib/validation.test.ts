import { personInput } from "@src/modules/people/people.contract.ts";
import { stepPatch } from "@src/modules/roadmap/roadmap.contract.ts";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorText, issueKey, zodErrors } from "./validation.ts";

const issues = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues;
};

describe("issueKey", () => {
  it("names length problems with their limit", () => {
    const [long] = issues(z.string().max(3), "abcd");
    const [empty] = issues(z.string().min(1), "");
    const [short] = issues(z.string().min(10), "abc");
    const [many] = issues(z.array(z.number()).max(1), [1, 2]);
    const [big] = issues(z.number().max(5), 9);
    expect(long && issueKey(long)).toEqual({ key: "too_long", params: { max: 3 } });
    expect(empty && issueKey(empty)).toEqual({ key: "required" });
    expect(short && issueKey(short)).toEqual({ key: "too_short", params: { min: 10 } });
    expect(many && issueKey(many)).toEqual({ key: "too_many_items", params: { max: 1 } });
    expect(big && issueKey(big)).toEqual({ key: "too_big", params: { max: 5 } });
  });

  it("takes a message key of the contract as it is, and names zod's own codes", () => {
    const [own] = issues(
      z.string().refine(() => false, { message: "na_needs_reason" }),
      "x",
    );
    const [missing] = issues(z.object({ a: z.string() }), {});
    const [wrong] = issues(z.string(), 5);
    const [choice] = issues(z.enum(["a", "b"]), "c");
    const [email] = issues(z.email(), "not-mail");
    const [extra] = issues(z.strictObject({}), { x: 1 });
    expect(own && issueKey(own)).toEqual({ key: "na_needs_reason" });
    expect(missing && issueKey(missing)).toEqual({ key: "required" });
    expect(wrong && issueKey(wrong)).toEqual({ key: "required" }); // zod reports no input here
    const [wrongReported] = z.string().safeParse(5, { reportInput: true }).error?.issues ?? [];
    const [nullString] = z.string().safeParse(null, { reportInput: true }).error?.issues ?? [];
    expect(wrongReported && issueKey(wrongReported)).toEqual({ key: "invalid_type" });
    expect(nullString && issueKey(nullString)).toEqual({ key: "required" });
    expect(choice && issueKey(choice)).toEqual({ key: "invalid_value" });
    expect(email && issueKey(email)).toEqual({ key: "invalid_email" });
    expect(extra && issueKey(extra)).toEqual({ key: "unknown_field" });
  });
});

describe("errorText", () => {
  it("is the API's message in Japanese, placeholders filled", () => {
    expect(errorText("required")).toBe("必須項目です。");
    expect(errorText("too_long", { max: 100 })).toBe("100文字以内で入力してください。");
    expect(errorText("PERIOD_INVALID")).toBe("任期の終了日は開始日以降にしてください。");
  });

  it("falls back to the generic 'invalid' for a key it does not know", () => {
    expect(errorText("no_such_message_key")).toBe("値が正しくありません。");
  });
});

describe("zodErrors", () => {
  it("is empty for a valid body", () => {
    expect(zodErrors(personInput, { name: "山田 花子", employmentType: "regular" })).toEqual({});
  });

  it("says 必須 for an empty choice and 形式 for a value of the wrong type", () => {
    const plain = z.object({ a: z.string() });
    expect(zodErrors(plain, { a: null })).toEqual({ a: "必須項目です。" });
    expect(zodErrors(plain, {})).toEqual({ a: "必須項目です。" });
    expect(zodErrors(plain, { a: 5 })).toEqual({ a: "値の形式が正しくありません。" });
    // The contract's own word for an empty enum stays.
    expect(zodErrors(personInput, { name: "山田", employmentType: null })).toEqual({
      employmentType: "選択肢から選んでください。",
    });
  });

  it("names each bad field by its path, in Japanese, first problem only", () => {
    const errors = zodErrors(personInput, {
      name: "",
      email: "yamada@",
      employmentType: "regular",
    });
    expect(errors.name).toBe("必須項目です。");
    expect(errors.email).toBe("メールアドレスの形式が正しくありません。");
    expect(Object.keys(errors).sort()).toEqual(["email", "name"]);
  });

  it("puts a refinement on the field it names", () => {
    const errors = zodErrors(stepPatch, { plannedStart: "2025-04-01", plannedEnd: "2025-03-01" });
    expect(Object.keys(errors)).toEqual(["plannedEnd"]);
    expect(errors.plannedEnd).toBe(errorText("date_range_invalid"));
    expect(errors.plannedEnd).not.toBe("値が正しくありません。");
  });

  it("calls a problem of the whole body 'form'", () => {
    const whole = z.object({ a: z.string() }).refine(() => false, { message: "invalid" });
    expect(zodErrors(whole, { a: "x" })).toEqual({ form: "値が正しくありません。" });
  });
});
