// The 監査ログ page's words for entities, actions, fields and values.
import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_GROUPS,
  AUDIT_ENTITY_LABELS,
  exportDocumentText,
} from "./audit-entities.ts";
import {
  auditFieldLabel,
  auditNestedLabel,
  isHiddenField,
  sortAuditFields,
} from "./audit-fields.ts";
import { auditSubject } from "./audit-subject.ts";
import { type AuditValueContext, auditValueText } from "./audit-values.ts";

const ctx = (lang: "ja" | "en" = "ja"): AuditValueContext => ({
  lang,
  departments: new Map([
    ["d1", "総務部"],
    ["d2", "営業部"],
  ]),
  people: new Map([["p1", "山田 花子"]]),
  users: new Map([["u1", "事務局 太郎"]]),
  appLabel: (group, value) => (group === "accessRoles" && value === "admin" ? "管理者" : null),
  dateTime: (iso) => `時刻(${iso})`,
});
const ja = (entity: string, field: string, value: unknown) =>
  auditValueText(entity, field, value, ctx("ja"));
const en = (entity: string, field: string, value: unknown) =>
  auditValueText(entity, field, value, ctx("en"));

describe("entities and actions", () => {
  it("lists every entity the server writes once, each with both labels", () => {
    const listed = AUDIT_ENTITY_GROUPS.flatMap((g) => g.entities);
    expect([...listed].sort()).toEqual(
      [
        "organization",
        "org_profile",
        "department",
        "person",
        "appointment",
        "member",
        "invitation",
        "personal_link",
        "notification_preference",
        "inventory_item",
        "inventory_risk",
        "risk_matrix",
        "legal_requirement",
        "attachment",
        "requirement_assessment",
        "catalogue_adoption",
        "readiness_check",
        "roadmap_plan",
        "roadmap_step",
        "roadmap_task",
        "activity_record",
        "obligation_record",
        "reminder_setting",
        "calendar_feed",
        "export",
        "mail_outbox",
        "pms_document",
        "pms_document_version",
        "pms_document_acknowledgement",
        "public_page",
        "inquiry",
        // education: plans and courses
        "education_plan",
        "education_course",
        // education: sessions and attendance
        "education_session",
        "education_attendance",
        // education: delivery
        "education_assignment",
        "education_attempt",
      ].sort(),
    );
    expect(Object.keys(AUDIT_ENTITY_LABELS).sort()).toEqual([...listed].sort());
    expect(AUDIT_ENTITY_LABELS.export).toEqual({ ja: "ファイルの書き出し", en: "File download" });
    expect(AUDIT_ENTITY_LABELS.inventory_risk?.ja).toBe("リスク分析");
  });

  it("labels every action the server records", () => {
    expect([...AUDIT_ACTIONS].sort()).toEqual(
      [
        "create",
        "update",
        "delete",
        "join",
        "cancel",
        "seed_demo",
        "review",
        "accept",
        "withdraw_acceptance",
        "confirm_assessment",
        "check",
        "rotate",
        "export",
        "download",
        "revoke",
        "use",
        "retry",
        "approve",
        "withdraw_approval",
        "send",
        "confirm",
        "sign",
        "record_paper",
        "remind",
        "submit",
        "send_back",
        "publish",
        "archive",
        "restore",
        // education: delivery
        "assign",
        "reactivate",
        "open",
        "answer",
        "complete",
        "withdraw",
        "resend",
      ].sort(),
    );
    expect(AUDIT_ACTION_LABELS.export?.ja).toBe("書き出し");
    expect(AUDIT_ACTION_LABELS.withdraw_acceptance).toEqual({
      ja: "受容の取消",
      en: "Withdraw acceptance",
    });
  });

  it("names downloaded lists by document and format", () => {
    expect(exportDocumentText("inventory_items.xlsx", "ja")).toBe("個人情報管理台帳（Excel）");
    expect(exportDocumentText("risks.pdf", "en")).toBe("Risk analysis (PDF)");
    expect(exportDocumentText("people.xlsx", "ja")).toBe("従業者一覧（Excel）");
    expect(exportDocumentText("document_coverage.xlsx", "ja")).toBe("規程類対照表（Excel）");
    expect(exportDocumentText("document_acknowledgements.pdf", "ja")).toBe(
      "文書の未確認者一覧（PDF）",
    );
    expect(exportDocumentText("education_summary.xlsx", "ja")).toBe("教育実施サマリー（Excel）");
    expect(exportDocumentText("minutes.docx", "ja")).toBe("minutes.docx");
    expect(exportDocumentText("documents.docx", "ja")).toBe("文書（方針・規程・様式）（Word）");
    expect(exportDocumentText("documents.zip", "en")).toBe("PMS documents (ZIP)");
  });
});

