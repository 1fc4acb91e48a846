// Client-side validation with the server's own zod contracts. Their issue messages are
// message keys (required, too_long, …) that we translate from the `errors` namespace, the
// same way the server does (src/server/errors.ts), so both sides say the same thing.
import type { z } from "zod";
import i18n from "../i18n/index.ts";

type Issue = z.core.$ZodIssue;
type Key = { key: string; params?: Record<string, string | number> };

const messageKey = /^[a-z_]+$/;

function tooBig(issue: z.core.$ZodIssueTooBig): Key {
  const max = Number(issue.maximum);
  if (issue.origin === "string") return { key: "too_long", params: { max } };
  if (issue.origin === "array") return { key: "too_many_items", params: { max } };
  return { key: "too_big", params: { max } };
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): Key {
  const min = Number(issue.minimum);
  if (issue.origin === "string")
    return min <= 1 ? { key: "required" } : { key: "too_short", params: { min } };
  return { key: "too_small", params: { min } };
}

export function issueKey(issue: Issue): Key {
  if (issue.code === "too_big") return tooBig(issue);
  if (issue.code === "too_small") return tooSmall(issue);
  if (messageKey.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "invalid_type":
      // An empty choice holds null: for the person, the field is simply not filled in.
      return {
        key: issue.input === undefined || issue.input === null ? "required" : "invalid_type",
      };
    case "invalid_value":
      return { key: "invalid_value" };
    case "invalid_format":
      return { key: issue.format === "email" ? "invalid_email" : "invalid" };
    case "unrecognized_keys":
      return { key: "unknown_field" };
    default:
      return { key: "invalid" };
  }
}

/** The translated text of a message key (falls back to the generic "invalid"). */
export function errorText(key: string, params?: Record<string, string | number>): string {
  const full = `errors.${key}`;
  return i18n.exists(full) ? i18n.t(full, params) : i18n.t("errors.invalid");
}

/** Validates a payload; returns `{ "offices.0.address": "必須項目です。" }` for Mantine form. */
export function zodErrors(schema: z.ZodType, payload: unknown): Record<string, string> {
  // reportInput: the issue carries the value, so a wrong type is told from a missing one.
  const result = schema.safeParse(payload, { reportInput: true });
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    if (errors[path]) continue;
    const { key, params } = issueKey(issue);
    errors[path] = errorText(key, params);
  }
  return errors;
}
