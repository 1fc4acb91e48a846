// The password rule: 10 to 128 characters and hard to guess, judged by zxcvbn-ts (a maintained
// estimator with dictionaries of common passwords, names and keyboard patterns) with the
// person's own e-mail address and name counted as known words.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
/** zxcvbn's score 3: "safely unguessable" against online attacks, about 10^8 guesses or more. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;
// Built on first use: the dictionaries take a moment to load.
const zxcvbn = () => {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
};

/** Why a password is refused: a message key of src/i18n/messages.ts. */
export type PasswordProblem =
  | "password_too_short"
  | "password_too_long"
  | "password_has_personal_info"
  | "password_repeats"
  | "password_common"
  | "password_sequence"
  | "password_weak";

const byWarning: Record<string, PasswordProblem> = {
  userInputs: "password_has_personal_info",
  simpleRepeat: "password_repeats",
  extendedRepeat: "password_repeats",
  topTen: "password_common",
  topHundred: "password_common",
  common: "password_common",
  similarToCommon: "password_common",
  sequences: "password_sequence",
  straightRow: "password_sequence",
  keyPattern: "password_sequence",
};

/** Words the password must not lean on: the e-mail address, its parts, and the name. */
export function personalWords(email: string, name = ""): string[] {
  const lower = email.toLowerCase();
  const [local = "", domain = ""] = lower.split("@");
  return [lower, local, ...local.split(/[._+-]/), domain, ...name.split(/\s+/), "mamori"].filter(
    (w) => w.length >= 3,
  );
}

export function passwordProblem(
  password: string,
  who: { email: string; name?: string },
): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return "password_too_short";
  if (password.length > PASSWORD_MAX) return "password_too_long";
  const words = personalWords(who.email, who.name);
  const lower = password.toLowerCase();
  if (words.some((w) => w.length >= 6 && lower.includes(w))) return "password_has_personal_info";
  const result = zxcvbn().check(password, words);
  if (result.score >= MIN_SCORE) return null;
  return byWarning[result.feedback.warning ?? ""] ?? "password_weak";
}