describe("field labels", () => {
  it("takes register and risk labels from their definitions", () => {
    expect(auditFieldLabel("inventory_item", "name", "ja")).toBe("個人情報の名称");
    expect(auditFieldLabel("inventory_item", "retentionPeriod", "ja")).toBe("保管期限");
    expect(auditFieldLabel("inventory_risk", "itemId", "ja")).toBe("個人情報の名称");
    expect(auditFieldLabel("inventory_risk", "residualImpact", "en")).toBe("Residual impact");
    expect(auditFieldLabel("inventory_risk", "kind", "ja")).toBe("リスクの種類");
    expect(auditFieldLabel("inventory_risk", "reviewOn", "ja")).toBe("見直し予定日");
    expect(auditFieldLabel("inventory_risk", "lastReviewedOn", "ja")).toBe("最終見直し日");
  });

  it("gives a field its entity's meaning before the common one", () => {
    expect(auditFieldLabel("person", "name", "ja")).toBe("氏名");
    expect(auditFieldLabel("department", "name", "ja")).toBe("部門名");
    expect(auditFieldLabel("organization", "name", "ja")).toBe("事業者名");
    expect(auditFieldLabel("legal_requirement", "kind", "ja")).toBe("種別");
    expect(auditFieldLabel("legal_requirement", "itemIds", "ja")).toBe("対象の台帳項目");
    expect(auditFieldLabel("roadmap_task", "assigneeUserId", "en")).toBe("Assignee");
    expect(auditFieldLabel("obligation_record", "note", "ja")).toBe("メモ");
    expect(auditFieldLabel("export", "rows", "ja")).toBe("行数");
    expect(auditFieldLabel("department", "note", "ja")).toBe("備考");
    expect(auditFieldLabel("organization", "risks", "ja")).toBe("リスク数");
    expect(auditFieldLabel("inventory_item", "risks", "ja")).toBe("リスク分析の行");
    expect(auditFieldLabel("person", "somethingNew", "ja")).toBeNull();
  });

  it("orders fields as the record defines them, unknown ones last", () => {
    const entries: [string, number][] = [
      ["status", 1],
      ["zzz", 2],
      ["reviewedBy", 3],
      ["name", 4],
      ["departmentId", 5],
    ];
    expect(sortAuditFields("inventory_item", entries).map(([f]) => f)).toEqual([
      "name",
      "departmentId",
      "status",
      "reviewedBy",
      "zzz",
    ]);
  });

  it("hides ids and internal fields", () => {
    expect(isHiddenField("person", "id")).toBe(true);
    expect(isHiddenField("inventory_risk", "suggestionId")).toBe(true);
    expect(isHiddenField("obligation_record", "recordedBy")).toBe(true);
    expect(isHiddenField("obligation_record", "recordedByName")).toBe(false);
    expect(isHiddenField("roadmap_task", "sort")).toBe(true);
    expect(isHiddenField("department", "sortOrder")).toBe(false);
  });
});

