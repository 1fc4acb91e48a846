// Coded values in audit events (enum values, catalogue keys) and the text they stand for,
// taken from the definitions the records use.
import { activityKind, isActivityKind } from "../activities/kinds.ts";
import { COURSE_AUDIENCE_LABELS } from "../education/audiences.ts";
import type { Bilingual } from "../i18n-text.ts";
import { INQUIRY_CATEGORY_LABELS, INQUIRY_STATUS_LABELS } from "../inquiries/categories.ts";
import { getObligation } from "../obligations/catalogue.ts";
import { PERSONAL_LINK_PURPOSES } from "../personal-links/purposes.ts";
import { CONSTRUCTION_STEPS } from "../readiness/steps.ts";
import {
  getInventoryField,
  INVENTORY_FIELDS,
  LIFECYCLE_PHASES,
} from "../registers/inventory-fields.ts";
import { getLawEntry, LAW_KIND_LABELS } from "../registers/law-catalogue.ts";
import { RISK_KIND_LABELS } from "../registers/risk-library.ts";
import { ASSESSMENT_STATUS_LABELS, EVIDENCE_KIND_LABELS } from "../requirements/assessment.ts";

type Labels = Readonly<Record<string, Bilingual>>;

const INVITATION_STATUSES: Labels = {
  pending: { ja: "承諾待ち", en: "pending" },
  accepted: { ja: "承諾済み", en: "accepted" },
  canceled: { ja: "取消", en: "cancelled" },
  rejected: { ja: "辞退", en: "declined" },
  expired: { ja: "期限切れ", en: "expired" },
};

const MAIL_STATUSES: Labels = {
  queued: { ja: "送信待ち", en: "queued" },
  sending: { ja: "送信中", en: "sending" },
  sent: { ja: "送信済み", en: "sent" },
  failed: { ja: "送信失敗", en: "failed" },
  cancelled: { ja: "取消", en: "cancelled" },
};

const TASK_OWNERS: Labels = {
  client: { ja: "事業者", en: "Client" },
  consultant: { ja: "コンサルタント", en: "Consultant" },
};

const ACCEPTANCE_CLEARED: Labels = {
  reassessed: { ja: "評価を変えたため", en: "Reassessed" },
};

export const PHASE_LABELS: Labels = Object.fromEntries(
  LIFECYCLE_PHASES.map((p) => [p.key, p.label]),
);

/** Levels of the preset matrices; an organization's own level keys are shown as they are. */
export const PRESET_LEVEL_LABELS: Labels = {
  low: { ja: "低", en: "Low" },
  medium: { ja: "中", en: "Medium" },
  high: { ja: "高", en: "High" },
  critical: { ja: "重大", en: "Critical" },
};

export { EVIDENCE_KIND_LABELS };

const inventoryEnums: Record<string, Labels> = Object.fromEntries(
  INVENTORY_FIELDS.filter((f) => f.values).map((f) => [
    f.key,
    Object.fromEntries((getInventoryField(f.key).values ?? []).map((v) => [v.value, v.label])),
  ]),
);

