// The one list of capabilities the server assembles: their routes, in registration order, their
// readiness providers, and the hooks by which a capability takes part in another's deletes. A
// new capability adds its lines here and edits nothing else central. Each capability's routes file is imported only
// here; other capabilities use its index.ts.
import type { FastifyInstance } from "fastify";
import type { ApiApp, AppDeps } from "../server/app.ts";
import type { Config } from "../server/config.ts";
import { registerActivityRoutes } from "./activities/activities.routes.ts";
import {
  ACTIVITY_OWNER,
  activitiesReadiness,
  activityRecord,
  activityRecordNames,
} from "./activities/index.ts";
import { appointmentsReadiness } from "./appointments/appointments.readiness.ts";
import { registerAppointmentRoutes } from "./appointments/appointments.routes.ts";
import { registerAuditRoutes } from "./audit/audit.routes.ts";
import { namesIn, registerAuditNamer } from "./audit/index.ts";
import { registerDocumentAcknowledgementRoutes } from "./documents/documents.acknowledgements.routes.ts";
import { registerDocumentOutputRoutes } from "./documents/documents.output.routes.ts";
import { documentsReadiness } from "./documents/documents.readiness.ts";
import { registerDocumentRoutes } from "./documents/documents.routes.ts";
import { registerDocumentTemplateRoutes } from "./documents/documents.templates.routes.ts";
import { documentAcknowledgementReminderJob } from "./documents/index.ts";
import { registerEducationDeliveryRoutes } from "./education/education.delivery.routes.ts";
import { registerEducationLearnerRoutes } from "./education/education.learner.routes.ts";
import { educationReadiness } from "./education/education.readiness.ts";
import { registerEducationRecordRoutes } from "./education/education.records.routes.ts";
import { registerEducationRoutes } from "./education/education.routes.ts";
import { educationCourse, educationReminderJob, educationSyncJob } from "./education/index.ts";
import { registerExportRoutes } from "./exports/exports.routes.ts";
import { registerFileRoutes } from "./files/files.routes.ts";
import { attachmentsOfDeletedOwner, existsIn, registerAttachmentOwner } from "./files/index.ts";
import { registerInquiryRoutes } from "./inquiries/inquiries.routes.ts";
import { inventoryItem, inventoryReadiness } from "./inventory/index.ts";
import { registerInventoryRoutes } from "./inventory/inventory.routes.ts";
import { autoBackupJob } from "./jobs/index.ts";
import { registerJobRoutes } from "./jobs/jobs.routes.ts";
import {
  legalLinksOfDeletedDepartment,
  legalLinksOfDeletedItem,
  legalReadiness,
} from "./legal/index.ts";
import { registerLegalRoutes } from "./legal/legal.routes.ts";
import { mailDeliveryJob } from "./mail/index.ts";
import { registerMailRoutes } from "./mail/mail.routes.ts";
import { invitationExpiryJob } from "./members/invitation-expiry.job.ts";
import { registerMemberRoutes } from "./members/members.routes.ts";
import { registerNotificationRoutes } from "./notifications/notifications.routes.ts";
import { registerObligationRoutes } from "./obligations/obligations.routes.ts";
import { orgReadiness } from "./org/index.ts";
import { registerOrgRoutes } from "./org/org.routes.ts";
import { peopleReadiness } from "./people/index.ts";
import { registerPeopleRoutes } from "./people/people.routes.ts";
import { registerPersonalLinkRoutes } from "./personal-links/personal-links.routes.ts";
import { registerPublicPageSite } from "./public-page/public-page.page-routes.ts";
import { registerPublicPageRoutes } from "./public-page/public-page.routes.ts";
import { registerReadinessProviders } from "./readiness/index.ts";
import { registerReadinessRoutes } from "./readiness/readiness.routes.ts";
import { registerRegistersXlsxRoutes } from "./registers-xlsx/registers-xlsx.routes.ts";
import { dutyReminderJob } from "./reminders/index.ts";
import { registerReminderRoutes } from "./reminders/reminders.routes.ts";
import { registerRequirementRoutes } from "./requirements/requirements.routes.ts";
import { risksOfDeletedItem, risksReadiness } from "./risks/index.ts";
import { registerRiskRoutes } from "./risks/risks.routes.ts";
import { roadmapReadiness } from "./roadmap/index.ts";
import { registerRoadmapRoutes } from "./roadmap/roadmap.routes.ts";
import { onDelete } from "./shared/deletion-hooks.ts";
import type { JobDefinition } from "./shared/job-definition.ts";