describe("values", () => {
  it("shows empty values, yes/no, numbers and dates readably", () => {
    expect(ja("inventory_item", "purpose", null)).toBe("—");
    expect(ja("inventory_item", "purpose", "")).toBe("—");
    expect(ja("inventory_item", "outsourced", true)).toBe("はい");
    expect(ja("readiness_check", "done", false)).toBe("いいえ");
    expect(en("inventory_item", "sensitive", true)).toBe("Yes");
    expect(ja("export", "rows", 12345)).toBe("12,345");
    expect(ja("legal_requirement", "checkedOn", "2025-04-01")).toBe("2025年4月1日");
    expect(en("legal_requirement", "checkedOn", "2025-04-01")).toBe("2025-04-01");
    expect(ja("calendar_feed", "createdAt", "2025-04-01T03:04:05.000Z")).toBe(
      "時刻(2025-04-01T03:04:05.000Z)",
    );
  });

  it("shows codes as the labels of their definitions", () => {
    expect(ja("inventory_item", "medium", "both")).toBe("紙・電子");
    expect(ja("inventory_item", "status", "retired")).toBe("廃止");
    expect(ja("invitation", "status", "pending")).toBe("承諾待ち");
    expect(ja("inventory_risk", "phase", "storage_backup")).toBe("保管・バックアップ");
    expect(ja("inventory_risk", "kind", "leak")).toBe("漏えい");
    expect(ja("inventory_risk", "acceptanceCleared", "reassessed")).toBe("評価を変えたため");
    expect(ja("legal_requirement", "kind", "guideline")).toBe("ガイドライン・指針");
    expect(ja("legal_requirement", "lawId", "appi")).toBe("個人情報の保護に関する法律");
    expect(ja("requirement_assessment", "status", "partial")).toBe("一部適合");
    expect(ja("roadmap_task", "owner", "consultant")).toBe("コンサルタント");
    expect(ja("roadmap_task", "step", 5)).toBe("ステップ5: 個人情報を洗い出して台帳にする");
    expect(ja("obligation_record", "obligation", "register_review")).toBe(
      "個人情報管理台帳の見直し",
    );
    expect(ja("member", "role", "admin")).toBe("管理者");
    expect(ja("member", "role", "unknown_role")).toBe("unknown_role");
  });

  it("resolves ids to names, keeping an id no longer known", () => {
    expect(ja("person", "departmentId", "d1")).toBe("総務部");
    expect(ja("department", "parentId", "gone")).toBe("gone");
    expect(ja("appointment", "personId", "p1")).toBe("山田 花子");
    expect(ja("roadmap_task", "assigneeUserId", "u1")).toBe("事務局 太郎");
    expect(ja("legal_requirement", "departmentIds", ["d2", "d1"])).toBe("営業部、総務部");
    expect(ja("legal_requirement", "itemIds", ["a", "b", "c"])).toBe("3件");
    expect(en("legal_requirement", "itemIds", ["a"])).toBe("1 item");
    expect(ja("legal_requirement", "itemIds", [])).toBe("—");
  });

  it("summarises lists and nested records in a line", () => {
    expect(ja("inventory_item", "acquisition", ["direct_written", "third_party"])).toBe(
      "本人から直接書面で、第三者から",
    );
    expect(ja("inventory_item", "subjectCategories", ["顧客", "従業者", "役員", "株主"])).toBe(
      "顧客、従業者、役員 ほか1件",
    );
    expect(
      ja("inventory_item", "dataItems", [
        { name: "氏名", category: null, sensitive: false },
        { name: "健康診断結果", category: "健康", sensitive: true },
      ]),
    ).toBe("氏名、健康診断結果（要配慮）");
    expect(
      ja("inventory_item", "flow", [
        { phase: "acquisition_input", who: "受付", what: null, where: null, medium: "paper" },
        { phase: "disposal", who: null, what: null, where: null, medium: null },
      ]),
    ).toBe("取得・入力 → 消去・廃棄");
    expect(
      ja("inventory_item", "risks", [
        { id: "r1", description: "誤送信", likelihood: 2 },
        { id: "r2", description: "紛失", likelihood: 1 },
      ]),
    ).toBe("2件: 誤送信、紛失");
    expect(
      ja("requirement_assessment", "evidence", [
        { kind: "inventory_item", id: "i1", label: "顧客名簿" },
        { kind: "url", id: "https://example.jp/policy", label: null },
      ]),
    ).toBe("個人情報管理台帳: 顧客名簿、URL: https://example.jp/policy");
    // Activity records name the capability, not a kind, and carry no label.
    expect(
      ja("activity_record", "evidence", [
        { capability: "inventory_item", id: "i1" },
        { capability: "person", id: "p1" },
        { capability: "inventory_risk", id: "r1", itemId: "i1" },
      ]),
    ).toBe("個人情報管理台帳、従業者、リスク分析");
    expect(ja("inventory_item", "reviewedBy", { userId: "u1", name: "事務局 太郎" })).toBe(
      "事務局 太郎",
    );
    expect(
      ja("inventory_risk", "acceptedAssessment", {
        basis: "residual",
        likelihood: 1,
        impact: 2,
        level: "low",
      }),
    ).toBe("残存リスク（発生可能性1 × 影響度2、レベル 低）");
  });

  it("summarises a risk matrix by shape, levels and acceptance", () => {
    const level = (key: string, ja: string, rank: number) => ({
      key,
      label: { ja, en: key },
      color: "#000000",
      rank,
    });
    const matrix = {
      likelihood: { levels: [{ value: 1 }, { value: 2 }, { value: 3 }] },
      impact: { levels: [{ value: 1 }, { value: 2 }, { value: 3 }] },
      riskLevels: [level("low", "低", 1), level("medium", "中", 2), level("high", "高", 3)],
      grid: [],
      acceptanceMaxRank: 1,
    };
    expect(ja("risk_matrix", "definition", matrix)).toBe("3×3（低・中・高）、受容は「低」まで");
    expect(ja("risk_matrix", "definition", { ...matrix, acceptanceMaxRank: 0 })).toBe(
      "3×3（低・中・高）、受容なし",
    );
  });
});

