// What the audit trail records, as data for the 監査ログ page: the kinds of records (grouped
// as the app's menu groups them), the actions taken on them, and the downloadable lists.
import type { Bilingual } from "../i18n-text.ts";

export interface AuditEntityGroup {
  key: string;
  label: Bilingual;
  entities: readonly string[];
}

/** Every entity the server writes events for, in menu order. */
export const AUDIT_ENTITY_GROUPS: readonly AuditEntityGroup[] = [
  {
    key: "organization",
    label: { ja: "事業者と体制", en: "Organization and PMS team" },
    entities: ["organization", "org_profile", "department", "person", "appointment"],
  },
  {
    key: "registers",
    label: { ja: "台帳とリスク", en: "Registers and risks" },
    entities: [
      "inventory_item",
      "inventory_risk",
      "risk_matrix",
      "legal_requirement",
      "attachment",
    ],
  },
  {
    key: "construction",
    label: { ja: "構築と審査準備", en: "Building and readiness" },
    entities: [
      "roadmap_plan",
      "roadmap_step",
      "roadmap_task",
      "readiness_check",
      "requirement_assessment",
      "catalogue_adoption",
      "pms_document",
      "pms_document_version",
    ],
  },
  {
    key: "operation",
    label: { ja: "運用と書き出し", en: "Operation and downloads" },
    entities: [
      "activity_record",
      "obligation_record",
      "reminder_setting",
      "calendar_feed",
      "export",
      "mail_outbox",
      "pms_document_acknowledgement",
      "public_page",
      "inquiry",
    ],
  },
  {
    key: "education",
    label: { ja: "教育", en: "Education" },
    entities: [
      "education_plan",
      "education_course",
      // sessions and their attendance (education records)
      "education_session",
      "education_attendance",
      // delivery: who is assigned which course, and their quiz attempts
      "education_assignment",
      "education_attempt",
    ],
  },
  {
    key: "access",
    label: { ja: "利用者と権限", en: "Users and access" },
    entities: ["member", "invitation", "personal_link", "notification_preference"],
  },
];

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, Bilingual>> = {
  organization: { ja: "事業者", en: "Organization" },
  org_profile: { ja: "事業者情報", en: "Profile" },
  department: { ja: "部門", en: "Department" },
  person: { ja: "従業者", en: "Person" },
  appointment: { ja: "任命", en: "Appointment" },
  inventory_item: { ja: "個人情報管理台帳", en: "Personal information register" },
  inventory_risk: { ja: "リスク分析", en: "Risk analysis" },
  risk_matrix: { ja: "リスクマトリクス", en: "Risk matrix" },
  legal_requirement: { ja: "法令等一覧", en: "Legal register" },
  attachment: { ja: "添付ファイル", en: "Attached file" },
  roadmap_plan: { ja: "作業計画（申請と付与）", en: "Work plan (application and grant)" },
  roadmap_step: { ja: "作業計画の予定", en: "Work plan schedule" },
  roadmap_task: { ja: "作業計画の作業", en: "Work plan task" },
  readiness_check: { ja: "審査準備の手動チェック", en: "Readiness check (manual)" },
  requirement_assessment: { ja: "要求事項の評価", en: "Requirement assessment" },
  catalogue_adoption: { ja: "評価に使う版", en: "Catalogue version" },
  pms_document: { ja: "文書（文書管理台帳）", en: "Document (register)" },
  pms_document_version: { ja: "文書の版", en: "Document version" },
  activity_record: { ja: "実施記録", en: "Activity record" },
  obligation_record: { ja: "定期の義務の実施記録", en: "Recurring duty record" },
  reminder_setting: { ja: "リマインダーの設定", en: "Reminder settings" },
  calendar_feed: { ja: "カレンダー配信", en: "Calendar feed" },
  export: { ja: "ファイルの書き出し", en: "File download" },
  mail_outbox: { ja: "送信メール", en: "Outgoing mail" },
  pms_document_acknowledgement: { ja: "文書の周知・誓約", en: "Document reading and pledges" },
  public_page: { ja: "公開ページ", en: "Public page" },
  inquiry: { ja: "お問い合わせ（公開ページ）", en: "Inquiry (public page)" },
  education_plan: { ja: "教育計画", en: "Education plan" },
  education_course: { ja: "教育コース", en: "Education course" },
  education_session: { ja: "集合・オンライン研修", en: "Classroom or remote session" },
  education_attendance: { ja: "研修の出欠", en: "Session attendance" },
  education_assignment: { ja: "教育の受講", en: "Course assignment" },
  education_attempt: { ja: "確認テストの回答", en: "Quiz attempt" },
  member: { ja: "メンバー", en: "Member" },
  invitation: { ja: "招待", en: "Invitation" },
  personal_link: { ja: "本人用リンク", en: "Personal link" },
  notification_preference: { ja: "通知の設定", en: "Notification setting" },
};