type RouteRegistrar = (app: ApiApp, deps: AppDeps) => void;

export const capabilityRoutes: readonly RouteRegistrar[] = [
  registerOrgRoutes,
  registerPeopleRoutes,
  registerAppointmentRoutes,
  registerInventoryRoutes,
  registerRiskRoutes,
  registerLegalRoutes,
  registerExportRoutes,
  registerFileRoutes,
  registerRegistersXlsxRoutes,
  registerRequirementRoutes,
  registerReadinessRoutes,
  registerActivityRoutes,
  registerDocumentRoutes,
  registerDocumentOutputRoutes,
  registerDocumentAcknowledgementRoutes,
  registerDocumentTemplateRoutes,
  registerEducationRoutes,
  registerEducationDeliveryRoutes,
  registerEducationLearnerRoutes,
  registerEducationRecordRoutes,
  registerRoadmapRoutes,
  registerObligationRoutes,
  registerAuditRoutes,
  registerMemberRoutes,
  registerMailRoutes,
  registerPersonalLinkRoutes,
  registerPublicPageRoutes,
  registerInquiryRoutes,
  registerNotificationRoutes,
  registerJobRoutes,
  registerReminderRoutes,
];

/**
 * Pages served outside /api (at the root), without the API's JSON guards: each registers its
 * own scope (body parser, error pages). The public page (/p/<slug>) today.
 */
export const pageRoutes: readonly ((app: FastifyInstance, deps: AppDeps) => void)[] = [
  registerPublicPageSite,
];

/** The scheduled work `mamori start` runs (src/modules/jobs): each capability's jobs. */
export function scheduledJobs(config: Config): JobDefinition[] {
  return [
    mailDeliveryJob,
    dutyReminderJob,
    documentAcknowledgementReminderJob,
    educationReminderJob,
    educationSyncJob,
    invitationExpiryJob,
    autoBackupJob(config.autoBackup.everyHours),
  ];
}

// Rows that go by cascade with a deleted register item or department.
onDelete("register_item", risksOfDeletedItem);
onDelete("register_item", legalLinksOfDeletedItem);
onDelete("department", legalLinksOfDeletedDepartment);

// Files attached to register items: reading them takes the register's read action, adding or
// deleting them its write action. They go with the item, listed in its delete event.
registerAttachmentOwner({
  capability: "inventory_item",
  exists: existsIn(inventoryItem),
  readAction: "inventory.read",
  writeAction: "inventory.write",
});
onDelete("register_item", attachmentsOfDeletedOwner("inventory_item"));

// Evidence of an activity record (minutes, attendance lists, a signed approval): read with the
// readiness report, added or deleted by whoever records activities. The record's own delete
// takes its files with it (activities.service.ts).
registerAttachmentOwner({
  capability: ACTIVITY_OWNER,
  exists: existsIn(activityRecord),
  readAction: "readiness.read",
  writeAction: "activities.write",
});

// Images and slides of an education course (教育コースの教材): read with the plan, added or
// deleted by whoever writes courses. A course deleted takes its files (education.courses.ts).
registerAttachmentOwner({
  capability: "education_course",
  exists: existsIn(educationCourse),
  readAction: "education.read",
  writeAction: "education.write",
});
registerAuditNamer("education_course", namesIn(educationCourse, educationCourse.title));

// The audit page names the records events refer to by id (core/audit/audit-references.ts):
// a risk row's register item, and the record a file is attached to, by its owner kind.
registerAuditNamer("inventory_item", namesIn(inventoryItem, inventoryItem.name));
registerAuditNamer(ACTIVITY_OWNER, activityRecordNames);

// Readiness: the report lists rules in this order within a severity and step.
registerReadinessProviders([
  orgReadiness,
  peopleReadiness,
  appointmentsReadiness,
  inventoryReadiness,
  legalReadiness,
  risksReadiness,
  activitiesReadiness,
  // The policy, its communication and the internal rules, proved by documents (ALL_RULES order).
  documentsReadiness,
  // Step 10 proved by completions; reads the planned application day the roadmap puts in.
  educationReadiness,
  // No rules: the planned application day the activity rules judge yearly work on.
  roadmapReadiness,
]);
