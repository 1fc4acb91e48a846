// Messages of accounts: sign-in and sign-up answers and the password rule. Spread into
// errorMessages.
import type { Text } from "./messages.ts";

export const accountMessages = {
  INVALID_EMAIL_OR_PASSWORD: {
    ja: "メールアドレスまたはパスワードが正しくありません。",
    en: "The e-mail address or password is not correct.",
  },
  USER_ALREADY_EXISTS: {
    ja: "このメールアドレスでは登録できません。登録済みの場合はログインしてください。",
    en: "This e-mail address cannot be registered. If you already have an account, sign in.",
  },
  INVALID_PASSWORD: {
    ja: "現在のパスワードが正しくありません。",
    en: "The current password is not correct.",
  },
  PASSWORD_WEAK: {
    ja: "このパスワードは使えません。",
    en: "This password cannot be used.",
  },
  AUTH_FAILED: {
    ja: "処理できませんでした。入力内容を確認して、もう一度お試しください。",
    en: "That did not work. Check what you entered and try again.",
  },
  // why a password is refused (field messages; each says how to fix it)
  password_too_short: {
    ja: "パスワードは10文字以上にしてください。",
    en: "Use at least 10 characters.",
  },
  password_too_long: {
    ja: "パスワードは128文字以内にしてください。",
    en: "Use at most 128 characters.",
  },
  password_has_personal_info: {
    ja: "メールアドレスや名前を含まないパスワードにしてください。",
    en: "Do not use your e-mail address or name in the password.",
  },
  password_repeats: {
    ja: "同じ文字や語の繰り返しは推測されやすいため使えません。関係のない単語を3つ以上つなげるなどして長くしてください。",
    en: "Repeated characters or words are easy to guess. Join three or more unrelated words, for example.",
  },
  password_common: {
    ja: "よく使われているパスワードのため使えません。ほかで使っていない、関係のない単語を3つ以上つなげたものなどにしてください。",
    en: "This is a commonly used password. Join three or more unrelated words you do not use elsewhere, for example.",
  },
  password_sequence: {
    ja: "「abc」「123」やキーボードの並びは推測されやすいため使えません。関係のない単語を3つ以上つなげるなどしてください。",
    en: "Sequences such as abc, 123 or keyboard rows are easy to guess. Join three or more unrelated words, for example.",
  },
  password_weak: {
    ja: "推測されやすいパスワードです。もっと長くするか、関係のない単語を3つ以上つなげたり数字や記号を混ぜたりしてください。",
    en: "This password is easy to guess. Make it longer, join three or more unrelated words, or mix in digits and symbols.",
  },
} satisfies Record<string, Text>;
