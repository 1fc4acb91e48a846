// Messages for errors the API returns, in Japanese (first) and English. Codes are stable and
// shared with the web app, which shows the message the server chose by Accept-Language.
import { accountMessages } from "./account-messages.ts";
import { activityMessages } from "./activity-messages.ts";
import { auditMessages } from "./audit-messages.ts";
import { documentAckMessages } from "./document-ack-messages.ts";
import { documentMessages } from "./document-messages.ts";
import { educationDeliveryMessages } from "./education-delivery-messages.ts";
import { educationMessages } from "./education-messages.ts";
import { educationRecordMessages } from "./education-records-messages.ts";
import { fileMessages } from "./file-messages.ts";
import { mailMessages } from "./mail-messages.ts";
import { personalLinkMessages } from "./personal-link-messages.ts";
import { publicPageMessages } from "./public-page-messages.ts";
import { roadmapMessages } from "./roadmap-messages.ts";
import { uploadMessages } from "./upload-messages.ts";

export type Lang = "ja" | "en";
export type Text = { ja: string; en: string };

export const errorMessages = {
  // generic
  VALIDATION_FAILED: { ja: "入力内容に誤りがあります。", en: "Some fields are not valid." },
  NOT_FOUND: { ja: "対象が見つかりません。", en: "Not found." },
  UNAUTHENTICATED: { ja: "ログインしてください。", en: "Please sign in." },
  FORBIDDEN: {
    ja: "この操作を行う権限がありません。",
    en: "Your role does not allow this action.",
  },
  CONFLICT: { ja: "ほかの変更と競合しました。", en: "This conflicts with another change." },
  RATE_LIMITED: {
    ja: "試行回数が多すぎます。しばらく待ってから再度お試しください。",
    en: "Too many attempts. Please wait a moment and try again.",
  },
  CSRF_ORIGIN: {
    ja: "この操作は mamori の画面から行ってください（送信元のページを確認できませんでした）。",
    en: "Make this change from mamori's own pages (the page that sent it could not be confirmed).",
  },
  UNSUPPORTED_MEDIA_TYPE: {
    ja: "送信の形式が正しくありません（{expected} で送ってください）。",
    en: "The request is in the wrong format (send {expected}).",
  },
  MULTIPART_LIMIT: {
    ja: "送信された項目が多すぎます（ファイルは1つ、項目は10個まで）。",
    en: "The upload has too many parts (one file and at most 10 fields).",
  },
  QUOTA_EXCEEDED: {
    ja: "短い時間に同じ種類の操作（事業者の作成、取込み、出力など）が多すぎます。{minutes}分ほど待ってから再度お試しください。",
    en: "Too many operations of this kind (creating organizations, imports, exports …) in a short time. Please try again in about {minutes} minutes.",
  },
  URI_TOO_LONG: {
    ja: "アドレス（URL）が長すぎます。",
    en: "The address (URL) is too long.",
  },
  PAYLOAD_TOO_LARGE: {
    ja: "ファイルまたは入力が大きすぎます。",
    en: "The file or request is too large.",
  },
  INTERNAL: {
    ja: "サーバーで問題が発生しました。時間をおいて再度お試しください。",
    en: "Something went wrong on the server. Please try again later.",
  },
  // field validation (zod issues and our own checks)
  required: { ja: "必須項目です。", en: "This field is required." },
  invalid_type: { ja: "値の形式が正しくありません。", en: "The value has the wrong type." },
  too_long: { ja: "{max}文字以内で入力してください。", en: "Use at most {max} characters." },
  too_short: { ja: "{min}文字以上で入力してください。", en: "Use at least {min} characters." },
  too_big: { ja: "{max}以下の値を入力してください。", en: "Use a value of at most {max}." },
  too_small: { ja: "{min}以上の値を入力してください。", en: "Use a value of at least {min}." },
  too_many_items: { ja: "{max}件以内にしてください。", en: "Use at most {max} entries." },
  invalid_value: { ja: "選択肢から選んでください。", en: "Choose one of the options." },
  invalid_email: {
    ja: "メールアドレスの形式が正しくありません。",
    en: "This is not a valid e-mail address.",
  },
  invalid_date: {
    ja: "日付は YYYY-MM-DD の形式の実在する日付で入力してください。",
    en: "Use a real date in the form YYYY-MM-DD.",
  },
  not_integer: { ja: "整数で入力してください。", en: "Use a whole number." },
  html_not_allowed: {
    ja: "HTMLタグやスクリプトは入力できません。",
    en: "HTML tags and scripts are not allowed here.",
  },
  control_chars_not_allowed: {
    ja: "制御文字（NUL など目に見えない文字）は入力できません。",
    en: "Control characters (NUL and other invisible characters) are not allowed.",
  },
  invalid_characters: {
    ja: "壊れた文字が含まれています。文字をコピーし直して入力してください。",
    en: "The text contains broken characters. Copy or type it again.",
  },
  too_many_parts: {
    ja: "ファイルは1つ、項目は10個までです。",
    en: "Send one file and at most 10 fields.",
  },
  not_a_member: {
    ja: "この事業者のメンバーではないアカウントは紐づけられません。",
    en: "Only an account that is a member of this organization can be linked.",
  },
  unknown_field: { ja: "この項目は受け付けていません。", en: "This field is not accepted." },
  invalid: { ja: "値が正しくありません。", en: "The value is not valid." },
  capital_with_no_capital: {
    ja: "「資本金なし」を選んだときは資本金の額を入力しないでください。",
    en: "Leave the capital amount empty when the entity has no capital.",
  },
  corporate_number_invalid: {
    ja: "法人番号は13桁で、先頭のチェックデジットが一致する必要があります。",
    en: "A corporate number has 13 digits and its first digit must match the check digit.",
  },
  date_range_invalid: {
    ja: "終了日は開始日以降にしてください。",
    en: "The end date must not be before the start date.",
  },
  next_review_not_after_review: {
    ja: "次回見直し予定日は見直し日より後の日付にしてください。",
    en: "The next planned review must come after the review day.",
  },
  not_in_organization: {
    ja: "この組織に登録されていないものが指定されています。",
    en: "This is not a record of this organization.",
  },
  // legal register (法令等一覧)
  unknown_law: {
    ja: "法令カタログにない法令等です。",
    en: "This law or guideline is not in the catalogue.",
  },
  law_kind_fixed: {
    ja: "カタログから選んだ法令等の種別はカタログのとおりで、変更できません。",
    en: "An entry picked from the catalogue keeps the catalogue's kind.",
  },
  LEGAL_REQUIREMENT_DUPLICATE: {
    ja: "この法令等はすでに法令等一覧に登録されています。",
    en: "This law or guideline is already in the legal register.",
  },
  // exports
  PDF_TOO_MANY_ROWS: {
    ja: "PDFに出力できるのは{max}行までです（現在{rows}行）。Excel形式で出力してください。",
    en: "A PDF holds at most {max} rows (there are {rows}). Export to Excel instead.",
  },
  // organization structure
  DEPARTMENT_HAS_CHILDREN: {
    ja: "下位部門があるため削除できません。先に下位部門を移動または削除してください。",
    en: "This department has sub-departments. Move or delete them first.",
  },
  DEPARTMENT_IN_USE: {
    ja: "この部門に所属する従業者または任命があるため削除できません。",
    en: "People or appointments still belong to this department.",
  },
  DEPARTMENT_CYCLE: {
    ja: "部門を自身の配下に移動することはできません。",
    en: "A department cannot be moved under itself.",
  },
  PERSON_HAS_APPOINTMENTS: {
    ja: "この従業者には任命があるため削除できません。先に任命を終了または削除してください。",
    en: "This person holds appointments. End or delete them first.",
  },
  EMPLOYEE_NUMBER_TAKEN: {
    ja: "この社員番号の従業者はすでに登録されています。",
    en: "A person with this employee number already exists.",
  },
  EMAIL_TAKEN: {
    ja: "このメールアドレスの従業者はすでに登録されています。",
    en: "A person with this e-mail address already exists.",
  },
  PMS_MANAGER_ALREADY_APPOINTED: {
    ja: "この期間にはすでに個人情報保護管理者が任命されています。個人情報保護管理者は同時に1名までです。",
    en: "A PMS manager is already appointed for this period. Only one may hold the role at a time.",
  },
  AUDIT_LEAD_ALREADY_APPOINTED: {
    ja: "この期間にはすでに個人情報保護監査責任者が任命されています。監査責任者は同時に1名までです。",
    en: "An audit lead is already appointed for this period. Only one may hold the role at a time.",
  },
  MANAGER_AND_AUDITOR_SAME_PERSON: {
    ja: "個人情報保護管理者と個人情報保護監査責任者を同じ人が兼務することはできません。",
    en: "The PMS manager and the audit lead must be different people.",
  },
  DEPT_MANAGER_NEEDS_DEPARTMENT: {
    ja: "部門管理者には部門を指定してください。",
    en: "Choose the department this manager is responsible for.",
  },
  PERIOD_INVALID: {
    ja: "任期の終了日は開始日以降にしてください。",
    en: "The end of the period must not be before its start.",
  },
  // members and invitations
  LAST_OWNER: {
    ja: "最後のオーナーは削除・変更できません。先に別のメンバーをオーナーにしてください。",
    en: "The last owner cannot be removed or changed. Make another member an owner first.",
  },
  ALREADY_MEMBER: {
    ja: "このユーザーはすでにメンバーです。",
    en: "This user is already a member.",
  },
  INVITATION_INVALID: {
    ja: "招待が無効か、期限切れです。",
    en: "This invitation is not valid or has expired.",
  },
  INVITATION_EMAIL_MISMATCH: {
    ja: "この招待は別のメールアドレス宛てです。招待されたアドレスでログインしてください。",
    en: "This invitation is for another e-mail address. Sign in with the invited address.",
  },
  // imports
  IMPORT_INVALID: {
    ja: "取り込みファイルに誤りがあります。1件も登録していません。",
    en: "The file has errors. Nothing was imported.",
  },
  FILE_EMPTY: { ja: "ファイルが空です。", en: "The file is empty." },
  FILE_UNREADABLE: {
    ja: "ファイルを読み取れません。xlsx または csv 形式のファイルを選んでください。",
    en: "The file cannot be read. Choose an .xlsx or .csv file.",
  },
  FILE_TYPE: {
    ja: "対応していないファイル形式です。xlsx または csv を選んでください。",
    en: "This file type is not supported. Choose an .xlsx or .csv file.",
  },
  FILE_MISSING: { ja: "ファイルを選んでください。", en: "Choose a file." },
  HEADER_MISSING: {
    ja: "見出し行に「{column}」の列がありません。",
    en: 'The header row has no "{column}" column.',
  },
  TOO_MANY_ROWS: {
    ja: "一度に取り込めるのは{max}行までです。",
    en: "At most {max} rows can be imported at once.",
  },
  unknown_department: {
    ja: "部門「{value}」は登録されていません。",
    en: 'The department "{value}" does not exist.',
  },
  ambiguous_department: {
    ja: "部門「{value}」が複数あります。部門名を重複しないように変更してください。",
    en: 'More than one department is named "{value}". Give them distinct names.',
  },
  invalid_employment_type: {
    ja: "雇用区分は「役員」「正社員」「契約社員」「パート・アルバイト」「派遣社員」のいずれかを入力してください。",
    en: "Use one of: officer, regular, contract, part_time, dispatched (or the Japanese labels).",
  },
  duplicate_number_in_file: {
    ja: "同じ社員番号がファイル内で重複しています（{line}行目）。",
    en: "The same employee number appears twice in the file (row {line}).",
  },
  ambiguous_person: {
    ja: "氏名・部門・入社日が同じ従業者が{count}名登録されているため、どの人か決められません。社員番号かメールアドレスを入れてください。",
    en: "{count} stored people share this name, department and joining date, so the row cannot be matched. Add an employee number or an e-mail address.",
  },
  same_person_in_file: {
    ja: "{line}行目と同じ従業者に当たります。",
    en: "This row matches the same person as row {line}.",
  },
  duplicate_in_file: {
    ja: "同じメールアドレスがファイル内で重複しています（{line}行目）。",
    en: "The same e-mail address appears twice in the file (row {line}).",
  },
  // register and risk-analysis workbooks (registers-xlsx)
  SHEET_NOT_FOUND: {
    ja: "シート「{sheet}」がファイルにありません。",
    en: 'The file has no sheet named "{sheet}".',
  },
  MAPPING_INVALID: {
    ja: "列の対応付けに誤りがあります。",
    en: "The column mapping is not valid.",
  },
  column_out_of_range: {
    ja: "列番号は0から{max}未満の整数で指定してください。",
    en: "Use a column number from 0 to below {max}.",
  },
  unknown_import_field: {
    ja: "「{value}」という項目はありません。",
    en: 'There is no field "{value}".',
  },
  duplicate_mapping: {
    ja: "同じ項目がすでに{column}列目に割り当てられています。",
    en: "The same field is already assigned to column {column}.",
  },
  invalid_yes_no: {
    ja: "○ か ×（有／無、はい／いいえ、Yes／No など）で入力してください。",
    en: "Use ○ or × (or yes/no words such as 有/無, はい/いいえ, Yes/No).",
  },
  invalid_choice: {
    ja: "次のいずれかを入力してください：{values}",
    en: "Use one of: {values}",
  },
  invalid_date_text: {
    ja: "日付として読み取れません。2024/4/1 や 令和6年4月1日 のように入力してください。",
    en: "This is not a date. Write it like 2024/4/1 or 令和6年4月1日.",
  },
  duplicate_register_row: {
    ja: "同じ名称・管理部門の行がファイル内にすでにあります（{line}行目）。",
    en: "A row with the same name and department is already in the file (row {line}).",
  },
  ambiguous_inventory_item: {
    ja: "同じ名称・管理部門の項目が台帳に複数あるため、どれを指すか決められません。台帳で名称を区別してください。",
    en: "More than one register item has this name and department, so the row cannot be matched. Give them distinct names.",
  },
  unknown_register_item: {
    ja: "個人情報管理台帳に「{name}」（{department}）がありません。先に台帳に登録してください。",
    en: 'The register has no item "{name}" ({department}). Add it to the register first.',
  },
  acceptance_not_allowed: {
    ja: "リスクの受容を記録・変更できるのは、受容の権限を持つ人だけです。受容者・受容日は元の値のままにしてください。",
    en: "Only people allowed to accept risks can record or change an acceptance. Leave the accepted-by and accepted-on cells as they were.",
  },
  acceptance_incomplete: {
    ja: "受容者と受容日は両方入力するか、両方とも空欄にしてください。",
    en: "Give both who accepted the risk and when, or neither.",
  },
  risk_matrix_grid_rows: {
    ja: "表の行数（{actual}）が発生可能性の段階数（{expected}）と一致しません。",
    en: "The grid has {actual} rows; the likelihood axis has {expected} levels.",
  },
  risk_matrix_grid_columns: {
    ja: "表の{row}行目のマス数（{actual}）が影響度の段階数（{expected}）と一致しません。",
    en: "Grid row {row} has {actual} cells; the impact axis has {expected} levels.",
  },
  risk_matrix_unknown_level: {
    ja: "定義されていないリスクレベルです。",
    en: "This risk level is not defined.",
  },
  risk_matrix_duplicate: {
    ja: "同じ値が重複しています。",
    en: "The same value appears more than once.",
  },
  // risk analysis
  not_on_matrix_axis: {
    ja: "リスクマトリクスの段階にない値です。次のいずれかを入力してください：{values}",
    en: "This value is not a level of the risk matrix. Use one of: {values}",
  },
  residual_both_or_neither: {
    ja: "残存リスクは発生可能性と影響度の両方を入力するか、両方とも空欄にしてください。",
    en: "Give both residual likelihood and residual impact, or neither.",
  },
  unknown_inventory_item: {
    ja: "個人情報管理台帳に登録されていない項目です。",
    en: "This item is not in the personal information register.",
  },
  unknown_risk_suggestion: {
    ja: "リスクの候補一覧にない候補です。",
    en: "This suggestion is not in the risk library.",
  },
  RISK_NOT_ASSESSED: {
    ja: "未評価のリスクは見直し済みにできません。先に評価を確認するか、評価を入力してください。",
    en: "A risk whose ratings nobody has assessed cannot be marked reviewed. Confirm or enter its ratings first.",
  },
  RISK_RATING_OFF_MATRIX: {
    ja: "発生可能性または影響度が現在のリスクマトリクスの段階にないため、この評価は確認できません。編集して段階を選び直してください。",
    en: "The likelihood or impact is not a level of the current risk matrix, so these ratings cannot be confirmed. Edit the row and choose new levels.",
  },
  RISK_NOT_SCORED: {
    ja: "発生可能性または影響度が現在のリスクマトリクスの段階にないため、リスクを受容できません。先に評価を見直してください。",
    en: "The likelihood or impact is not a level of the current risk matrix, so the risk cannot be accepted. Re-rate it first.",
  },
  // requirement catalogue and assessments
  CATALOGUE_NOT_FOUND: {
    ja: "要求事項カタログが見つかりません。",
    en: "No such requirement catalogue.",
  },
  REQUIREMENT_NOT_FOUND: {
    ja: "要求事項「{ref}」は採用中のカタログの版にありません。",
    en: 'The adopted catalogue version has no requirement "{ref}".',
  },
  REQUIREMENT_NOT_ASSESSABLE: {
    ja: "「{ref}」は見出しのため評価できません。その下の項目を評価してください。",
    en: '"{ref}" is a heading and cannot be assessed. Assess the items under it.',
  },
  unknown_catalogue_version: {
    ja: "このカタログにはその版がありません。",
    en: "This catalogue has no such version.",
  },
  evidence_kind_unavailable: {
    ja: "この種類の根拠はまだ紐付けられません。",
    en: "Evidence of this kind cannot be linked yet.",
  },
  invalid_url: {
    ja: "http:// または https:// で始まるURLを入力してください。",
    en: "Use a web address starting with http:// or https://.",
  },
  na_needs_reason: {
    ja: "対象外とする場合は、その理由を備考に入力してください。",
    en: "Give the reason in the notes when an item does not apply.",
  },
  // dates of records
  date_in_future: {
    ja: "今日より後の日付は入力できません。",
    en: "The date cannot be later than today.",
  },
  ...accountMessages,
  ...uploadMessages,
  ...auditMessages,
  ...personalLinkMessages,
  ...publicPageMessages,
  ...roadmapMessages,
  ...fileMessages,
  ...mailMessages,
  ...activityMessages,
  ...documentMessages,
  ...documentAckMessages,
  ...educationMessages,
  ...educationDeliveryMessages,
  ...educationRecordMessages,
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof errorMessages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(errorMessages, key);
}

export function translate(
  key: string,
  lang: Lang,
  params: Record<string, string | number> = {},
): string {
  const entry = isMessageKey(key) ? errorMessages[key] : errorMessages.invalid;
  return entry[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** Picks the language from an Accept-Language header: English only when it is preferred. */
export function languageFrom(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return "ja";
  const first = acceptLanguage.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "ja";
}