const CODES: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  activity_record: {
    approvalVia: {
      in_product: { ja: "本人が画面で承認", en: "in the product, by the approver" },
      signed_document: { ja: "署名済みの文書", en: "a signed document" },
    },
    source: {
      entered: { ja: "入力", en: "entered" },
      migrated_tick: { ja: "旧チェックから移行", en: "migrated from a tick" },
      migrated_obligation: { ja: "旧定期義務の記録から移行", en: "migrated from a duty record" },
    },
  },
  inventory_item: inventoryEnums,
  inventory_risk: {
    phase: PHASE_LABELS,
    kind: RISK_KIND_LABELS,
    acceptanceCleared: ACCEPTANCE_CLEARED,
  },
  legal_requirement: { kind: LAW_KIND_LABELS },
  requirement_assessment: { status: ASSESSMENT_STATUS_LABELS },
  roadmap_task: { owner: TASK_OWNERS },
  roadmap_plan: {
    sessionCadence: {
      weekly: { ja: "毎週", en: "Weekly" },
      fortnightly: { ja: "隔週", en: "Every two weeks" },
      none: { ja: "なし", en: "None" },
    },
  },
  invitation: { status: INVITATION_STATUSES },
  notification_preference: {
    channel: {
      in_app: { ja: "アプリ内のみ", en: "In the app only" },
      mail: { ja: "アプリ内とメール", en: "In the app and by mail" },
    },
    lang: { ja: { ja: "日本語", en: "Japanese" }, en: { ja: "英語", en: "English" } },
  },
  personal_link: {
    purpose: Object.fromEntries(PERSONAL_LINK_PURPOSES.map((p) => [p.key, p.label])),
    delivery: {
      screen: { ja: "画面に表示", en: "shown on screen" },
      sheet: { ja: "印刷用PDF", en: "printed sheet" },
      mail: { ja: "メールで送付", en: "sent by mail" },
    },
    revokedReason: {
      revoke: { ja: "手動で無効化", en: "revoked by hand" },
      reissue: { ja: "再発行", en: "issued anew" },
    },
  },
  mail_outbox: { status: MAIL_STATUSES },
  inquiry: {
    category: INQUIRY_CATEGORY_LABELS,
    status: INQUIRY_STATUS_LABELS,
  },
  education_plan: {
    status: {
      draft: { ja: "下書き", en: "Draft" },
      approved: { ja: "承認済み", en: "Approved" },
    },
  },
  education_course: {
    status: {
      draft: { ja: "下書き", en: "Draft" },
      open: { ja: "受講受付中", en: "Open" },
      archived: { ja: "アーカイブ", en: "Archived" },
    },
    audience: COURSE_AUDIENCE_LABELS,
    delivery: {
      e_learning: { ja: "eラーニング", en: "E-learning" },
      classroom: { ja: "集合研修", en: "Classroom" },
      remote: { ja: "オンライン研修", en: "Remote" },
      mixed: { ja: "組み合わせ", en: "Mixed" },
    },
    starterKey: {
      pms_basics: { ja: "個人情報保護の基本", en: "PMS basics" },
      pms_manager: { ja: "個人情報保護管理者の役割", en: "The PMS manager's role" },
      internal_audit: { ja: "内部監査の進め方", en: "Conducting internal audits" },
    },
  },
  education_session: {
    kind: {
      classroom: { ja: "集合研修", en: "Classroom" },
      remote: { ja: "オンライン研修", en: "Remote" },
    },
  },
  education_assignment: {
    source: {
      plan: { ja: "計画の対象者", en: "Plan audience" },
      new_hire: { ja: "新規入社", en: "New hire" },
      manual: { ja: "個別に割当て", en: "Chosen" },
      follow_up: { ja: "補講", en: "Follow-up" },
    },
    completedVia: {
      e_learning: { ja: "eラーニング", en: "E-learning" },
      classroom: { ja: "集合研修", en: "Classroom" },
      remote: { ja: "オンライン研修", en: "Remote" },
      paper: { ja: "紙のテスト", en: "Paper test" },
    },
    withdrawnReason: {
      left: { ja: "退職", en: "Left" },
      manual: { ja: "手動で取消", en: "By hand" },
    },
  },
  education_attendance: {
    status: {
      invited: { ja: "未記録", en: "Not recorded" },
      present: { ja: "出席", en: "Present" },
      absent: { ja: "欠席", en: "Absent" },
    },
  },

  pms_document_acknowledgement: {
    kind: {
      read: { ja: "周知（読んで確認）", en: "Read and confirm" },
      pledge: { ja: "誓約", en: "Pledge" },
    },
    audience: {
      all: { ja: "在籍中の全従業者", en: "All staff in office" },
      departments: { ja: "部門・個人を指定", en: "Chosen departments and people" },
    },
    via: {
      link: { ja: "本人用リンク", en: "Personal link" },
      paper: { ja: "紙（事務局が入力）", en: "On paper (entered by the office)" },
      account: { ja: "アカウント", en: "Signed in" },
    },
  },
};

/** The text a coded value stands for, or null when the field holds no code (or an unknown one). */
export function codeText(
  entity: string,
  field: string,
  value: string | number,
  lang: "ja" | "en",
): string | null {
  if (entity === "legal_requirement" && field === "lawId")
    return getLawEntry(String(value))?.name[lang] ?? null;
  if (entity === "obligation_record" && field === "obligation")
    return getObligation(String(value))?.title[lang] ?? null;
  if (entity === "roadmap_task" && field === "step") return stepText(Number(value), lang);
  if (entity === "activity_record" && field === "kind" && isActivityKind(String(value)))
    return activityKind(String(value)).label[lang];
  return CODES[entity]?.[field]?.[String(value)]?.[lang] ?? null;
}

/** 5 → ステップ5: 個人情報を洗い出して台帳にする. */
export function stepText(step: number, lang: "ja" | "en"): string {
  const title = CONSTRUCTION_STEPS.find((s) => s.step === step)?.title[lang];
  const head = lang === "ja" ? `ステップ${step}` : `Step ${step}`;
  return title ? `${head}: ${title}` : head;
}
