// The one navigation of the app, grouped by the steps of building a PMS. A new capability
// adds one line here (and its label to features/shell/locales/{ja,en}.json under `nav`); the
// menu, the routes and the permission check follow from it.

import type { Action } from "@src/core/access/permissions.ts";
import type { Icon } from "@tabler/icons-react";
import {
  IconAlertTriangle,
  IconBell,
  IconBuildingSkyscraper,
  IconCalendarRepeat,
  IconChecklist,
  IconChecks,
  IconClipboardCheck,
  IconClockPlay,
  IconFileText,
  IconGauge,
  IconHierarchy2,
  IconHistory,
  IconInbox,
  IconLink,
  IconListDetails,
  IconListTree,
  IconMail,
  IconScale,
  IconSchool,
  IconSignature,
  IconSitemap,
  IconTable,
  IconTimeline,
  IconUserShield,
  IconUsers,
  IconWorld,
} from "@tabler/icons-react";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

export type NavGroup = "setup" | "operation";

/** Groups in menu order; label keys are `nav.groups.<key>`. */
export const navGroups: readonly NavGroup[] = ["setup", "operation"];

export type NavItem = {
  /** Also the data-testid of the menu entry: `nav-<key>`. */
  key: string;
  /** Path under /orgs/:orgId/. */
  path: string;
  /** i18n key of the label. */
  label: string;
  group: NavGroup;
  /** Shown (and reachable) only when the caller's role allows this. */
  permission: Action;
  icon: Icon;
  page: LazyExoticComponent<ComponentType>;
};

// biome-ignore format: one line per entry keeps the menu readable as a table
export const navItems: readonly NavItem[] = [
  { key: "dashboard", path: "dashboard", label: "nav.dashboard", group: "setup", permission: "org.read", icon: IconGauge, page: lazy(() => import("../features/dashboard/DashboardPage.tsx")) },
  { key: "readiness", path: "readiness", label: "nav.readiness", group: "setup", permission: "readiness.read", icon: IconChecklist, page: lazy(() => import("../features/readiness/ReadinessPage.tsx")) },
  { key: "roadmap", path: "roadmap", label: "nav.roadmap", group: "setup", permission: "readiness.read", icon: IconTimeline, page: lazy(() => import("../features/roadmap/RoadmapPage.tsx")) },
  { key: "profile", path: "profile", label: "nav.profile", group: "setup", permission: "org.read", icon: IconBuildingSkyscraper, page: lazy(() => import("../features/profile/ProfilePage.tsx")) },
  { key: "departments", path: "departments", label: "nav.departments", group: "setup", permission: "departments.read", icon: IconHierarchy2, page: lazy(() => import("../features/departments/DepartmentsPage.tsx")) },
  { key: "people", path: "people", label: "nav.people", group: "setup", permission: "people.read", icon: IconUsers, page: lazy(() => import("../features/people/PeoplePage.tsx")) },
  { key: "appointments", path: "appointments", label: "nav.appointments", group: "setup", permission: "appointments.read", icon: IconSitemap, page: lazy(() => import("../features/appointments/AppointmentsPage.tsx")) },
  { key: "inventory", path: "inventory", label: "nav.inventory", group: "setup", permission: "inventory.read", icon: IconListDetails, page: lazy(() => import("../features/inventory/InventoryPage.tsx")) },
  { key: "legal", path: "legal", label: "nav.legal", group: "setup", permission: "legal.read", icon: IconScale, page: lazy(() => import("../features/legal/LegalPage.tsx")) },
  { key: "risks", path: "risks", label: "nav.risks", group: "setup", permission: "inventory.read", icon: IconAlertTriangle, page: lazy(() => import("../features/risks/RisksPage.tsx")) },
  { key: "documents", path: "documents", label: "nav.documents", group: "setup", permission: "org.read", icon: IconFileText, page: lazy(() => import("../features/documents/DocumentsPage.tsx")) },
  { key: "document-coverage", path: "document-coverage", label: "nav.documentCoverage", group: "setup", permission: "documents.read", icon: IconTable, page: lazy(() => import("../features/documents/DocumentCoveragePage.tsx")) },
  { key: "assessments", path: "assessments", label: "nav.assessments", group: "setup", permission: "readiness.read", icon: IconListTree, page: lazy(() => import("../features/assessments/AssessmentsPage.tsx")) },
  { key: "obligations", path: "obligations", label: "nav.obligations", group: "operation", permission: "readiness.read", icon: IconCalendarRepeat, page: lazy(() => import("../features/obligations/ObligationsPage.tsx")) },
  { key: "education", path: "education", label: "nav.education", group: "operation", permission: "education.read", icon: IconSchool, page: lazy(() => import("../features/education/EducationPage.tsx")) },
  { key: "activities", path: "activities", label: "nav.activities", group: "operation", permission: "readiness.read", icon: IconClipboardCheck, page: lazy(() => import("../features/activities/ActivitiesPage.tsx")) },
  { key: "approvals", path: "approvals", label: "nav.approvals", group: "operation", permission: "activities.approve", icon: IconSignature, page: lazy(() => import("../features/activities/ApprovalsPage.tsx")) },
  { key: "audit", path: "audit", label: "nav.audit", group: "operation", permission: "audit.read", icon: IconHistory, page: lazy(() => import("../features/audit/AuditPage.tsx")) },
  { key: "members", path: "members", label: "nav.members", group: "operation", permission: "members.read", icon: IconUserShield, page: lazy(() => import("../features/members/MembersPage.tsx")) },
  { key: "personal-links", path: "personal-links", label: "nav.personalLinks", group: "operation", permission: "personalLinks.read", icon: IconLink, page: lazy(() => import("../features/personal-links/PersonalLinksPage.tsx")) },
  { key: "acknowledgements", path: "document-acknowledgements", label: "nav.acknowledgements", group: "operation", permission: "documents.read", icon: IconChecks, page: lazy(() => import("../features/acknowledgements/AcknowledgementsPage.tsx")) },
  { key: "public-page", path: "public-page", label: "nav.publicPage", group: "operation", permission: "documents.read", icon: IconWorld, page: lazy(() => import("../features/public-page/PublicPageSettingsPage.tsx")) },
  { key: "inquiries", path: "inquiries", label: "nav.inquiries", group: "operation", permission: "inquiries.read", icon: IconInbox, page: lazy(() => import("../features/inquiries/InquiriesPage.tsx")) },
  { key: "mail", path: "mail", label: "nav.mail", group: "operation", permission: "mail.read", icon: IconMail, page: lazy(() => import("../features/mail/MailPage.tsx")) },
  { key: "jobs", path: "jobs", label: "nav.jobs", group: "operation", permission: "jobs.read", icon: IconClockPlay, page: lazy(() => import("../features/jobs/JobsPage.tsx")) },
  { key: "notifications", path: "notifications", label: "nav.notifications", group: "operation", permission: "notifications.own", icon: IconBell, page: lazy(() => import("../features/notifications/NotificationsPage.tsx")) },
];