describe("subjects", () => {
  const subject = (entity: string, entityId: string, changes = {}) =>
    auditSubject({ entity, entityId, changes }, "ja");

  it("names the record from its id or its changes", () => {
    expect(subject("export", "risks.xlsx")).toBe("リスク分析表（Excel）");
    expect(subject("roadmap_step", "7")).toBe("ステップ7: リスクを分析し対策を決める");
    expect(subject("requirement_assessment", "pmark-guideline:J.3.1")).toBe("J.3.1");
    expect(
      subject("obligation_record", "x", { obligation: { old: null, new: "register_review" } }),
    ).toBe("個人情報管理台帳の見直し");
    expect(subject("legal_requirement", "x", { lawId: { old: "appi", new: null } })).toBe(
      "個人情報の保護に関する法律",
    );
    expect(subject("legal_requirement", "x", { checkedOn: { old: null, new: "2025-04-01" } })).toBe(
      null,
    );
    expect(subject("person", "p1")).toBeNull();
    const names = new Map([["L1", "社内規程"]]);
    const check = { checkedOn: { old: null, new: "2025-04-01" } };
    expect(
      auditSubject({ entity: "legal_requirement", entityId: "L1", changes: check }, "ja", names),
    ).toBe("社内規程");
    expect(auditSubject({ entity: "department", entityId: "L1", changes: {} }, "ja", names)).toBe(
      "社内規程",
    );
  });

  it("names a manual readiness rule by its title", () => {
    const title = subject("readiness_check", "manual.complaints_desk");
    expect(title).not.toBe("manual.complaints_desk");
    expect(title?.length).toBeGreaterThan(0);
    expect(subject("readiness_check", "manual.no_such_rule")).toBe("manual.no_such_rule");
  });

  it("names an activity record by its kind and day, and labels its coded values", () => {
    const created = {
      kind: { old: null, new: "internal_audit" },
      performedOn: { old: null, new: "2026-11-20" },
    };
    expect(subject("activity_record", "a1", created)).toBe("内部監査（2026-11-20）");
    expect(subject("activity_record", "a1", { kind: { old: null, new: "education" } })).toBe(
      "従業者教育",
    );
    expect(ja("activity_record", "kind", "management_review")).toBe("マネジメントレビュー");
    expect(ja("activity_record", "approvalVia", "signed_document")).toBe("署名済みの文書");
    expect(en("activity_record", "source", "migrated_tick")).toBe("migrated from a tick");
    expect(isHiddenField("activity_record", "approverUserId")).toBe(true);
    expect(isHiddenField("activity_record", "approverName")).toBe(false);
  });
});

