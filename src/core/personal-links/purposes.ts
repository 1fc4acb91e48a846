// What a personal link (本人用リンク) is for. A person without an account gets one link per
// purpose; the capability behind the purpose (documents, education, pledges, requests) adds
// what the person does there. A new purpose is one entry here: its key is stored with each
// link (never renamed), its words are shown on the admin page, the printed card and the
// person's page.
import type { Bilingual } from "../i18n-text.ts";
import { daysBetween } from "../obligations/dates.ts";

export type PersonalLinkPurpose = {
  key: string;
  /** Short name: lists, the card's heading. */
  label: Bilingual;
  /** One or two sentences to the person: what the page is for. */
  intro: Bilingual;
  /**
   * Set when a link of the purpose belongs to one thing (a course) and only its capability
   * issues it: the general issue dialog does not offer it, and says where to go instead.
   */
  issuedBy?: Bilingual;
};

export const PERSONAL_LINK_PURPOSES = [
  {
    key: "policy",
    label: { ja: "方針の確認", en: "Reading the policy" },
    intro: {
      ja: "個人情報保護方針などの文書を読み、確認したことを記録していただくためのページです。",
      en: "This page is for reading the privacy policy and other documents, and recording that you have read them.",
    },
  },
  {
    key: "course",
    label: { ja: "教育", en: "Training" },
    intro: {
      ja: "個人情報保護の教育を受講していただくためのページです。",
      en: "This page is for taking the personal information protection training.",
    },
    issuedBy: {
      ja: "教育のリンクはコースごとに発行します。教育の画面の「受講状況」で、受講の割り当てとともに発行してください。",
      en: "Training links are issued per course: issue them on the Education page (Progress tab) when assigning the course.",
    },
  },
  {
    key: "pledge",
    label: { ja: "誓約", en: "Pledge" },
    intro: {
      ja: "個人情報の取扱いについての誓約書の内容を確認し、誓約していただくためのページです。",
      en: "This page is for reading and signing the pledge on handling personal information.",
    },
  },
  {
    key: "request",
    label: { ja: "本人からの請求", en: "Your request" },
    intro: {
      ja: "ご本人からの開示等の請求について、手続きの状況を確認していただくためのページです。",
      en: "This page is for following the progress of your request concerning your personal information.",
    },
  },
] as const satisfies readonly PersonalLinkPurpose[];

export type PersonalLinkPurposeKey = (typeof PERSONAL_LINK_PURPOSES)[number]["key"];

export const personalLinkPurposeKeys = PERSONAL_LINK_PURPOSES.map((p) => p.key) as [
  PersonalLinkPurposeKey,
  ...PersonalLinkPurposeKey[],
];

export function personalLinkPurpose(key: string): PersonalLinkPurpose | undefined {
  return PERSONAL_LINK_PURPOSES.find((p) => p.key === key);
}

/** Whether the general issue dialog (本人用リンク) may issue links of the purpose. */
export const issuedByHand = (key: string): boolean => !personalLinkPurpose(key)?.issuedBy;

/** A link's state at `now`: revoked first, then expired (at its expiry moment exactly). */
export type PersonalLinkStatus = "active" | "expired" | "revoked";

export function personalLinkStatus(
  link: { expiresAt: Date; revokedAt: Date | null },
  now: Date,
): PersonalLinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

const DAY_MS = 86_400_000;
const JST_MS = 9 * 3600_000;

/**
 * When a link issued at `now` for `days` days expires: at the end of the last valid day in
 * Japan (midnight JST after it), so the card and the page can say "until <day>".
 */
export function linkExpiry(now: Date, days: number): Date {
  const startOfTodayJst = Math.floor((now.getTime() + JST_MS) / DAY_MS) * DAY_MS - JST_MS;
  return new Date(startOfTodayJst + (days + 1) * DAY_MS);
}

/** The last day (YYYY-MM-DD, Japan) on which a link expiring at `expiresAt` still opens. */
export function lastValidDay(expiresAt: Date): string {
  return new Date(expiresAt.getTime() - 1 + JST_MS).toISOString().slice(0, 10);
}

/** The longest a link may work (days): a year, leap day included. */
export const MAX_LINK_DAYS = 366;
/** A link with a due day outlives it by two weeks, so a late reader or learner can finish. */
export const LINK_DAYS_AFTER_DUE = 14;

/**
 * Days a link mailed on `today` must work for something due on `dueOn` (a document request, a
 * course): the instance's default, or longer when the due day is further away, at most
 * MAX_LINK_DAYS.
 */
export function linkDays(defaultDays: number, dueOn: string | null, today: string): number {
  if (!dueOn) return defaultDays;
  const untilDue = daysBetween(today, dueOn);
  return Math.min(MAX_LINK_DAYS, Math.max(defaultDays, untilDue + LINK_DAYS_AFTER_DUE));
}