/** Every action the server records, most common first. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, Bilingual>> = {
  create: { ja: "登録", en: "Create" },
  update: { ja: "変更", en: "Update" },
  delete: { ja: "削除", en: "Delete" },
  review: { ja: "見直し", en: "Review" },
  check: { ja: "確認", en: "Check" },
  accept: { ja: "受容", en: "Accept" },
  withdraw_acceptance: { ja: "受容の取消", en: "Withdraw acceptance" },
  confirm_assessment: { ja: "評価の確認", en: "Confirm ratings" },
  rotate: { ja: "URLの作り直し", en: "New URL" },
  export: { ja: "書き出し", en: "Download" },
  download: { ja: "ダウンロード", en: "File download" },
  join: { ja: "参加", en: "Join" },
  cancel: { ja: "取消", en: "Cancel" },
  retry: { ja: "再送", en: "Retry" },
  seed_demo: { ja: "デモデータ作成", en: "Demo data" },
  revoke: { ja: "無効化", en: "Revoke" },
  use: { ja: "利用", en: "Use" },
  approve: { ja: "承認", en: "Approve" },
  withdraw_approval: { ja: "承認の取消", en: "Withdraw approval" },
  submit: { ja: "承認の依頼", en: "Ask for approval" },
  send_back: { ja: "差し戻し", en: "Send back" },
  publish: { ja: "公開（施行）", en: "Publish" },
  archive: { ja: "廃止", en: "Archive" },
  restore: { ja: "使用の再開", en: "Use again" },
  send: { ja: "周知・誓約の依頼", en: "Send for reading" },
  confirm: { ja: "読んだことの確認", en: "Confirm reading" },
  sign: { ja: "誓約", en: "Sign pledge" },
  record_paper: { ja: "紙での確認の記録", en: "Record on paper" },
  remind: { ja: "再通知", en: "Reminder" },
  // education: delivery
  assign: { ja: "受講の割当て", en: "Assign" },
  reactivate: { ja: "割当ての再開", en: "Assign again" },
  open: { ja: "教材を初めて開いた", en: "First opened" },
  answer: { ja: "確認テストの回答", en: "Answer the quiz" },
  complete: { ja: "修了", en: "Complete" },
  withdraw: { ja: "割当ての取消", en: "Withdraw" },
  resend: { ja: "受講用リンクの再送", en: "Resend the link" },
};

export const AUDIT_ACTIONS: readonly string[] = Object.keys(AUDIT_ACTION_LABELS);

/** The lists that can be downloaded, as named in an export event's entityId ("risks.pdf"). */
const EXPORT_DOCUMENTS: Readonly<Record<string, Bilingual>> = {
  inventory_items: { ja: "個人情報管理台帳", en: "Personal information register" },
  risks: { ja: "リスク分析表", en: "Risk analysis" },
  people: { ja: "従業者一覧", en: "Staff list" },
  audit_anchor: { ja: "監査ログの署名付き先頭", en: "Signed audit head" },
  documents: { ja: "文書（方針・規程・様式）", en: "PMS documents" },
  document_coverage: { ja: "規程類対照表", en: "Requirements-to-documents table" },
  document_acknowledgements: { ja: "文書の未確認者一覧", en: "People yet to confirm a document" },
  education_attendance_sheet: { ja: "研修の出席簿", en: "Session attendance sheet" },
  education_report: { ja: "教育実施報告書", en: "Education report" },
  education_summary: { ja: "教育実施サマリー", en: "Education summary" },
  education_pending: { ja: "教育の未修了者一覧", en: "People yet to complete a course" },
  education_certificate: { ja: "修了証", en: "Certificate of completion" },
};
const EXPORT_FORMATS: Readonly<Record<string, string>> = {
  xlsx: "Excel",
  pdf: "PDF",
  json: "JSON",
  docx: "Word",
  zip: "ZIP",
};

/** "risks.pdf" → リスク分析表（PDF）; an unknown document is shown as its id. */
export function exportDocumentText(entityId: string, lang: "ja" | "en"): string {
  const dot = entityId.lastIndexOf(".");
  const doc = EXPORT_DOCUMENTS[entityId.slice(0, dot)];
  const format = EXPORT_FORMATS[entityId.slice(dot + 1)];
  if (dot < 0 || !doc || !format) return entityId;
  return lang === "ja" ? `${doc.ja}（${format}）` : `${doc.en} (${format})`;
}
