// Every query key of the web app, in one place, so that what a save refreshes reads as a list
// of these. An organization's keys are ["org", orgId, <section>, …]: a section's key without
// the rest (`queryKeys.people(orgId)`) stands for every query under it (each page, filter and
// row), which is what a save declares in `refreshes` (lib/use-save.ts).
import type { QueryKey } from "@tanstack/react-query";

/** The sections of one organization's data, each the third element of its keys. */
export const orgSections = [
  "profile",
  "departments",
  "people",
  "appointments",
  "members",
  "invitations",
  "mail",
  "inventory",
  "risks",
  "risk-matrix",
  "legal",
  "attachments",
  "obligations",
  "activities",
  "calendar-feed",
  "roadmap",
  "readiness",
  "assessments",
  "evidence-options",
  "audit",
  "notifications",
  "jobs",
  "reminders",
  "personal-links",
  "documents",
  "public-page",
  "inquiries",
  "education",
] as const;
export type OrgSection = (typeof orgSections)[number];

const section =
  <S extends OrgSection>(name: S) =>
  (orgId: string, ...rest: unknown[]) =>
    ["org", orgId, name, ...rest] as const;

export const queryKeys = {
  /** Every query: what a new session refreshes (another user sees other data). */
  all: [] as const,
  /** The signed-in user (null when signed out). */
  session: ["session"] as const,
  /** The organizations the user belongs to, with their role in each. */
  orgs: ["orgs"] as const,
  /** The user's own work-plan tasks, in every organization. */
  myTasks: ["me", "tasks"] as const,
  invitation: (id: string) => ["invitation", id] as const,
  /** Shipped data, the same for everyone: never changed by a save. */
  laws: ["laws"] as const,
  catalogue: (catalogueId: string, version: string | undefined) =>
    ["catalogue", catalogueId, version] as const,
  riskMatrixPresets: ["risk-matrix-presets"] as const,
  riskSuggestions: (phase: string | null) => ["risk-suggestions", phase] as const,
  /** Everything of one organization. */
  org: (orgId: string) => ["org", orgId] as const,
  profile: section("profile"),
  departments: section("departments"),
  people: section("people"),
  appointments: section("appointments"),
  members: section("members"),
  invitations: section("invitations"),
  /** The outbox page: the list (per filter and page) and one mail. */
  mail: section("mail"),
  /** Register items: the list, the pickers' options, one item, its flow. */
  inventory: section("inventory"),
  /** Risk rows: the table, the heat map, counts, one item's rows. */
  risks: section("risks"),
  riskMatrix: section("risk-matrix"),
  legal: section("legal"),
  /** Files attached to records: an owner's list (by owner kind and id). */
  attachments: section("attachments"),
  /** The PDCA calendar and the records of each duty. */
  obligations: section("obligations"),
  /** 実施記録: the list (per filter and page) and one record. */
  activities: section("activities"),
  calendarFeed: section("calendar-feed"),
  roadmap: section("roadmap"),
  readiness: section("readiness"),
  assessments: section("assessments"),
  evidenceOptions: section("evidence-options"),
  audit: section("audit"),
  /** The caller's own notifications: the unread count, the lists, the preference. */
  notifications: section("notifications"),
  /** The installation's scheduled jobs and the automatic backup's status. */
  jobs: section("jobs"),
  /** The organization's reminder settings. */
  reminders: section("reminders"),
  /** 本人用リンク: the list of issued links. */
  personalLinks: section("personal-links"),
  /** 文書管理: the register (per filter and page), one document, a version, a comparison. */
  documents: section("documents"),
  /** 公開ページ: its settings and where the documents it shows stand. */
  publicPage: section("public-page"),
  /** お問い合わせ from the public page: the list (per filter and page) and one inquiry. */
  inquiries: section("inquiries"),
  /** 教育: plans with their courses, one course, and the tabs' lists (受講状況, 研修, 報告書). */
  education: section("education"),
  /** A person's page behind their link (no session; never changed by a save). */
  personalLinkPage: (token: string) => ["personal-link-page", token] as const,
};

/**
 * What every save refreshes, in every organization, whatever it declares: the readiness report
 * and what the home page shows beside it (the J items' engine conclusions, the PDCA due days,
 * the work plan's step status and the user's tasks), all worked out from the registers, and
 * the audit log, since every write appends an event.
 */
export const refreshedBySave: readonly OrgSection[] = [
  "readiness",
  "assessments",
  "obligations",
  "roadmap",
  "audit",
];

export function isRefreshedBySave(key: QueryKey): boolean {
  if (key[0] === "me" && key[1] === "tasks") return true;
  return (
    key[0] === "org" &&
    typeof key[2] === "string" &&
    (refreshedBySave as readonly string[]).includes(key[2])
  );
}
