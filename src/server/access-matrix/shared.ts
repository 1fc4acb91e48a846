// Values the rows of the access matrix share with its test (src/server/access.routes.test.ts).
import type { AccessRole } from "../../core/access/permissions.ts";

export const ALL: AccessRole[] = [
  "owner",
  "admin",
  "manager",
  "auditor",
  "member",
  "consultant",
  "viewer",
];
export const ORG_NAME = "株式会社アクセス検証";

// Bad input (WriteRoute cases): a 100 kB text, a script, and the field messages expected.
export const LONG = "長".repeat(100 * 1024);
export const SCRIPT = "<script>alert(1)</script>";
export const msg = {
  required: "必須項目です。",
  invalid_type: "値の形式が正しくありません。",
  unknown_field: "この項目は受け付けていません。",
  html: "HTMLタグやスクリプトは入力できません。",
  invalid_value: "選択肢から選んでください。",
  invalid_email: "メールアドレスの形式が正しくありません。",
  invalid_date: "日付は YYYY-MM-DD の形式の実在する日付で入力してください。",
  too_long: (max: number) => `${max}文字以内で入力してください。`,
};