describe("every key an event carries has a label", () => {
  // The fields the server's events were seen to carry (route tests of every capability),
  // written out here so a field added without a label shows up as a failure.
  const SEEN: Record<string, string[]> = {
    appointment: ["departmentId", "fromDate", "note", "personId", "role", "toDate"],
    attachment: ["mediaType", "name", "ownerId", "ownerKind", "sha256", "sizeBytes"],
    calendar_feed: ["createdAt"],
    catalogue_adoption: ["version"],
    department: ["name", "parentId", "sortOrder"],
    export: ["rows"],
    inventory_item: [
      ...["accessHolders", "acquisition", "attachments", "consentBasis", "consentRequired"],
      ...["count", "dataItems", "departmentId", "disposalMethod", "flow", "foreignCountry"],
      ...["foreignRecipient", "identifiedOn", "infoType", "jointUse", "lastReviewedOn"],
      ...["medium", "name", "noticeMethod", "outsourced", "outsourcee", "purpose"],
      ...["retainedPersonalData", "retentionPeriod", "reviewedBy", "risks", "sensitive"],
      ...["status", "storageLocation", "storageMethod", "subjectCategories"],
      ...["thirdPartyProvision", "usePeriod"],
    ],
    inventory_risk: [
      ...["acceptanceCleared", "acceptedAssessment", "acceptedBy", "acceptedOn"],
      ...["countermeasure", "description", "impact", "itemId", "kind", "lastReviewedOn"],
      ...["likelihood", "phase", "residualImpact", "residualLikelihood", "reviewOn"],
      "reviewedBy",
    ],
    invitation: ["email", "role", "status"],
    legal_requirement: [
      ...["articles", "checkedBy", "checkedOn", "departmentIds", "itemIds", "kind"],
      ...["lawId", "name", "notes", "obligations"],
    ],
    mail_outbox: ["status"],
    member: ["role", "userId"],
    notification_preference: ["channel", "lang"],
    obligation_record: ["doneOn", "note", "obligation", "recordedByName"],
    org_profile: [
      ...["capital", "corporateNumber", "employeeCount", "industry", "offices", "scope"],
      ...["deskName", "deskAddress", "deskPhone", "deskEmail", "deskHours"],
      ...["accreditedOrgName", "requestFee"],
    ],
    public_page: ["slug", "enabled"],
    inquiry: ["referenceNo", "category", "status", "notes"],
    organization: [
      ...["appointments", "capital", "corporateNumber", "departments", "employeeCount"],
      ...["flowSteps", "headOffice", "industry", "inventoryItems", "legalRequirements"],
      ...["name", "obligationRecords", "offices", "people", "readinessChecks"],
      ...["representative", "risks", "scope", "workPlanTasks"],
    ],
    person: [
      ...["departmentId", "email", "employmentType", "joinedOn", "kana", "leftOn", "name"],
      "userId",
    ],
    personal_link: [
      ...["delivery", "expiresAt", "personName", "purpose", "revokedAt", "revokedReason"],
      "useCount",
    ],
    pms_document: [
      ...["archivedAt", "approverRole", "audience", "currentVersionId", "jRefs", "kind"],
      ...["nextReviewOn", "number", "ownerPersonId", "retentionYears", "reviewIntervalMonths"],
      ...["templateKey", "title"],
    ],
    pms_document_version: [
      ...["approvedAt", "approverName", "changeNote", "effectiveOn", "fieldValues"],
      ...["publishedAt", "revision", "status", "supersededAt", "textLength", "versionNo"],
    ],
    // education: plans and courses
    education_plan: [
      ...["approvalActivityId", "approvedAt", "approverName", "fiscalYear", "newHireWithinDays"],
      ...["notes", "periodEnd", "periodStart", "responsiblePersonId", "revision", "status"],
      "title",
    ],
    education_course: [
      ...["archivedAt", "audience", "delivery", "description", "dueOn", "durationMinutes"],
      ...["materialLength", "maxAttempts", "passMark", "questionCount", "revision"],
      ...["scheduledFrom", "scheduledTo", "sectionCount", "starterKey", "status", "title"],
    ],
    // education: sessions and attendance
    education_session: [
      ...["attendanceRecordedAt", "endsAt", "heldOn", "instructorName", "invited", "kind"],
      ...["meetingUrl", "notes", "place", "startsAt", "title"],
    ],
    education_attendance: ["personName", "status"],
    // education: delivery
    education_assignment: [
      ...["completedOn", "completedVia", "courseTitle", "dueOn", "mailed", "openedAt"],
      ...["personName", "reminded", "skippedRecent", "source", "withdrawnAt", "withdrawnReason"],
    ],
    education_attempt: ["attemptNo", "courseTitle", "passed", "personName", "score"],
    pms_document_acknowledgement: [
      ...["acknowledgedAt", "asked", "audience", "documentTitle", "dueOn", "kind", "mailed"],
      ...["personName", "reminded", "signedOn", "skipped", "skippedRecent", "typedName"],
      ...["versionNo", "via"],
    ],
    reminder_setting: ["daysBefore", "enabled", "onDueDay", "weeklyWhenOverdue"],
    requirement_assessment: ["catalogueVersion", "evidence", "notes", "status"],
    risk_matrix: ["definition"],
    roadmap_step: ["note", "plannedEnd", "plannedStart"],
    roadmap_task: ["assigneeUserId", "doneOn", "dueOn", "owner", "step", "title"],
  };

  it.each(Object.entries(SEEN))("%s", (entity, fields) => {
    const unlabelled = fields.filter(
      (f) => auditFieldLabel(entity, f, "ja") === null || auditFieldLabel(entity, f, "en") === null,
    );
    expect(unlabelled).toEqual([]);
  });

  it("tells the demo's people added (with former staff) from the profile's 従業者数", () => {
    expect(auditFieldLabel("organization", "employeeCount", "ja")).toBe("従業者数");
    expect(auditFieldLabel("organization", "people", "ja")).toBe("登録した従業者（退職者を含む）");
    expect(auditFieldLabel("organization", "obligationRecords", "ja")).toBe("定期の義務の実施記録");
    expect(auditFieldLabel("organization", "obligationRecords", "en")).toBe(
      "Recurring duty records",
    );
  });

  it("labels keys inside values, by the field holding them", () => {
    expect(auditNestedLabel("org_profile", "offices", "business", "ja")).toBe("事業内容");
    expect(auditNestedLabel("inventory_item", "flow", "who", "en")).toBe("Who");
    expect(auditNestedLabel("inventory_item", "risks", "residualImpact", "ja")).toBe("残存影響度");
    expect(auditNestedLabel("person", "anything", "note", "ja")).toBe("備考");
    expect(auditNestedLabel("person", "anything", "zzz", "ja")).toBeNull();
  });

  it("writes a record inside a value with labels, never as JSON", () => {
    expect(ja("org_profile", "offices", { address: "東京都港区1-1", business: "本社" })).toBe(
      "所在地：東京都港区1-1、事業内容：本社",
    );
    expect(en("org_profile", "offices", { address: "Tokyo", business: "HQ" })).toBe(
      "Address: Tokyo, Business: HQ",
    );
    // Ids and hashes are left out; dates and yes/no read as everywhere else.
    expect(
      ja("legal_requirement", "somethingNew", {
        id: "x1",
        sha256: "ab",
        checkedOn: "2026-08-06",
        note: "年1回",
      }),
    ).toBe("最終確認日：2026年8月6日、備考：年1回");
    expect(ja("inventory_risk", "assessedBy", { userId: "u1", name: "佐藤 花子" })).toBe(
      "佐藤 花子",
    );
    const long = ja("org_profile", "x", { address: "あ".repeat(200) });
    expect(long).toHaveLength(80);
    expect(long.endsWith("…")).toBe(true);
  });
});
