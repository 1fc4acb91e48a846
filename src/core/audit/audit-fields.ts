// Labels of the fields audit events record. A field means the same thing in most records
// ("note", "departmentId"); where a record gives it its own meaning (the register's "name",
// a risk's "kind", a legal entry's "kind") the entity's label wins. Register and risk fields
// take the labels of their own definitions, so the page says what the register says.
import type { Bilingual } from "../i18n-text.ts";
import { INVENTORY_FIELDS } from "../registers/inventory-fields.ts";
import { RISK_FIELDS } from "../registers/risk-fields.ts";

const b = (ja: string, en: string): Bilingual => ({ ja, en });

const COMMON: Readonly<Record<string, Bilingual>> = {
  id: b("ID", "ID"),
  name: b("名称", "Name"),
  kana: b("フリガナ", "Kana"),
  email: b("メールアドレス", "E-mail"),
  departmentId: b("部門", "Department"),
  employmentType: b("雇用区分", "Employment"),
  joinedOn: b("入社日", "Joined"),
  leftOn: b("退職日", "Left"),
  parentId: b("上位部門", "Parent"),
  sortOrder: b("並び順", "Order"),
  role: b("役割", "Role"),
  personId: b("従業者", "Person"),
  from: b("任期開始", "Term starts"),
  to: b("任期終了", "Term ends"),
  fromDate: b("任期開始", "Term starts"),
  toDate: b("任期終了", "Term ends"),
  note: b("備考", "Note"),
  notes: b("備考", "Notes"),
  corporateNumber: b("法人番号", "Corporate number"),
  representative: b("代表者", "Representative"),
  headOffice: b("本店所在地", "Head office"),
  industry: b("業種", "Industry"),
  capital: b("資本金", "Capital"),
  noCapital: b("資本金なし", "No registered capital"),
  employeeNumber: b("社員番号", "Employee number"),
  employeeCount: b("従業者数", "Staff"),
  offices: b("事業所", "Offices"),
  scope: b("適用範囲", "Scope"),
  status: b("状態", "Status"),
  userId: b("ユーザー", "User"),
  expiresAt: b("有効期限", "Expires"),
  inviterId: b("招待者", "Invited by"),
  createdAt: b("作成日時", "Created"),
};

const fromDefs = (defs: readonly { key: string; label: Bilingual }[]) =>
  Object.fromEntries(defs.map((f) => [f.key, f.label]));

const riskLabel = (key: string) => RISK_FIELDS.find((f) => f.key === key)?.label;

