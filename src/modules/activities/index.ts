// Public API of the activities capability: other capabilities import only this file.
// 実施記録: one dated record for every PMS activity, read by readiness and the PDCA calendar.

export { lastActivityDays } from "./activities.duties.ts";
export { activityRecordNames } from "./activities.names.ts";
export { activitiesReadiness, loadActivityFacts } from "./activities.readiness.ts";
export { type CapabilityActivity, recordActivityFromCapability } from "./activities.record.ts";
export { ACTIVITY_ENTITY, ACTIVITY_OWNER } from "./activities.service.ts";
export { activityRecord } from "./activities.tables.ts";
