// The notification kinds of the shared services. Later capabilities define their own beside
// their code with defineNotificationKind. Texts are our own wording, Japanese first.
import type { AccessRole } from "../../core/access/permissions.ts";
import type { Bilingual } from "../../core/i18n-text.ts";
import { getObligation } from "../../core/obligations/catalogue.ts";
import { formatSeireki, isIsoDate } from "../../core/wareki.ts";
import type { Lang } from "../../i18n/messages.ts";
import { defineNotificationKind } from "./notification-kinds.ts";

const ROLE_LABELS: Readonly<Record<AccessRole, Bilingual>> = {
  owner: { ja: "オーナー", en: "Owner" },
  admin: { ja: "管理者（PMS事務局）", en: "Admin (PMS office)" },
  manager: { ja: "部門責任者", en: "Department manager" },
  auditor: { ja: "監査担当", en: "Auditor" },
  member: { ja: "従業者", en: "Staff member" },
  consultant: { ja: "コンサルタント", en: "Consultant" },
  viewer: { ja: "閲覧のみ", en: "Read-only" },
};

const roleText = (role: string, lang: Lang) =>
  ROLE_LABELS[role as AccessRole]?.[lang] ?? String(role);

/** 2026年12月6日 in Japanese, 2026-12-06 in English; anything else as it is. */
const dayText = (iso: string, lang: Lang) =>
  lang === "ja" && isIsoDate(iso) ? formatSeireki(iso) : String(iso);

/** A moment as its day in Japan. */
const momentDay = (iso: string, lang: Lang) => {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return String(iso);
  return dayText(new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10), lang);
};

export type MemberJoinedPayload = { memberName: string; role: string };

/** Tells owners and admins that someone accepted an invitation and joined. */
export const memberJoined = defineNotificationKind<MemberJoinedPayload>({
  id: "member.joined",
  title: (lang) => (lang === "ja" ? "メンバーが参加しました" : "A member joined"),
  body: (lang, p) =>
    lang === "ja"
      ? `${p.memberName} さんが招待を承諾し、「${roleText(p.role, lang)}」として参加しました。`
      : `${p.memberName} accepted the invitation and joined as ${roleText(p.role, lang)}.`,
  link: () => "members",
});

export type DutyReminderPayload = {
  /** The duty's key (core/obligations/catalogue.ts), or another capability's own duty id. */
  dutyId: string;
  /** Shown when the key is not in the catalogue. */
  dutyTitle: Bilingual;
  /** YYYY-MM-DD. */
  dueOn: string;
  /** Days until the due day: positive before, 0 on the day, negative when overdue. */
  days: number;
  /** Where the duty is done, under /orgs/:orgId/ (default: the catalogue's, else the calendar). */
  path?: string;
  /** Never done even once: due now (dueOn is the day of the reminder, days 0). */
  never?: boolean;
};

const dutyTitle = (p: DutyReminderPayload, lang: Lang) =>
  getObligation(p.dutyId)?.title[lang] ?? p.dutyTitle[lang];

/** A PDCA duty due in some days, due today, overdue or never done (sent by the reminder job). */
export const dutyReminder = defineNotificationKind<DutyReminderPayload>({
  id: "duty.reminder",
  title: (lang, p) => {
    const title = dutyTitle(p, lang);
    if (p.never) return lang === "ja" ? `未実施: ${title}` : `Never done: ${title}`;
    if (lang === "ja") {
      if (p.days > 0) return `あと${p.days}日: ${title}`;
      if (p.days === 0) return `今日が期限: ${title}`;
      return `期限切れ: ${title}`;
    }
    if (p.days > 0) return `Due in ${p.days} day${p.days === 1 ? "" : "s"}: ${title}`;
    if (p.days === 0) return `Due today: ${title}`;
    return `Overdue: ${title}`;
  },
  body: (lang, p) => {
    if (p.never)
      return lang === "ja"
        ? "まだ一度も実施されていません。実施したら記録してください。"
        : "It has never been done yet. Record it once done.";
    const due = dayText(p.dueOn, lang);
    const late = -p.days;
    if (lang === "ja") {
      if (p.days > 0) return `期限は ${due} です。実施したら記録してください。`;
      if (p.days === 0) return `期限は今日（${due}）です。実施したら記録してください。`;
      return `期限（${due}）を${late}日過ぎています。実施して記録してください。`;
    }
    if (p.days > 0) return `It is due on ${due}. Record it once done.`;
    if (p.days === 0) return `It is due today (${due}). Record it once done.`;
    return `It was due on ${due}, ${late} day${late === 1 ? "" : "s"} ago. Do it and record it.`;
  },
  link: (p) => p.path ?? getObligation(p.dutyId)?.fixPath ?? "obligations",
});

export type InvitationExpiredPayload = { email: string; role: string };

/** Tells the inviter that an invitation ran out before anyone accepted it. */
export const invitationExpired = defineNotificationKind<InvitationExpiredPayload>({
  id: "invitation.expired",
  title: (lang) => (lang === "ja" ? "招待の期限が切れました" : "An invitation expired"),
  body: (lang, p) =>
    lang === "ja"
      ? `${p.email} さんへの招待（${roleText(p.role, lang)}）は承諾されないまま期限が切れました。必要ならもう一度招待してください。`
      : `The invitation for ${p.email} (${roleText(p.role, lang)}) expired before it was accepted. Invite them again if still needed.`,
  link: () => "members",
});

export type BackupFailedPayload = {
  /** When the failed run ended (ISO timestamp). */
  failedAt: string;
  /** The last backup that succeeded (ISO timestamp), or null when none ever did. */
  lastSuccessAt: string | null;
};

/** Tells owners that the automatic backup of the embedded database failed. */
export const backupFailed = defineNotificationKind<BackupFailedPayload>({
  id: "backup.failed",
  title: (lang) =>
    lang === "ja" ? "自動バックアップに失敗しました" : "The automatic backup failed",
  body: (lang, p) => {
    const failed = momentDay(p.failedAt, lang);
    if (lang === "ja") {
      const last = p.lastSuccessAt
        ? `最後に成功したのは ${momentDay(p.lastSuccessAt, lang)} です。`
        : "成功したバックアップはまだありません。";
      return `${failed} の自動バックアップが失敗しました。${last}管理者画面で原因を確かめてください。`;
    }
    const last = p.lastSuccessAt
      ? `The last good one is from ${momentDay(p.lastSuccessAt, lang)}.`
      : "No backup has succeeded yet.";
    return `The automatic backup of ${failed} failed. ${last} Check the cause on the admin page.`;
  },
  link: () => "dashboard",
});