const BY_ENTITY: Readonly<Record<string, Readonly<Record<string, Bilingual | undefined>>>> = {
  // The demo data event counts the records it created. Its people count includes those who
  // have left, so it is labelled apart from the profile's 従業者数 (staff in office) beside it.
  organization: {
    name: b("事業者名", "Organization name"),
    departments: b("登録した部門", "Departments added"),
    people: b("登録した従業者（退職者を含む）", "People added (incl. former staff)"),
    appointments: b("登録した任命", "Appointments added"),
    inventoryItems: b("台帳の項目数", "Register items"),
    flowSteps: b("取扱いの流れの段階数", "Flow steps"),
    risks: b("リスク数", "Risks"),
    legalRequirements: b("法令等の件数", "Legal entries"),
    readinessChecks: b("手動チェック数", "Manual checks"),
    obligationRecords: b("定期の義務の実施記録", "Recurring duty records"),
    activityRecords: b("実施記録", "Activity records"),
    workPlanTasks: b("作業計画の作業数", "Work plan tasks"),
    educationPlans: b(
      "教育計画（承認の実施記録を含む）",
      "Education plans (with their approval record)",
    ),
    educationAssignments: b("教育の割当て", "Course assignments"),
    educationAttempts: b("確認テストの受験", "Quiz attempts"),
    educationSessions: b("集合・オンライン研修", "Classroom and remote sessions"),
  },
  department: { name: b("部門名", "Department name") },
  person: { name: b("氏名", "Name") },
  inventory_item: {
    ...fromDefs(INVENTORY_FIELDS),
    flow: b("取扱いの流れ", "Lifecycle flow"),
    risks: b("リスク分析の行", "Risk rows"),
    attachments: b("添付ファイル", "Attached files"),
    reviewedBy: b("見直した人", "Reviewed by"),
  },
  inventory_risk: {
    ...fromDefs(RISK_FIELDS),
    itemId: riskLabel("itemName"),
    lastReviewedOn: b("最終見直し日", "Last reviewed on"),
    lastReviewedBy: b("見直した人", "Reviewed by"),
    // Events recorded before lastReviewedBy was a column name the reviewer this way.
    reviewedBy: b("見直した人", "Reviewed by"),
    assessedOn: b("評価の確認日", "Ratings confirmed on"),
    assessedBy: b("評価を確認した人", "Ratings confirmed by"),
    acceptanceCleared: b("受容の取消", "Acceptance withdrawn"),
    acceptedAssessment: b("受容した評価", "Assessment accepted"),
  },
  legal_requirement: {
    lawId: b("カタログの法令等", "Catalogue entry"),
    name: b("名称", "Name"),
    kind: b("種別", "Kind"),
    articles: b("関連条文", "Articles"),
    obligations: b("遵守事項", "What it requires of us"),
    checkedBy: b("確認者", "Checked by"),
    checkedOn: b("最終確認日", "Last checked"),
    itemIds: b("対象の台帳項目", "Register items"),
    departmentIds: b("対象部門", "Departments"),
  },
  attachment: {
    name: b("ファイル名", "File name"),
    ownerKind: b("添付先の種類", "Attached to (kind)"),
    ownerId: b("添付先", "Attached to"),
    mediaType: b("ファイルの種類", "File type"),
    sizeBytes: b("大きさ（バイト）", "Size (bytes)"),
    sha256: b("SHA-256", "SHA-256"),
  },
  risk_matrix: { definition: b("マトリクスの定義", "Matrix") },
  roadmap_plan: {
    startsOn: b("構築の開始日", "Construction starts"),
    sessionCadence: b("コンサルタントとの定例", "Consultant sessions"),
    applicationOn: b("申請予定日", "Planned application"),
    grantOn: b("付与の見込み", "Expected grant"),
  },
  roadmap_step: {
    plannedStart: b("開始予定日", "Planned start"),
    plannedEnd: b("完了予定日", "Planned end"),
    note: b("メモ", "Note"),
  },
  roadmap_task: {
    step: b("ステップ", "Step"),
    title: b("作業内容", "Task"),
    owner: b("担当する側", "Done by"),
    assigneeUserId: b("担当者", "Assignee"),
    dueOn: b("期限", "Due"),
    doneOn: b("完了日", "Done on"),
    sort: b("並び順", "Order"),
  },
  readiness_check: { done: b("完了", "Done"), note: b("メモ", "Note") },
  requirement_assessment: {
    status: b("評価", "Assessment"),
    notes: b("メモ", "Notes"),
    evidence: b("根拠", "Evidence"),
    catalogueVersion: b("評価時の版", "Catalogue version"),
  },
  catalogue_adoption: { version: b("版", "Version") },
  activity_record: {
    kind: b("種類", "Kind"),
    performedOn: b("実施日", "Done on"),
    performedByName: b("実施者", "Done by"),
    approverName: b("承認者", "Approver"),
    approvedAt: b("承認日時", "Approved at"),
    approvalVia: b("承認の方法", "Approved by way of"),
    approvalAttachmentId: b("署名済みの文書", "Signed document"),
    notes: b("メモ", "Notes"),
    evidence: b("根拠の記録", "Evidence records"),
    source: b("記録のもと", "Recorded from"),
    createdByName: b("記録者", "Recorded by"),
  },
  obligation_record: {
    obligation: b("義務", "Duty"),
    doneOn: b("実施日", "Done on"),
    note: b("メモ", "Note"),
    recordedByName: b("記録者", "Recorded by"),
  },
  reminder_setting: {
    enabled: b("リマインダー", "Reminders"),
    daysBefore: b("期限の何日前に知らせるか", "Days before the due day"),
    onDueDay: b("期限日に知らせる", "On the due day"),
    weeklyWhenOverdue: b("期限切れの間は毎週知らせる", "Weekly while overdue"),
  },
  calendar_feed: { createdAt: b("配信URLの作成日時", "Feed URL created") },
  // The complaints desk and what APPI Art. 32 makes public besides (公開ページ, 公表事項).
  org_profile: {
    deskName: b("苦情・相談窓口の名称", "Desk name"),
    deskAddress: b("窓口の所在地", "Desk address"),
    deskPhone: b("窓口の電話番号", "Desk phone"),
    deskEmail: b("窓口のメールアドレス", "Desk e-mail"),
    deskHours: b("窓口の受付時間", "Desk hours"),
    accreditedOrgName: b("認定個人情報保護団体", "Accredited protection organization"),
    requestFee: b("開示等の請求の手数料", "Fee for requests"),
  },
  public_page: { slug: b("アドレス", "Address"), enabled: b("公開", "Published") },
  // The sender's name, contact data and message are never in an event; the notes as a digest.
  inquiry: {
    referenceNo: b("受付番号", "Reference"),
    category: b("ご用件", "Subject"),
    notes: b("対応メモ（内容は記録しません）", "Notes (content not recorded)"),
  },
  export: { rows: b("行数", "Rows") },
  notification_preference: {
    channel: b("通知の受け取り方", "How to be notified"),
    lang: b("メールの言語", "Mail language"),
  },
  personal_link: {
    personName: b("従業者", "Person"),
    purpose: b("用件", "Purpose"),
    delivery: b("渡し方", "Handed out as"),
    revokedAt: b("無効化日時", "Revoked at"),
    revokedReason: b("無効化の理由", "Why revoked"),
    useCount: b("利用回数", "Times used"),
  },
  pms_document: {
    number: b("文書番号", "Document number"),
    title: b("文書名", "Title"),
    kind: b("種類", "Kind"),
    audience: b("対象", "Audience"),
    templateKey: b("元のテンプレート", "Template"),
    ownerPersonId: b("管理責任者", "Owner"),
    approverRole: b("承認者の役割", "Approver's role"),
    retentionYears: b("保存期間（年）", "Retention (years)"),
    reviewIntervalMonths: b("見直しの間隔（月）", "Review interval (months)"),
    nextReviewOn: b("次回見直し日", "Next review"),
    jRefs: b("対応するJ項番", "J items"),
    currentVersionId: b("施行中の版", "Version in force"),
    archivedAt: b("廃止日時", "Archived at"),
  },
  pms_document_version: {
    documentId: b("文書", "Document"),
    versionNo: b("版", "Version"),
    status: b("状態", "State"),
    textLength: b("本文の長さ", "Text length"),
    fieldValues: b("承認時の差し込み項目", "Field values at approval"),
    revision: b("保存回数", "Revision"),
    changeNote: b("改訂内容", "Changes"),
    approverName: b("承認者", "Approver"),
    approvedAt: b("承認日時", "Approved at"),
    approvalActivityId: b("承認の実施記録", "Approval record"),
    effectiveOn: b("施行日", "Effective from"),
    publishedAt: b("公開日時", "Published at"),
    supersededAt: b("旧版になった日時", "Superseded at"),
  },
  education_plan: {
    fiscalYear: b("年度", "Fiscal year"),
    title: b("計画名", "Title"),
    periodStart: b("期間の開始", "Period starts"),
    periodEnd: b("期間の終了", "Period ends"),
    responsiblePersonId: b("教育責任者", "Responsible"),
    newHireWithinDays: b("新規入社者の受講期限（日）", "New hires within (days)"),
    approverName: b("承認者", "Approver"),
    approvedAt: b("承認日時", "Approved at"),
    approvalActivityId: b("承認の実施記録", "Approval record"),
    revision: b("保存回数", "Revision"),
  },
  education_course: {
    title: b("コース名", "Title"),
    description: b("概要", "Summary"),
    audience: b("対象者", "Audience"),
    delivery: b("実施方法", "Delivery"),
    scheduledFrom: b("実施期間の開始", "Scheduled from"),
    scheduledTo: b("実施期間の終了", "Scheduled to"),
    dueOn: b("受講期限", "Due"),
    durationMinutes: b("所要時間（分）", "Duration (minutes)"),
    passMark: b("合格点（%）", "Pass mark (%)"),
    maxAttempts: b("受講回数の上限", "Attempts allowed"),
    sectionCount: b("教材の数", "Sections"),
    questionCount: b("確認テストの問題数", "Questions"),
    materialLength: b("教材とテストの長さ", "Material length"),
    starterKey: b("元にした初期コース", "Starter course"),
    archivedAt: b("アーカイブ日時", "Archived at"),
    revision: b("保存回数", "Revision"),
    attachments: b("添付ファイル", "Attached files"),
  },
  education_session: {
    kind: b("形式", "Kind"),
    title: b("回の名前", "Title"),
    heldOn: b("実施日", "Held on"),
    startsAt: b("開始時刻", "Starts at"),
    endsAt: b("終了時刻", "Ends at"),
    place: b("場所", "Place"),
    meetingUrl: b("会議のURL", "Meeting address"),
    instructorName: b("講師", "Instructor"),
    notes: b("特記事項", "Notes"),
    attendanceRecordedAt: b("出欠の記録日時", "Attendance recorded at"),
    invited: b("招集した人数", "People invited"),
  },
  education_attendance: {
    personName: b("従業者", "Person"),
    status: b("出欠", "Attendance"),
  },
  education_assignment: {
    personName: b("従業者", "Person"),
    courseTitle: b("コース", "Course"),
    dueOn: b("受講期限", "Due"),
    source: b("割当ての理由", "Assigned as"),
    openedAt: b("初めて開いた日時", "First opened at"),
    completedOn: b("修了日", "Completed on"),
    completedVia: b("修了の方法", "Completed by"),
    withdrawnAt: b("取消日時", "Withdrawn at"),
    withdrawnReason: b("取消の理由", "Withdrawn because"),
    mailed: b("メールを送った人数", "Mails sent"),
    skippedRecent: b("24時間以内に送信済みで除いた人数", "Skipped (mailed within 24 hours)"),
    reminded: b("再通知した人数", "People reminded"),
  },
  education_attempt: {
    personName: b("従業者", "Person"),
    courseTitle: b("コース", "Course"),
    attemptNo: b("回数", "Attempt"),
    score: b("得点", "Score"),
    passed: b("合格", "Passed"),
  },

  pms_document_acknowledgement: {
    personName: b("従業者", "Person"),
    documentTitle: b("文書", "Document"),
    versionNo: b("版", "Version"),
    kind: b("依頼の種類", "Request"),
    audience: b("対象", "Audience"),
    dueOn: b("期限", "Due"),
    asked: b("依頼した人数", "People asked"),
    skipped: b("依頼済みで除いた人数", "Already asked"),
    mailed: b("メールを送った人数", "Mails sent"),
    reminded: b("再通知した人数", "People reminded"),
    skippedRecent: b("24時間以内に送信済みで除いた人数", "Mailed within 24 hours"),
    acknowledgedAt: b("確認日時", "Confirmed at"),
    via: b("確認の方法", "Confirmed through"),
    typedName: b("署名した氏名", "Name signed"),
    signedOn: b("署名日", "Date signed"),
  },
};

/**
 * Keys inside a field's value (an office, one step of a flow, an attached file, a reviewer),
 * by the field that holds them. A key not listed takes the entity's or the common label.
 */
const NESTED: Readonly<Record<string, Readonly<Record<string, Bilingual | undefined>>>> = {
  // A register item deleted with its risk rows carries them whole.
  risks: BY_ENTITY.inventory_risk ?? {},
  offices: { address: b("所在地", "Address"), business: b("事業内容", "Business") },
  flow: {
    phase: b("段階", "Phase"),
    who: b("誰が", "Who"),
    what: b("何を", "What"),
    where: b("どこで", "Where"),
    medium: b("媒体", "Medium"),
  },
  dataItems: {
    name: b("項目", "Item"),
    category: b("分類", "Category"),
    sensitive: b("要配慮", "Special care"),
    myNumber: b("特定個人情報", "My Number data"),
  },
  attachments: {
    name: b("ファイル名", "File name"),
    sizeBytes: b("大きさ（バイト）", "Size (bytes)"),
  },
  reviewedBy: { name: b("氏名", "Name") },
  lastReviewedBy: { name: b("氏名", "Name") },
  evidence: { kind: b("種類", "Kind"), id: b("参照先", "Reference"), label: b("名称", "Name") },
  acceptedAssessment: {
    basis: b("評価の基準", "Basis"),
    likelihood: b("発生可能性", "Likelihood"),
    impact: b("影響度", "Impact"),
    level: b("リスクレベル", "Risk level"),
  },
};

/** Keys inside values that identify rather than say something (ids, hashes, timestamps). */
const HIDDEN_NESTED = new Set([
  "id",
  "orgId",
  "userId",
  "itemId",
  "sha256",
  "createdAt",
  "updatedAt",
  "suggestionId",
]);

/** The label of a key inside a field's value, or null when none is known. */
export function auditNestedLabel(
  entity: string,
  field: string,
  key: string,
  lang: "ja" | "en",
): string | null {
  const label = NESTED[field]?.[key] ?? BY_ENTITY[entity]?.[key] ?? COMMON[key];
  return label ? label[lang] : null;
}

export const isHiddenNestedKey = (key: string) => HIDDEN_NESTED.has(key);

/**
 * Fields not worth a line: the event already names its record (id, organization), and some
 * are internal (the library suggestion a risk started from; the user id beside the name of
 * whoever recorded an obligation; a task's position in its step).
 */
const HIDDEN = new Set(["id", "orgId", "organizationId"]);
const HIDDEN_BY_ENTITY: Readonly<Record<string, readonly string[]>> = {
  inventory_risk: ["suggestionId"],
  obligation_record: ["recordedBy"],
  // Ids beside the names the record keeps (performedByName, approverName, createdByName).
  activity_record: ["performedByPersonId", "approverUserId", "createdBy"],
  roadmap_task: ["sort"],
  // The person is named by personName beside it.
  personal_link: ["personId"],
  // Ids beside the names the version keeps (approverName); the document is the event's own.
  pms_document_version: ["approverUserId", "createdBy", "documentId", "approvalActivityId"],
  // Ids beside the names the plan keeps (approverName); the record of approval by its label.
  education_plan: ["approverUserId"],
  // The plan is the course's place, the original a copy came from is in its own events.
  education_course: ["planId", "copiedFromId"],
  // The course and the original session are the event's context; the creator is the actor.
  education_session: ["courseId", "followUpOfId", "createdBy"],
  // Named by personName beside them.
  education_attendance: ["sessionId", "personId"],
};

export function isHiddenField(entity: string, field: string): boolean {
  return HIDDEN.has(field) || (HIDDEN_BY_ENTITY[entity]?.includes(field) ?? false);
}

/** The field's label in the language, or null when no label is known (show the key). */
export function auditFieldLabel(entity: string, field: string, lang: "ja" | "en"): string | null {
  const label = BY_ENTITY[entity]?.[field] ?? COMMON[field];
  return label ? label[lang] : null;
}

/** Fields in the order of the record's definition (then the common ones, then unknown ones). */
export function sortAuditFields<T extends [string, unknown]>(entity: string, entries: T[]): T[] {
  const order = [...Object.keys(BY_ENTITY[entity] ?? {}), ...Object.keys(COMMON)];
  const rank = (field: string) => {
    const i = order.indexOf(field);
    return i < 0 ? order.length : i;
  };
  return [...entries].sort((a, b) => rank(a[0]) - rank(b[0]));
}
